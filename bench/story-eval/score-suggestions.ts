import type { EvalOutput } from './eval-output'
import { sameName } from './names'
import { mostlyCovered, touches, type Span } from './spans'
import { clip, emptyMeasure, type Measure } from './tally'
import type { Located, LocatedTruth } from './truth'

type Suggestion = EvalOutput['suggestions'][number]

/** Marks that open or close a quotation. */
const QUOTATION_MARK = /["“”«»„‘]|(?:^|\s)'/u

function describe(suggestion: Suggestion): string {
  return `${suggestion.file}: “${clip(suggestion.text, 80)}”`
}

/**
 * "disputed" suggestions. Right only when the suggestion sits on (shares a character with) a
 * value of a labelled figure with `conflict: true` or a claim of a labelled role with
 * `conflict: true`. Precision: right over all disputed suggestions. Recall: those values and
 * claims that some disputed suggestion sits on, over all of them.
 */
export function scoreDisputed(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const targets: Located[] = [
    ...truth.figures.filter((figure) => figure.conflict).flatMap((figure) => figure.values),
    ...truth.roles.filter((role) => role.conflict).flatMap((role) => role.claims),
  ]
  const disputed = output.suggestions.filter((suggestion) => suggestion.kind === 'disputed')
  for (const suggestion of disputed) {
    measure.precision.total += 1
    if (targets.some((target) => touches(suggestion, target))) measure.precision.right += 1
    else measure.wrong.push(describe(suggestion))
  }
  for (const target of targets) {
    measure.recall.total += 1
    if (disputed.some((suggestion) => touches(suggestion, target))) measure.recall.right += 1
    else measure.missed.push(`${target.file}: “${clip(target.text, 70)}” not marked disputed`)
  }
  return measure
}

/**
 * "quote" suggestions. Wrong when the suggestion lies mostly on labelled debris, holds no
 * quotation mark, or names a speaker other than the labelled speaker of a remark it covers;
 * right otherwise. Recall: labelled versions of remarks that some quote suggestion covers a
 * character of, over all versions.
 */
export function scoreQuoteSuggestions(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const debris: Span[] = truth.debris
  const quotes = output.suggestions.filter((suggestion) => suggestion.kind === 'quote')
  for (const suggestion of quotes) {
    measure.precision.total += 1
    const speaker = suggestion.speaker
    const misnamed =
      speaker !== null &&
      truth.quotes.some(
        (quote) =>
          quote.speaker !== null &&
          quote.variants.some((variant) => touches(suggestion, variant)) &&
          !sameName(speaker, quote.speaker),
      )
    const problem = mostlyCovered(suggestion, debris)
      ? 'on debris'
      : !QUOTATION_MARK.test(suggestion.text)
        ? 'no quotation'
        : misnamed
          ? `wrong speaker ${speaker}`
          : null
    if (problem === null) measure.precision.right += 1
    else measure.wrong.push(`${describe(suggestion)} (${problem})`)
  }
  for (const variant of truth.quotes.flatMap((quote) => quote.variants)) {
    measure.recall.total += 1
    if (quotes.some((suggestion) => touches(suggestion, variant))) measure.recall.right += 1
    else measure.missed.push(`${variant.file}: “${clip(variant.text, 70)}” has no quote suggestion`)
  }
  return measure
}

/**
 * "claim" suggestions. Wrong when the suggestion lies mostly on labelled debris; right otherwise.
 * Recall: values of labelled figures with `conflict: false` that some claim suggestion covers a
 * character of, over all such values.
 */
export function scoreClaimSuggestions(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const claims = output.suggestions.filter((suggestion) => suggestion.kind === 'claim')
  for (const suggestion of claims) {
    measure.precision.total += 1
    if (mostlyCovered(suggestion, truth.debris))
      measure.wrong.push(`${describe(suggestion)} (on debris)`)
    else measure.precision.right += 1
  }
  const values = truth.figures
    .filter((figure) => !figure.conflict)
    .flatMap((figure) => figure.values)
  for (const value of values) {
    measure.recall.total += 1
    if (claims.some((suggestion) => touches(suggestion, value))) measure.recall.right += 1
    else measure.missed.push(`${value.file}: “${clip(value.text, 70)}” has no claim suggestion`)
  }
  return measure
}
