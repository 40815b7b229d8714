import type { EvalOutput } from './eval-output'
import { sameSpot, touches } from './spans'
import { clip, emptyMeasure, type Measure } from './tally'
import type { LocatedTruth } from './truth'

/**
 * Distractors (figures a naive tool would wrongly compare). A distractor is **flagged** when a
 * figure at the same spot conflicts with another article, or a disputed suggestion sits on it
 * that sits on no value of a labelled conflict (a sentence may hold both). Only recall is
 * counted: distractors left alone over all distractors (higher is better).
 */
export function scoreDistractors(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const conflicting = output.numbers.flatMap((topic) =>
    topic.values.filter((value) => value.conflictsWith.length > 0),
  )
  const targets = [
    ...truth.figures.filter((figure) => figure.conflict).flatMap((figure) => figure.values),
    ...truth.roles.filter((role) => role.conflict).flatMap((role) => role.claims),
  ]
  const disputed = output.suggestions.filter(
    (suggestion) =>
      suggestion.kind === 'disputed' && !targets.some((target) => touches(suggestion, target)),
  )
  for (const distractor of truth.distractors) {
    measure.recall.total += 1
    const inConflict = conflicting.some((value) => sameSpot(value, distractor))
    const underDispute = disputed.some((suggestion) => touches(suggestion, distractor))
    if (!inConflict && !underDispute) measure.recall.right += 1
    else {
      measure.missed.push(
        `${distractor.file}: “${clip(distractor.text, 60)}” (${distractor.why}) ${inConflict ? 'set in a conflict' : 'under a disputed suggestion'}`,
      )
    }
  }
  return measure
}
