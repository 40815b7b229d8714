import { findApproximate } from './fuzzy'
import { prefixSimilarity, snapEnd, snapStart, suffixSimilarity } from './context'
import {
  CONTEXT_LENGTH,
  checkSelectors,
  type CheckedSelectors,
  type TextSelectors,
} from './selectors'
import { editDistance } from './similarity'
import { thresholds } from './thresholds'

/** A half-open span `[start, end)` of UTF-16 offsets into the plain text. */
export interface TextSpan {
  start: number
  end: number
}

/**
 * The stored quote was found unchanged at `[start, end)`: by its stored position (`'position'`)
 * or by searching for it (`'quote'`).
 */
export interface AnchoredResult extends TextSpan {
  status: 'anchored'
  method: 'position' | 'quote'
}

/**
 * The stored quote no longer occurs, but `found` (the text at `[start, end)`) is similar enough
 * and well enough placed to be its edited version. The tag goes there, flagged for the editor to
 * review the old (`selectors.quote.exact`) and new (`found`) text.
 */
export interface ChangedResult extends TextSpan {
  status: 'changed'
  found: string
}

/**
 * Several places fit equally well (within `thresholds.ambiguityMargin`); none is chosen.
 * `candidates` are best first, at most `thresholds.maxCandidates`; they may hold unchanged
 * occurrences of the quote and changed ones.
 */
export interface AmbiguousResult {
  status: 'ambiguous'
  candidates: TextSpan[]
}

/** No acceptable place: the quote was deleted, rewritten beyond recognition, or is malformed. */
export interface OrphanResult {
  status: 'orphan'
}

/** Where a tag lands in a (possibly edited) text, discriminated on `status`. */
export type AnchorResult = AnchoredResult | ChangedResult | AmbiguousResult | OrphanResult

interface Candidate extends TextSpan {
  exact: boolean
  quote: number
  prefix: number
  suffix: number
  /** Whether a full-length (not cut by the text's edge) side is verbatim but for a character. */
  intactSide: boolean
  context: number
  score: number
  distance: number
}

const totalWeight = thresholds.quoteWeight + thresholds.prefixWeight + thresholds.suffixWeight

/**
 * Stands in for exact occurrences while searching for approximate ones (a noncharacter, so it
 * never matches the quote), so that an unchanged copy cannot hide an edited original nearby.
 */
const MASK = '\uFFFF'

/**
 * Whether the quote and its full stored context sit unchanged at the stored position (a context
 * shorter than CONTEXT_LENGTH counts only where it reaches the start or end of the text).
 */
function isIntactAtPosition(text: string, stored: CheckedSelectors): boolean {
  const { start, end, exact, prefix, suffix } = stored
  if (end > text.length || start < prefix.length || text.slice(start, end) !== exact) return false
  if (text.slice(start - prefix.length, start) !== prefix) return false
  if (text.slice(end, end + suffix.length) !== suffix) return false
  if (prefix.length < CONTEXT_LENGTH && start !== prefix.length) return false
  if (suffix.length < CONTEXT_LENGTH && end + suffix.length !== text.length) return false
  return true
}

/**
 * Re-anchors a tag's selectors (as made by `describe`) in `text`, in the manner of Hypothesis:
 *
 * 1. every exact occurrence of the quote is scored by how well its prefix and suffix match the
 *    stored ones; a quote shorter than `thresholds.selfEvidentLength` only counts where its
 *    context vouches for it (one side intact, or both largely so);
 * 2. unless the best exact occurrence has an intact context, approximate occurrences (see
 *    `findApproximate`) of at least `thresholds.quoteSimilarity` are scored too, by quote and
 *    context, where their context vouches for them (or the quote is long and ≥ 0.9 similar);
 * 3. the occurrence still at the stored offsets wins if its context vouches for it, unless
 *    a candidate with an intact context (`thresholds.intactContext`) scores
 *    `thresholds.ambiguityMargin` better;
 * 4. otherwise the best candidate wins unless another is within `thresholds.ambiguityMargin` of
 *    it ('ambiguous'); closeness to the stored position orders candidates, it never decides.
 *
 * An exact winner is 'anchored' (method 'position' when it is still at the stored offsets), an
 * approximate one 'changed'. Never throws: `selectors` usually come from stored JSON, so they are
 * checked at run time (`checkSelectors`) and malformed ones give 'orphan'; stored offsets beyond
 * the text are only used, clamped, to order candidates, never to slice.
 */
