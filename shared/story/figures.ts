import type { SentenceSpan } from '../text/sentences'
import type { Figure } from './figure-record'
import type { FigureScope } from './figure-scope'
import { figuresOfSentence } from './sentence-figures'

/** A figure found in an article (defined in `figure-record`, re-exported for callers). */
export type { Figure } from './figure-record'

/**
 * Every figure of an article outside its quotations (`quoted`: the quotations' spans; what a
 * speaker says is compared as a quote), each read as a quantity: its value normalised (qualifiers
 * "at least" → ≥, "over" → >, "about" → ≈; vague words and ranges as intervals; lengths in km,
 * areas in km², money with its currency), what it measures (people killed, injured, missing;
 * homes; magnitude; depth; distance from a place; area; money; a share or rate; a prison term; or
 * the counted noun) however it is worded ("the death toll has risen to 45", "injuring more than
 * 2,300", "1,204 were injured", "5.8-magnitude"), and its scope (another event, one incident, one
 * place, as of when, an earlier value, who counted). Clock times, dates, years, ages, addresses,
 * phone numbers, scores, durations and labels ("Chapter 11") are never counts.
 */
export function extractFigures(
  text: string,
  sentences: readonly SentenceSpan[],
  quoted: readonly { start: number; end: number }[] = [],
): Figure[] {
  const figures: Figure[] = []
  let previous: FigureScope | null = null
  // Each sentence looks only at the quotations that reach into it: linear in the text's length.
  const spans = [...quoted].sort((left, right) => left.start - right.start)
  let first = 0
  for (const sentence of sentences) {
    while (first < spans.length && (spans[first]?.end ?? 0) <= sentence.start) first += 1
    const near: { start: number; end: number }[] = []
    for (let at = first; at < spans.length && (spans[at]?.start ?? 0) < sentence.end; at += 1) {
      const span = spans[at]
      if (span && span.end > sentence.start) near.push(span)
    }
    const read = figuresOfSentence(text, sentence.start, sentence.end, near, previous)
    figures.push(...read.figures)
    previous = read.scope
  }
  return figures
}
