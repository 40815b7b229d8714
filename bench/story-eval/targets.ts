import type { EventScore } from './score-event'
import { addTally, ratio, type Tally } from './tally'

/** The targets issue 15 sets for events never tuned on, as shares of a block's totals. */
export const TARGETS: readonly {
  label: string
  minimum: number
  tally: (score: EventScore) => Tally
}[] = [
  { label: 'disputed right', minimum: 0.9, tally: (score) => score.disputed.precision },
  {
    label: 'figure and role conflicts found',
    minimum: 0.8,
    tally: (score) => addTally(score.figureConflicts.recall, score.roleConflicts.recall),
  },
  { label: 'speakers right', minimum: 0.95, tally: (score) => score.speakers.precision },
  { label: 'speakers found', minimum: 0.85, tally: (score) => score.speakers.recall },
  { label: 'quote groups pure', minimum: 0.95, tally: (score) => score.quoteGroups.precision },
  { label: 'debris precision', minimum: 0.9, tally: (score) => score.debris.precision },
  { label: 'debris recall', minimum: 0.75, tally: (score) => score.debris.recall },
]

/** Each target against a block's total: the share, the minimum, and whether it is met. */
export function formatTargets(total: EventScore): string {
  const parts = TARGETS.map(({ label, minimum, tally }) => {
    const value = ratio(tally(total))
    const shown = value === null ? '–' : `${Math.round(value * 100)}%`
    const mark = value === null ? '' : value >= minimum ? ' ok' : ' MISSED'
    return `${label} ${shown} (≥ ${Math.round(minimum * 100)}%)${mark}`
  })
  return `targets (issue 15): ${parts.join('; ')}`
}
