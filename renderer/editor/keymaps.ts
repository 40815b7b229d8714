import { redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { Plugin, type Command } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { TAG_KIND_SPECS, TAG_KINDS, type TagKind } from '../../shared/model/tag-kinds'
import {
  clearTags,
  collapseSelection,
  moveSentence,
  selectSpan,
  toggleTag,
  type TagContext,
} from './commands'
import type { DocRange } from './positions'
import { sectionBaseKeymap } from './section-keys'

/** The keys that tag the selection, by kind: a letter and a digit each (from the kinds' table). */
export const TAG_KEYS: Readonly<Record<TagKind, readonly [string, string]>> = Object.fromEntries(
  TAG_KINDS.map((kind) => [kind, TAG_KIND_SPECS[kind].keys]),
) as Record<TagKind, readonly [string, string]>

/** The article's text range selected with the mouse, trimmed of spaces, or null. */
export function textSelectionRange(view: EditorView): DocRange | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer))
    return null
  let from = view.posAtDOM(range.startContainer, range.startOffset)
  let to = view.posAtDOM(range.endContainer, range.endOffset)
  const text = (pos: number) => view.state.doc.textBetween(pos, pos + 1, '\n', '\n')
  while (from < to && /\s/.test(text(from))) from += 1
  while (to > from && /\s/.test(text(to - 1))) to -= 1
  return from < to ? { from, to } : null
}

/** Tags the mouse's text selection when there is one, else the selected sentences. */
function tagSelection(kind: TagKind, context: TagContext): Command {
  return (state, dispatch, view) => {
    const span = view ? textSelectionRange(view) : null
    if (span && view && dispatch) {
      selectSpan(span)(state, dispatch)
      view.dom.ownerDocument.getSelection()?.removeAllRanges()
      return toggleTag(kind, context)(view.state, dispatch, view)
    }
    return toggleTag(kind, context)(state, dispatch, view)
  }
}

/** Callbacks the read-mode keys reach outside the editor. */
export interface ReadModeHooks {
  /** Whether the text is being edited (read-mode keys are then off). */
  isEditing: () => boolean
  /** Opens the note of the tag under the cursor (Enter). */
  openNote: () => void
}

/**
 * The tagging keys, active in read mode only: ↑/↓ or j/k move from sentence to sentence, Shift
 * extends, q/c/d/x or 1–4 tag, Backspace clears, Enter opens the note, Escape collapses.
 */
export function readModeKeys(context: TagContext, hooks: ReadModeHooks): Plugin {
  const bindings: Record<string, Command> = {
    ArrowDown: moveSentence(1),
    ArrowUp: moveSentence(-1),
    j: moveSentence(1),
    k: moveSentence(-1),
    'Shift-ArrowDown': moveSentence(1, true),
    'Shift-ArrowUp': moveSentence(-1, true),
    J: moveSentence(1, true),
    K: moveSentence(-1, true),
    Home: moveSentence(-Infinity),
    End: moveSentence(Infinity),
    Backspace: clearTags(context),
    Delete: clearTags(context),
    Escape: collapseSelection,
    Enter: () => {
      hooks.openNote()
      return true
    },
  }
  for (const kind of TAG_KINDS) {
    for (const key of TAG_KEYS[kind]) bindings[key] = tagSelection(kind, context)
  }
  const keys = keymap(bindings)
  return new Plugin({
    props: {
      handleKeyDown: (view, event) =>
        hooks.isEditing() ? false : (keys.props.handleKeyDown?.call(keys, view, event) ?? false),
    },
  })
}

/** Undo and redo for tags and text alike, in both modes. */
export function historyKeys(): Plugin {
  return keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo })
}

/** ProseMirror's editing keys (blind to sections), active in edit mode only. */
export function editModeKeys(isEditing: () => boolean): Plugin {
  const keys = keymap(sectionBaseKeymap())
  return new Plugin({
    props: {
      handleKeyDown: (view, event) =>
        isEditing() ? (keys.props.handleKeyDown?.call(keys, view, event) ?? false) : false,
    },
  })
}
