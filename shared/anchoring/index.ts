/**
 * Hypothesis-style anchoring of tags to an article's plain text: `describe` a span as W3C
 * selectors when a tag is made, `anchor` them again whenever the text may have changed.
 */
export { anchor } from './anchor'
export type {
  AmbiguousResult,
  AnchoredResult,
  AnchorResult,
  ChangedResult,
  OrphanResult,
  TextSpan,
} from './anchor'
export { describe } from './describe'
export { CONTEXT_LENGTH, checkSelectors } from './selectors'
export type {
  CheckedSelectors,
  TextPositionSelector,
  TextQuoteSelector,
  TextSelectors,
} from './selectors'
export { thresholds } from './thresholds'
