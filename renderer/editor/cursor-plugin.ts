import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { DocRange } from './positions'

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

/** Draws the sentence cursor; maps it through edits; moved only by {@link setCursor}. */
export function cursorPlugin(): Plugin<CursorState> {
  return new Plugin<CursorState>({
    key: cursorPluginKey,
    state: {
      init: () => ({ anchor: null, head: null }),
      apply: (tr, value) => {
        const meta = tr.getMeta(cursorPluginKey) as CursorMeta | undefined
        if (meta) return { anchor: meta.anchor, head: meta.head }
        if (!tr.docChanged || tr.doc === tr.before) return value
        return { anchor: mapRange(value.anchor, tr), head: mapRange(value.head, tr) }
      },
    },
    props: {
      decorations: (state) => {
        const range = cursorRange(state)
        if (!range) return null
        return DecorationSet.create(state.doc, [
          Decoration.inline(range.from, range.to, { class: 'sentence-current' }),
        ])
      },
    },
  })
}
