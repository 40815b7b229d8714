import type { Node } from 'prosemirror-model'
import {
  blockIndexAt,
  docIndex,
  lastAtOrBefore,
  sentencesOfBlock,
  type DocIndex,
  type DocRange,
} from './positions'

/** A sentence and where it is: its block and its place among the block's sentences. */
interface SentencePlace {
  block: number
  sentence: number
  range: DocRange
}

function place(index: DocIndex, block: number, sentence: number): SentencePlace | null {
  const range = sentencesOfBlock(index, block)[sentence]
  return range ? { block, sentence, range } : null
}

/** The first sentence at or after block `block` (forward) or at or before it (backward). */
function firstFrom(index: DocIndex, block: number, forward: boolean): SentencePlace | null {
  for (let at = block; at >= 0 && at < index.blocks.length; at += forward ? 1 : -1) {
    const count = sentencesOfBlock(index, at).length
    if (count > 0) return place(index, at, forward ? 0 : count - 1)
  }
  return null
}

/** The sentence that holds `pos`, or the nearest one before it (or the first one). */
function placeAt(index: DocIndex, pos: number): SentencePlace | null {
  const block = blockIndexAt(index, pos)
  const sentences = sentencesOfBlock(index, block)
  const first = sentences[0]
  if (first && first.from <= pos) {
    return place(
      index,
      block,
      lastAtOrBefore(sentences, pos, (sentence) => sentence.from),
    )
  }
  return firstFrom(index, block - 1, false) ?? firstFrom(index, 0, true)
}

/** The sentence that holds `pos`, or the nearest one before it (or the first one), or null. */
export function sentenceAt(doc: Node, pos: number): DocRange | null {
  return placeAt(docIndex(doc), pos)?.range ?? null
}

/**
 * The sentence `delta` sentences away from the one at `pos` (clamped to the first and last;
 * ±Infinity goes to either end), or from before the first sentence when `pos` is null and
 * `delta` is positive (after the last when negative). Blocks are split into sentences only as
 * the walk reaches them, so a step costs the same on any length of article.
 */
export function sentenceFrom(doc: Node, pos: number | null, delta: number): DocRange | null {
  const index = docIndex(doc)
  if (delta === Infinity) return firstFrom(index, index.blocks.length - 1, false)?.range ?? null
  if (delta === -Infinity) return firstFrom(index, 0, true)?.range ?? null
  let current = pos === null ? null : placeAt(index, pos)
  let steps = Math.abs(delta)
  if (current === null) {
    current =
      delta > 0 ? firstFrom(index, 0, true) : firstFrom(index, index.blocks.length - 1, false)
    steps -= 1
  }
  while (current && steps > 0) {
    const next: SentencePlace | null =
      delta > 0
        ? (place(index, current.block, current.sentence + 1) ??
          firstFrom(index, current.block + 1, true))
        : current.sentence > 0
          ? place(index, current.block, current.sentence - 1)
          : firstFrom(index, current.block - 1, false)
    if (!next) break
    current = next
    steps -= 1
  }
  return current?.range ?? null
}
