import type { Command } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { TagKind } from '../../shared/model/annotation'
import { selectSpan, toggleTag, type TagContext } from './commands'
import type { DocRange } from './positions'

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

/**
 * Tags the selection as `kind`, or clears the acting editor's tag of that kind there: the mouse's
 * text selection when there is one (it becomes the cursor's range), else the selected sentences.
 * The one "tag as" command, used by the keymap, the toolbar, the context menu and the Tag menu.
 */
export function tagSelectionAs(kind: TagKind, context: TagContext): Command {
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
