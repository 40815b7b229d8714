import type { EvalOutput } from './eval-output'
import { scoreDebris } from './score-debris'
import { scoreDistractors } from './score-distractors'
import { scoreFigureConflicts } from './score-figures'
import { scoreQuoteGroups, scoreSpeakers } from './score-quotes'
import { scoreRoleConflicts } from './score-roles'
import { scoreClaimSuggestions, scoreDisputed, scoreQuoteSuggestions } from './score-suggestions'
import { sumMeasures, type Measure } from './tally'
import type { LocatedTruth } from './truth'

/** The measures the eval reports, in the order of the table's columns, with their headings. */
export const MEASURES = [
  { key: 'quoteGroups', heading: 'quote groups', precision: 'pure', recall: 'complete' },
  { key: 'speakers', heading: 'speakers', precision: 'right', recall: 'found' },
  { key: 'figureConflicts', heading: 'figure conflicts', precision: 'P', recall: 'R' },
  { key: 'roleConflicts', heading: 'role conflicts', precision: 'P', recall: 'R' },
  { key: 'disputed', heading: 'disputed', precision: 'P', recall: 'R' },
  { key: 'quote', heading: 'quote sugg.', precision: 'P', recall: 'R' },
  { key: 'claim', heading: 'claim sugg.', precision: 'P', recall: 'R' },
  { key: 'debris', heading: 'debris', precision: 'P', recall: 'R' },
  { key: 'distractors', heading: 'distractors', precision: '', recall: 'calm' },
] as const

/** The key of one measure. */
export type MeasureKey = (typeof MEASURES)[number]['key']

/** Every measure of one event (or of several, summed). */
export type EventScore = Record<MeasureKey, Measure>

/** Scores one event's analysis against its labels. */
export function scoreEvent(truth: LocatedTruth, output: EvalOutput): EventScore {
  return {
    quoteGroups: scoreQuoteGroups(truth, output),
    speakers: scoreSpeakers(truth, output),
    figureConflicts: scoreFigureConflicts(truth, output),
    roleConflicts: scoreRoleConflicts(truth, output),
    disputed: scoreDisputed(truth, output),
    quote: scoreQuoteSuggestions(truth, output),
    claim: scoreClaimSuggestions(truth, output),
    debris: scoreDebris(truth, output),
    distractors: scoreDistractors(truth, output),
  }
}

/** Several events' scores summed measure by measure (counts added, then divided). */
export function sumScores(scores: readonly EventScore[]): EventScore {
  const sum = {} as EventScore
  for (const { key } of MEASURES) sum[key] = sumMeasures(scores.map((score) => score[key]))
  return sum
}
