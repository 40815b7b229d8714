import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { DocRange } from './positions'
import { changesText } from './changes-text'

/**
 * The sentence cursor: which sentences the editor has selected to tag (`anchor` is where a
 * Shift-extension started, `head` where it is now). Separate from ProseMirror's text selection,
 * which the article's read mode does not show.
 */
export interface CursorState {
  readonly anchor: DocRange | null
  readonly head: DocRange | null
}

/** The key of the cursor plugin. */
export const cursorPluginKey = new PluginKey<CursorState>('factmark-cursor')

/** The meta a transaction carries to move the cursor. */
export type CursorMeta = { anchor: DocRange | null; head: DocRange | null }

function mapRange(range: DocRange | null, tr: Transaction): DocRange | null {
  if (!range) return null
  const from = tr.mapping.map(range.from, 1)
  const to = tr.mapping.map(range.to, -1)
  return from < to ? { from, to } : null
}

/** The whole range the cursor covers, from the first selected sentence to the last. */
export function cursorRange(state: EditorState): DocRange | null {
  const cursor = cursorPluginKey.getState(state)
  if (!cursor?.head) return null
  const anchor = cursor.anchor ?? cursor.head
  return {
    from: Math.min(anchor.from, cursor.head.from),
    to: Math.max(anchor.to, cursor.head.to),
  }
}

/** A transaction that moves the cursor (it changes no text and adds no history). */
export function setCursor(tr: Transaction, meta: CursorMeta): Transaction {
  return tr.setMeta(cursorPluginKey, meta).setMeta('addToHistory', false)
}

/** The name of the CSS highlight that draws the sentence cursor (`::highlight(sentence-current)`). */
export const CURSOR_HIGHLIGHT = 'sentence-current'

interface HighlightRegistry {
  set(name: string, highlight: unknown): void
  delete(name: string): void
}

function highlightRegistry(): {
  registry: HighlightRegistry
  make: (range: Range) => unknown
} | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight
  if (!css?.highlights || !Highlight) return null
  return { registry: css.highlights, make: (range) => new Highlight(range) }
}

/** The class of the bar drawn in the margin beside the cursor's lines. */
export const CURSOR_BAR_CLASS = 'sentence-bar'

/** The cursor's bar among the children of the editor's container, if drawn. */
function barIn(container: Element): HTMLElement | null {
  for (const child of Array.from(container.children)) {
    if (child instanceof HTMLElement && child.classList.contains(CURSOR_BAR_CLASS)) return child
  }
  return null
}

/**
 * Draws the bar in the left margin that spans the cursor's lines (beside the text, so the tags'
 * tints under the cursor stay as they are), in the editor's container; hidden without a cursor.
 */
function drawBar(view: EditorView, dom: Range | null): void {
  const container = view.dom.parentElement
  if (!container) return
  // Among the container's children only: a selector query would walk the whole article.
  let bar = barIn(container)
  const rects = dom ? [...dom.getClientRects()].filter((rect) => rect.height > 0) : []
  if (rects.length === 0) {
    if (bar) bar.hidden = true
    return
  }
  if (!bar) {
    bar = view.dom.ownerDocument.createElement('div')
    bar.className = CURSOR_BAR_CLASS
    bar.setAttribute('aria-hidden', 'true')
    container.append(bar)
  }
  const box = container.getBoundingClientRect()
  if (bar.hidden) bar.hidden = false
  const top = Math.min(...rects.map((rect) => rect.top))
  // Written only when they change: a tag key redraws the text under the cursor, not its lines,
  // and a write of the same value would still make the browser restyle and lay out the bar.
  const offset = `${top - box.top}px`
  const height = `${Math.max(...rects.map((rect) => rect.bottom)) - top}px`
  if (bar.style.top !== offset) bar.style.top = offset
  if (bar.style.height !== height) bar.style.height = height
}

/** Draws the cursor as a CSS highlight over the DOM with a bar beside it, and keeps it in view. */
function drawCursor(view: EditorView, previous: DocRange | null): DocRange | null {
  const highlights = highlightRegistry()
  const range = cursorRange(view.state)
  if (!highlights) return range
  if (!range) {
    highlights.registry.delete(CURSOR_HIGHLIGHT)
    drawBar(view, null)
    return range
  }
  const start = view.domAtPos(range.from)
  const end = view.domAtPos(range.to)
  const dom = view.dom.ownerDocument.createRange()
  dom.setStart(start.node, start.offset)
  dom.setEnd(end.node, end.offset)
  highlights.registry.set(CURSOR_HIGHLIGHT, highlights.make(dom))
  drawBar(view, dom)
  const head = cursorPluginKey.getState(view.state)?.head
  if (head && (previous === null || previous.from !== range.from || previous.to !== range.to)) {
    const rect = view.coordsAtPos(head.from)
    const viewport = view.dom.ownerDocument.defaultView
    if (viewport && (rect.top < 80 || rect.bottom > viewport.innerHeight - 40)) {
      const node = start.node instanceof Element ? start.node : start.node.parentElement
      node?.scrollIntoView({ block: 'center' })
    }
  }
  return range
}

/**
 * Holds the sentence cursor and maps it through edits; moved only by {@link setCursor}. It is
 * drawn as a CSS highlight rather than a decoration, so that moving it costs ProseMirror no view
 * update at all (a decoration change re-walks every top-level block); where the browser has no
 * highlights, a decoration draws it instead.
 */
export function cursorPlugin(): Plugin<CursorState> {
  const useDecoration = highlightRegistry() === null
  return new Plugin<CursorState>({
    key: cursorPluginKey,
    state: {
      init: () => ({ anchor: null, head: null }),
      apply: (tr, value) => {
        const meta = tr.getMeta(cursorPluginKey) as CursorMeta | undefined
        if (meta) return { anchor: meta.anchor, head: meta.head }
        if (!changesText(tr)) return value
        return { anchor: mapRange(value.anchor, tr), head: mapRange(value.head, tr) }
      },
    },
    view: (editorView) => {
      let drawn = drawCursor(editorView, null)
      // The text reflows when the window is resized: the bar follows its lines.
      const Observer = editorView.dom.ownerDocument.defaultView?.ResizeObserver
      const resized = Observer ? new Observer(() => drawCursor(editorView, drawn)) : null
      resized?.observe(editorView.dom)
      return {
        // Redrawn after every update: decorations may have replaced the DOM nodes it spans.
        update: (view) => {
          drawn = drawCursor(view, drawn)
        },
        destroy: () => {
          resized?.disconnect()
          highlightRegistry()?.registry.delete(CURSOR_HIGHLIGHT)
          const container = editorView.dom.parentElement
          if (container) barIn(container)?.remove()
        },
      }
    },
    props: {
      decorations: (state) => {
        if (!useDecoration) return null
        const range = cursorRange(state)
        if (!range) return null
        return DecorationSet.create(state.doc, [
          Decoration.inline(range.from, range.to, { class: 'sentence-current' }),
        ])
      },
    },
  })
}
