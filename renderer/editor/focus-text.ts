import type { EditorView } from 'prosemirror-view'
import { cursorPluginKey } from './cursor-plugin'

/**
 * Puts the keyboard focus in the article's text, in either mode. ProseMirror's own
 * `view.focus()` does nothing while the view is not editable (read mode), so the read-only view
 * is focusable by its `tabindex` and focused directly; the sentence cursor is plugin state and
 * stays where it was. The cursor's sentence is brought into view if it is off screen (the focus
 * itself never scrolls the page).
 */
export function focusText(view: EditorView | null): void {
  if (!view || view.isDestroyed) return
  if (view.editable) view.focus()
  else view.dom.focus({ preventScroll: true })
  const head = cursorPluginKey.getState(view.state)?.head
  const viewport = view.dom.ownerDocument.defaultView
  if (!head || !viewport) return
  try {
    const rect = view.coordsAtPos(head.from)
    if (rect.top < 0 || rect.bottom > viewport.innerHeight) {
      const found = view.domAtPos(head.from)
      const node = found.node instanceof Element ? found.node : found.node.parentElement
      node?.scrollIntoView({ block: 'center' })
    }
  } catch {
    // No layout (a test's DOM): nothing to scroll.
  }
}

/**
 * Whether opening something may take the focus: nothing else holds it (the page body, or an
 * element that has just been removed, such as the library link that opened the article), and no
 * modal dialog is open.
 */
export function focusIsFree(document: Document): boolean {
  if (document.querySelector('dialog[open]')) return false
  const active = document.activeElement
  return !active || active === document.body || !active.isConnected
}
