import { CONTEXT_LENGTH, type TextSelectors } from './selectors'

/**
 * Describes the span `[start, end)` of `text` as W3C selectors: its position, and its quote with
 * `CONTEXT_LENGTH` (32) characters of prefix and suffix, fewer at the edges of the text.
 *
 * @throws RangeError (message starting 'describe:') if an offset is not an integer, lies outside
 *   `[0, text.length]`, or the span is inverted or empty.
 */
export function describe(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describe: offsets must be integers, got start ${start} and end ${end}`)
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(
      `describe: span [${start}, ${end}) lies outside the text [0, ${text.length}]`,
    )
  }
  if (end < start) {
    throw new RangeError(`describe: span is inverted, start ${start} is after end ${end}`)
  }
  if (end === start) {
    throw new RangeError(`describe: span [${start}, ${end}) is empty`)
  }
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
  }
}
