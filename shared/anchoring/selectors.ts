/**
 * W3C Web Annotation selectors for a span of an article's plain text (its blocks joined with
 * "\n\n"). These are what a tag stores; editor positions are never stored.
 *
 * See https://www.w3.org/TR/annotation-model/#text-position-selector and
 * https://www.w3.org/TR/annotation-model/#text-quote-selector.
 */

/** How many characters of context `describe` stores on each side of the quote. */
export const CONTEXT_LENGTH = 32

/** W3C TextPositionSelector: UTF-16 offsets into the plain text, `start` inclusive, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** W3C TextQuoteSelector: the quoted text with up to `CONTEXT_LENGTH` characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** Both selectors of one tag's target, as produced by `describe` and consumed by `anchor`. */
export interface TextSelectors {
  position: TextPositionSelector
  quote: TextQuoteSelector
}

/** The fields of a `TextSelectors` value once it has been checked to be well formed. */
export interface CheckedSelectors {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/**
 * Checks a value (typically parsed from JSON) against the shape `describe` produces: W3C type
 * names, integer offsets with `0 <= start < end`, `end - start === exact.length`, a non-empty
 * `exact` and string `prefix`/`suffix`. Returns the fields, or `null` if anything is off.
 * Offsets beyond the current text's length are allowed here: the text may have shrunk since.
 */
export function checkSelectors(value: unknown): CheckedSelectors | null {
  if (!isRecord(value)) return null
  const { position, quote } = value
  if (!isRecord(position) || !isRecord(quote)) return null
  if (position.type !== 'TextPositionSelector' || quote.type !== 'TextQuoteSelector') return null
  const { start, end } = position
  const { exact, prefix, suffix } = quote
  if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') {
    return null
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null
  const from = start as number
  const to = end as number
  if (from < 0 || to <= from || to - from !== exact.length) return null
  return { start: from, end: to, exact, prefix, suffix }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