export function anchor(text: string, selectors: TextSelectors): AnchorResult {
  const stored = checkSelectors(selectors)
  if (stored === null || typeof text !== 'string') return { status: 'orphan' }
  const hint = Math.min(stored.start, text.length)

  // The common case, unchanged text: the quote and its whole context are still at the stored
  // position. No candidate elsewhere can score higher, so skip the search.
  if (isIntactAtPosition(text, stored)) {
    return { status: 'anchored', start: stored.start, end: stored.end, method: 'position' }
  }

  const occurrences = findExact(text, stored.exact)
  const exactCandidates = occurrences
    .map((start) => score(text, stored, hint, start, start + stored.exact.length, 0, true))
    .filter((candidate) => isPlausible(candidate, stored.exact.length))
  const bestContext = exactCandidates.reduce((best, { context }) => Math.max(best, context), 0)

  const pool = [...exactCandidates]
  if (exactCandidates.length === 0 || bestContext < thresholds.intactContext) {
    pool.push(...findChanged(text, stored, hint, occurrences))
  }
  if (pool.length === 0) return { status: 'orphan' }
  pool.sort(byEvidence)
  const best = pool[0]!

  const positioned = exactCandidates.find((candidate) => candidate.start === stored.start)
  if (positioned !== undefined && isSupported(positioned)) {
    const overriding = pool.some(
      (candidate) =>
        candidate.context >= thresholds.intactContext &&
        candidate.score - positioned.score >= thresholds.ambiguityMargin,
    )
    if (!overriding) {
      const { start, end } = positioned
      return { status: 'anchored', start, end, method: 'position' }
    }
  }

  const contenders = pool.filter(
    (candidate) => best.score - candidate.score < thresholds.ambiguityMargin,
  )
  if (contenders.length > 1) {
    return {
      status: 'ambiguous',
      candidates: contenders
        .slice(0, thresholds.maxCandidates)
        .map(({ start, end }) => ({ start, end })),
    }
  }
  if (!best.exact) {
    const found = text.slice(best.start, best.end)
    return { status: 'changed', start: best.start, end: best.end, found }
  }
  const method = best.start === stored.start ? 'position' : 'quote'
  return { status: 'anchored', start: best.start, end: best.end, method }
}

/** Start offsets of every occurrence of `quote` in `text`, overlapping ones included. */
function findExact(text: string, quote: string): number[] {
  const starts: number[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at)
  return starts
}

/**
 * Approximate occurrences of the quote that are acceptable as its edited version, one per
 * overlapping group. Exact occurrences are masked so that they cannot hide a nearby variant.
 */
function findChanged(
  text: string,
  stored: CheckedSelectors,
  hint: number,
  occurrences: number[],
): Candidate[] {
  const length = stored.exact.length
  const maxErrors = Math.min(
    thresholds.maxErrors,
    Math.floor(length * (1 - thresholds.quoteSimilarity) + 1e-9),
  )
  if (maxErrors === 0) return []
  const searched = maskOccurrences(text, occurrences, length)
  const candidates = findApproximate(searched, stored.exact, maxErrors)
    .filter((match) => match.errors > 0)
    .map((match) => score(text, stored, hint, match.start, match.end, match.errors, false))
    .map((candidate) => snap(text, stored, hint, candidate, maxErrors))
    .filter(
      (candidate): candidate is Candidate =>
        candidate !== null && isAcceptableChange(candidate, length),
    )
    .sort(byEvidence)
  const kept: Candidate[] = []
  for (const candidate of candidates) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) {
      kept.push(candidate)
    }
  }
  return kept
}

