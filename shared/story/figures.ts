import type { SentenceSpan } from '../text/sentences'
import type { Figure } from './figure-record'
import type { FigureScope } from './figure-scope'
import { RUNNING_KINDS } from './quantity-kinds'
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
  // The days the article's sentences are told as of ("said on Monday"; an event's day is not),
  // each with who told them.
  const days = new Map<string, string[]>()
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
    const passage = text.slice(sentence.start, sentence.end).trim()
    for (const figure of read.figures) figures.push({ ...figure, passage })
    previous = read.scope
    const { asOf, relative, source } = read.scope
    if (asOf && !relative) days.set(asOf, [...(days.get(asOf) ?? []), source ?? ''])
  }
  return withArticleDay(figures, days)
}

/**
 * Running tolls given without a day take the one day the article's sentences are told as of
 * (`days`, with who told them) when the same source gives them ("Green said Monday that 1,000
 * remain missing. … Green said around 1,300 are unaccounted for."), marked as carried. An
 * article naming two days or none, and a toll of no source or another one ("police say 269
 * bodies have been received so far"), stay undated: a toll rises between reports.
 */
function withArticleDay(figures: Figure[], days: ReadonlyMap<string, readonly string[]>): Figure[] {
  const [first] = days
  if (days.size !== 1 || first === undefined) return figures
  const [day, sources] = first
  for (const figure of figures) {
    const { asOf, source } = figure.scope
    if (
      RUNNING_KINDS.has(figure.kind) &&
      asOf === undefined &&
      source &&
      sources.includes(source)
    ) {
      figure.scope = { ...figure.scope, asOf: day, dayCarried: true }
    }
  }
  return figures
}
