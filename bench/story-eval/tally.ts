/** A count of right answers out of a total (precision: out of those given; recall: out of those due). */
export interface Tally {
  right: number
  total: number
}

/** One measure of one event: its precision and recall, and the items each got wrong, in words. */
export interface Measure {
  precision: Tally
  recall: Tally
  /** Items given that are wrong (false positives), for `--verbose`. */
  wrong: string[]
  /** Items due that were not found (misses), for `--verbose`. */
  missed: string[]
}

/** A measure with nothing counted yet. */
export function emptyMeasure(): Measure {
  return {
    precision: { right: 0, total: 0 },
    recall: { right: 0, total: 0 },
    wrong: [],
    missed: [],
  }
}

/** The sum of two tallies. */
export function addTally(left: Tally, right: Tally): Tally {
  return { right: left.right + right.right, total: left.total + right.total }
}

/** The sum of measures (micro-average: counts are added, then divided). */
export function sumMeasures(measures: readonly Measure[]): Measure {
  return measures.reduce(
    (sum, measure) => ({
      precision: addTally(sum.precision, measure.precision),
      recall: addTally(sum.recall, measure.recall),
      wrong: [...sum.wrong, ...measure.wrong],
      missed: [...sum.missed, ...measure.missed],
    }),
    emptyMeasure(),
  )
}

/** The share right, or null when nothing was counted. */
export function ratio(tally: Tally): number | null {
  return tally.total === 0 ? null : tally.right / tally.total
}

/** A passage shortened for a one-line report. */
export function clip(text: string, width = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}
