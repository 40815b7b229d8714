import type { EvalOutput } from './eval-output'
import { sameName } from './names'
import { bestMatch, overlapLength, sameSpot } from './spans'
import { clip, emptyMeasure, type Measure } from './tally'
import type { Located, LocatedTruth } from './truth'

type Occurrence = EvalOutput['quotes'][number]['occurrences'][number]

/** The labelled remark (index into `truth.quotes`) an occurrence is a version of, or -1. */
function groupOf(occurrence: Occurrence, truth: LocatedTruth): number {
  let best = -1
  let bestLength = 0
  truth.quotes.forEach((quote, index) => {
    for (const variant of quote.variants) {
      if (!sameSpot(occurrence, variant)) continue
      const length = overlapLength(occurrence, variant)
      if (length > bestLength) {
        best = index
        bestLength = length
      }
    }
  })
  return best
}

function label(truth: LocatedTruth, index: number): string {
  return index < 0
    ? '(no labelled remark)'
    : `“${clip(truth.quotes[index]?.variants[0]?.text ?? '', 50)}”`
}

/**
 * Quote groups. Precision is **purity**: of the analysis's groups that span two or more articles
 * and hold a version of a labelled remark, the share whose every occurrence is a version of that
 * same remark. Recall is **completeness**: of the labelled versions, the share that sit in the
 * one group holding the most versions of their remark (when it holds two or more).
 */
export function scoreQuoteGroups(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const groupsOf = output.quotes.map((cluster) =>
    cluster.occurrences.map((occurrence) => groupOf(occurrence, truth)),
  )
  output.quotes.forEach((cluster, index) => {
    const groups = groupsOf[index] ?? []
    const files = new Set(cluster.occurrences.map((occurrence) => occurrence.file))
    if (files.size < 2 || groups.every((group) => group < 0)) return
    measure.precision.total += 1
    const first = groups[0] ?? -1
    if (groups.every((group) => group === first)) {
      measure.precision.right += 1
      return
    }
    const parts = cluster.occurrences.map(
      (occurrence, at) => `${occurrence.file} → ${label(truth, groups[at] ?? -1)}`,
    )
    measure.wrong.push(`group mixes remarks: ${parts.join('; ')}`)
  })
  truth.quotes.forEach((quote, groupIndex) => {
    const held = output.quotes.map((cluster, clusterIndex) =>
      quote.variants.filter((variant) =>
        cluster.occurrences.some(
          (occurrence, at) =>
            groupsOf[clusterIndex]?.[at] === groupIndex && sameSpot(occurrence, variant),
        ),
      ),
    )
    const best = held.reduce<Located[]>(
      (most, list) => (list.length > most.length ? list : most),
      [],
    )
    const together = best.length >= 2 ? best : []
    measure.recall.total += quote.variants.length
    measure.recall.right += together.length
    for (const variant of quote.variants) {
      if (!together.includes(variant)) {
        measure.missed.push(
          `${variant.file}: “${clip(variant.text, 70)}” not with its other versions`,
        )
      }
    }
  })
  return measure
}

/**
 * Speakers, version by version of each labelled remark: the analysis's speaker for a version is
 * that of the occurrence sharing the most words with it. Precision: of the versions given a
 * speaker, the share whose speaker names the labelled one ({@link sameName}; a speaker given
 * where the label has none is wrong). Recall: of the versions whose speaker is knowable (the
 * label names one), the share given the right one.
 */
export function scoreSpeakers(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const occurrences = output.quotes.flatMap((cluster) => cluster.occurrences)
  for (const quote of truth.quotes) {
    for (const variant of quote.variants) {
      const speaker = bestMatch(variant, occurrences)?.speaker ?? null
      const right = speaker !== null && quote.speaker !== null && sameName(speaker, quote.speaker)
      if (speaker !== null) {
        measure.precision.total += 1
        if (right) measure.precision.right += 1
        else {
          measure.wrong.push(
            `${variant.file}: “${clip(variant.text, 50)}” given ${speaker}, labelled ${quote.speaker ?? '(unknown)'}`,
          )
        }
      }
      if (quote.speaker !== null) {
        measure.recall.total += 1
        if (right) measure.recall.right += 1
        else if (speaker === null) {
          measure.missed.push(
            `${variant.file}: “${clip(variant.text, 50)}” has no speaker, labelled ${quote.speaker}`,
          )
        }
      }
    }
  }
  return measure
}
