import type { Node } from 'prosemirror-model'
import { BLOCK_SEPARATOR, textBlocks, type TextBlock } from '../../shared/text/article-text'
import { splitSentences } from '../../shared/text/sentences'

/** A range of the document in ProseMirror positions. */
export interface DocRange {
  from: number
  to: number
}

/**
 * How a document's plain-text offsets and ProseMirror positions correspond: the one mapping
 * between the two (whatever wraps the blocks, sections included), and the textblock nodes.
 */
export interface DocIndex {
  /** The textblocks in document order, with their plain-text offsets and positions. */
  readonly blocks: readonly TextBlock[]
  /** The node of each block, in the same order. */
  readonly nodes: readonly Node[]
  /** The article's plain text. */
  readonly text: string
}

const indexes = new WeakMap<Node, DocIndex>()
const blockSentences = new WeakMap<Node, readonly { start: number; end: number }[]>()

/**
 * The index of a document, computed once per document. Sentences are not part of it: they are
 * split block by block when asked for ({@link sentencesOfBlock}), so opening a long article
 * splits nothing.
 */
export function docIndex(doc: Node): DocIndex {
  const cached = indexes.get(doc)
  if (cached) return cached
  const blocks = textBlocks(doc)
  const nodes: Node[] = []
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    nodes.push(node)
    return false
  })
  const index: DocIndex = {
    blocks,
    nodes,
    text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
  }
  indexes.set(doc, index)
  return index
}

/**
 * The sentences of block `blockIndex` in ProseMirror positions, split once per block node: after
 * an edit only the blocks that changed are split again.
 */
export function sentencesOfBlock(index: DocIndex, blockIndex: number): DocRange[] {
  const block = index.blocks[blockIndex]
  const node = index.nodes[blockIndex]
  if (!block || !node) return []
  let spans = blockSentences.get(node)
  if (!spans) {
    spans = splitSentences(node.textContent)
    blockSentences.set(node, spans)
  }
  return spans.map((span) => ({ from: block.pos + span.start, to: block.pos + span.end }))
}

/** The index of the last item whose `key` is at most `value` (0 when none is), by bisection. */
export function lastAtOrBefore<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  let low = 0
  let high = items.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    const item = items[middle]
    if (item !== undefined && key(item) <= value) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}

/** The index of the block that holds `pos` (or the last one starting before it). */
export function blockIndexAt(index: DocIndex, pos: number): number {
  return lastAtOrBefore(index.blocks, pos, (block) => block.pos)
}

/** The ProseMirror position of a plain-text offset (clamped to its block). */
export function offsetToPos(index: DocIndex, offset: number): number {
  const block = index.blocks[lastAtOrBefore(index.blocks, offset, (item) => item.start)]
  if (!block) return 0
  return block.pos + Math.min(Math.max(0, offset - block.start), block.text.length)
}

/** The plain-text offset of a ProseMirror position (clamped to its block). */
export function posToOffset(index: DocIndex, pos: number): number {
  const block = index.blocks[blockIndexAt(index, pos)]
  if (!block) return 0
  return block.start + Math.min(Math.max(0, pos - block.pos), block.text.length)
}