/** `text` with every `[start, start + length)` of `starts` (ascending) replaced by `MASK`s. */
function maskOccurrences(text: string, starts: number[], length: number): string {
  if (starts.length === 0) return text
  const pieces: string[] = []
  let done = 0
  for (const start of starts) {
    const from = Math.max(start, done)
    pieces.push(text.slice(done, from), MASK.repeat(start + length - from))
    done = start + length
  }
  pieces.push(text.slice(done))
  return pieces.join('')
}

/** Longest quote whose approximate match `snap` re-measures (an O(length²) edit distance). */
const SNAP_LENGTH_LIMIT = 2000

/**
 * Moves an approximate match's bounds to where the stored prefix ends and the stored suffix
 * begins, when they are found within `slack` characters: an approximate match may leave out a
 * rewritten first or last word, or take in a neighbouring character. The snapped span's
 * similarity is measured afresh. If both sides snapped, the span is known exactly, and it is
 * dropped (`null`) when it is no longer similar enough; with one side only, the unsnapped match
 * is kept instead.
 */
function snap(
  text: string,
  stored: CheckedSelectors,
  hint: number,
  candidate: Candidate,
  slack: number,
): Candidate | null {
  if (stored.exact.length > SNAP_LENGTH_LIMIT) return candidate
  const sideErrors = (side: string) => Math.floor(side.length * (1 - thresholds.supportingContext))
  const start = snapStart(text, candidate.start, stored.prefix, slack, sideErrors(stored.prefix))
  const end = snapEnd(text, candidate.end, stored.suffix, slack, sideErrors(stored.suffix))
  const from = start ?? candidate.start
  const to = end ?? candidate.end
  if (from === candidate.start && to === candidate.end) return candidate
  const errors = from < to ? editDistance(stored.exact, text.slice(from, to)) : stored.exact.length
  if (errors > 0 && 1 - errors / stored.exact.length >= thresholds.quoteSimilarity) {
    return score(text, stored, hint, from, to, errors, false)
  }
  return start !== null && end !== null ? null : candidate
}

function score(
  text: string,
  stored: CheckedSelectors,
  hint: number,
  start: number,
  end: number,
  errors: number,
  exact: boolean,
): Candidate {
  const quote = 1 - errors / stored.exact.length
  const prefix = prefixSimilarity(text, start, stored.prefix)
  const suffix = suffixSimilarity(text, end, stored.suffix)
  const weighted =
    thresholds.quoteWeight * quote +
    thresholds.prefixWeight * prefix +
    thresholds.suffixWeight * suffix
  return {
    start,
    end,
    exact,
    quote,
    prefix,
    suffix,
    intactSide:
      (prefix >= thresholds.intactSide && stored.prefix.length >= CONTEXT_LENGTH) ||
      (suffix >= thresholds.intactSide && stored.suffix.length >= CONTEXT_LENGTH),
    context: (prefix + suffix) / 2,
    score: weighted / totalWeight,
    distance: Math.abs(start - hint),
  }
}

/**
 * Whether the candidate's context vouches for it: one full side (nearly) verbatim the stored one,
 * or both sides largely so. The text's edge alone (an empty side matching an empty one) is not
 * enough: an edit elsewhere can make another occurrence end the text.
 */
function isSupported(candidate: Candidate): boolean {
  return candidate.intactSide || candidate.context >= thresholds.supportingContext
}

/** An exact occurrence counts if the quote identifies itself or its context vouches for it. */
function isPlausible(candidate: Candidate, length: number): boolean {
  return length >= thresholds.selfEvidentLength || isSupported(candidate)
}

/**
 * A variant counts if it is similar enough and either placed where the quote was (its context
 * vouches for it and its evidence score is high enough) or long and nearly equal to the quote.
 */
function isAcceptableChange(candidate: Candidate, length: number): boolean {
  if (candidate.quote < thresholds.quoteSimilarity) return false
  if (isSupported(candidate) && candidate.score >= thresholds.changedScore) return true
  return candidate.quote >= thresholds.highQuoteSimilarity && length >= thresholds.selfEvidentLength
}

function byEvidence(left: Candidate, right: Candidate): number {
  return right.score - left.score || left.distance - right.distance
}
