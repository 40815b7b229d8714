import { redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { Plugin, type Command } from 'prosemirror-state'
import { TAG_KIND_SPECS, TAG_KINDS, type TagKind } from '../../shared/model/tag-kinds'
import { clearTags, collapseSelection, moveSentence, type TagContext } from './commands'
import { isEditing, toggleEditMode } from './mode-plugin'
import { toggleReviewMode } from './review-commands'
import { sectionBaseKeymap } from './section-keys'
import { tagSelectionAs } from './tag-selection'

/** The keys that tag the selection, by kind: a letter and a digit each (from the kinds' table). */
export const TAG_KEYS: Readonly<Record<TagKind, readonly [string, string]>> = Object.fromEntries(
  TAG_KINDS.map((kind) => [kind, TAG_KIND_SPECS[kind].keys]),
) as Record<TagKind, readonly [string, string]>

/** Callbacks the read-mode keys reach outside the editor. */
export interface ReadModeHooks {
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
    for (const key of TAG_KEYS[kind]) bindings[key] = tagSelectionAs(kind, context)
  }
  const keys = keymap(bindings)
  return new Plugin({
    props: {
      handleKeyDown: (view, event) =>
        isEditing(view.state)
          ? false
          : (keys.props.handleKeyDown?.call(keys, view, event) ?? false),
    },
  })
}

/** Undo and redo for tags and text alike, in both modes. */
export function historyKeys(): Plugin {
  return keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo })
}

/** ProseMirror's editing keys (blind to sections), active in edit mode only. */
export function editModeKeys(): Plugin {
  const keys = keymap(sectionBaseKeymap())
  return new Plugin({
    props: {
      handleKeyDown: (view, event) =>
        isEditing(view.state)
          ? (keys.props.handleKeyDown?.call(keys, view, event) ?? false)
          : false,
    },
  })
}

/**
 * The keys of the editor's modes, in both modes: Ctrl/Cmd+E edits the text or stops, and
 * Ctrl/Cmd+Shift+R turns review mode on or off (Ctrl and Cmd alike on every platform).
 */
export function modeKeys(): Plugin {
  return keymap({
    'Ctrl-e': toggleEditMode,
    'Meta-e': toggleEditMode,
    'Shift-Ctrl-r': toggleReviewMode,
    'Shift-Meta-r': toggleReviewMode,
  })
}

/**
 * The status and verdict keys: S then a status's key (`CLAIM_STATUS_SPECS`), V then a rating's
 * key (the library's scale). Put before {@link readModeKeys}, which bind the digits to tagging.
 */
export { FACT_CHECK_PREFIX_KEYS, factCheckKeys } from './fact-check-keys'
