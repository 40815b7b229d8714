import type { Node } from 'prosemirror-model'
import { textBlocks, type TextBlock } from '../../shared/text/article-text'
import { splitSentences } from '../../shared/text/sentences'

/** A range of the document in ProseMirror positions. */
export interface DocRange {
  from: number
  to: number
}

/** How a document's plain-text offsets and ProseMirror positions correspond, and its sentences. */
export interface DocIndex {
  readonly blocks: readonly TextBlock[]
  readonly text: string
  /** Every sentence, in document order, in ProseMirror positions. */
  readonly sentences: readonly DocRange[]
}

const indexes = new WeakMap<Node, DocIndex>()
const blockSentences = new WeakMap<Node, readonly { start: number; end: number }[]>()

function sentencesOfBlock(node: Node): readonly { start: number; end: number }[] {
  let spans = blockSentences.get(node)
  if (!spans) {
    spans = splitSentences(node.textContent)
    blockSentences.set(node, spans)
  }
  return spans
}

/**
 * The index of a document, computed once per document and, for sentences, once per block node:
 * after an edit only the blocks that changed are split again, so the cost stays small on long
 * articles.
 */
export function docIndex(doc: Node): DocIndex {
  const cached = indexes.get(doc)
  if (cached) return cached
  const blocks = textBlocks(doc)
  const sentences: DocRange[] = []
  let blockIndex = 0
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    const block = blocks[blockIndex]
    blockIndex += 1
    if (block) {
      for (const span of sentencesOfBlock(node)) {
        sentences.push({ from: block.pos + span.start, to: block.pos + span.end })
      }
    }
    return false
  })
  const index: DocIndex = {
    blocks,
    text: blocks.map((block) => block.text).join('\n\n'),
    sentences,
  }
  indexes.set(doc, index)
  return index
}

/** The index of the last item whose `key` is at most `value` (0 when none is), by bisection. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
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

function blockAtOffset(blocks: readonly TextBlock[], offset: number): TextBlock | undefined {
  return blocks[lastAtOrBefore(blocks, offset, (block) => block.start)]
}

function blockAtPos(blocks: readonly TextBlock[], pos: number): TextBlock | undefined {
  return blocks[lastAtOrBefore(blocks, pos, (block) => block.pos)]
}

/** The ProseMirror position of a plain-text offset (clamped to its block). */
export function offsetToPos(index: DocIndex, offset: number): number {
  const block = blockAtOffset(index.blocks, offset)
  if (!block) return 0
  return block.pos + Math.min(Math.max(0, offset - block.start), block.text.length)
}

/** The plain-text offset of a ProseMirror position (clamped to its block). */
export function posToOffset(index: DocIndex, pos: number): number {
  const block = blockAtPos(index.blocks, pos)
  if (!block) return 0
  return block.start + Math.min(Math.max(0, pos - block.pos), block.text.length)
}

/** The index of the sentence that contains `pos`, or the nearest one before it (or 0). */
export function sentenceIndexAt(index: DocIndex, pos: number): number {
  return lastAtOrBefore(index.sentences, pos, (sentence) => sentence.from)
}
