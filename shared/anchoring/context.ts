import search from 'approx-string-match'
import { CONTEXT_LENGTH } from './selectors'
import { editDistance } from './similarity'

/**
 * Context comparison: how well the text around a candidate span agrees with a stored prefix or
 * suffix, and where a stored prefix or suffix puts the span's bounds.
 *
 * Runs of whitespace count as a single space, so that re-wrapped paragraphs, CRLF line breaks or
 * doubled spaces between sentences do not weaken the context. A stored side shorter than
 * `CONTEXT_LENGTH` means the text began (or ended) there: it is compared in full, and text beyond
 * it counts as different.
 */

/** Similarity in [0, 1] of the stored `prefix` to the text just before `start`. */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  const atEdge = prefix.length < CONTEXT_LENGTH
  const reach = atEdge ? CONTEXT_LENGTH : 2 * prefix.length
  const expected = foldSide(prefix, atEdge)
  const around = foldSide(text.slice(Math.max(0, start - reach), start), start <= reach)
  return similarity(expected, atEdge ? around : around.slice(-expected.length))
}

/** Similarity in [0, 1] of the stored `suffix` to the text just after `end`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  const atEdge = suffix.length < CONTEXT_LENGTH
  const reach = atEdge ? CONTEXT_LENGTH : 2 * suffix.length
  const expected = foldSide(suffix, atEdge)
  const around = foldSide(text.slice(end, end + reach), end + reach >= text.length)
  return similarity(expected, atEdge ? around : around.slice(0, expected.length))
}

/**
 * Where the stored `prefix` ends near `start` (within `slack` characters), allowing it
 * `maxErrors` edits: the start the quote had when it was described. `null` if it is not there.
 * An empty prefix (the quote opened the text) puts the start at 0 if that is within reach.
 */
export function snapStart(
  text: string,
  start: number,
  prefix: string,
  slack: number,
  maxErrors: number,
): number | null {
  if (prefix.length === 0) return start <= slack ? 0 : null
  const from = Math.max(0, start - slack - prefix.length - maxErrors)
  const to = Math.min(text.length, start + slack)
  const ends = search(text.slice(from, to), prefix, maxErrors).map((match) => from + match.end)
  return nearest(ends, start, slack)
}

/**
 * Where the stored `suffix` begins near `end` (within `slack` characters), allowing it
 * `maxErrors` edits: the end the quote had when it was described. `null` if it is not there.
 * An empty suffix (the quote closed the text) puts the end at the text's end if within reach.
 */
export function snapEnd(
  text: string,
  end: number,
  suffix: string,
  slack: number,
  maxErrors: number,
): number | null {
  if (suffix.length === 0) return text.length - end <= slack ? text.length : null
  const from = Math.max(0, end - slack)
  const to = Math.min(text.length, end + slack + suffix.length + maxErrors)
  const starts = search(text.slice(from, to), suffix, maxErrors).map((match) => from + match.start)
  return nearest(starts, end, slack)
}

function nearest(offsets: number[], target: number, slack: number): number | null {
  let best: number | null = null
  for (const offset of offsets) {
    const distance = Math.abs(offset - target)
    if (distance <= slack && (best === null || distance < Math.abs(best - target))) best = offset
  }
  return best
}

/**
 * Folds runs of whitespace into one space; a side that reaches the text's edge and holds only
 * whitespace is empty, as if the text ended there.
 */
function foldSide(side: string, reachesEdge: boolean): string {
  const folded = side.replace(/\s+/g, ' ')
  return reachesEdge && folded.trim() === '' ? '' : folded
}

/** 1 − edit distance / the longer length; two empty sides (both at the text's edge) agree. */
function similarity(expected: string, actual: string): number {
  const length = Math.max(expected.length, actual.length)
  return length === 0 ? 1 : 1 - editDistance(expected, actual) / length
}
