import type { EvalOutput } from './eval-output'
import { mostlyCovered, touches, type Span } from './spans'
import { clip, emptyMeasure, type Measure } from './tally'
import type { LocatedTruth } from './truth'

/** How far apart (characters) two ends of a cut-off sentence may be and still be the same cut. */
const CUT_SLACK = 3

/** Whether `finding` marks the same cut as the labelled cut-off `piece`: it ends where it ends. */
function sameCut(finding: Span, piece: Span & { kind: string }): boolean {
  return (
    piece.kind === 'cut-off' &&
    touches(finding, piece) &&
    Math.abs(finding.end - piece.end) <= CUT_SLACK
  )
}

/**
 * Debris. A finding is right when at least half of it lies on labelled debris, or when it ends
 * where a labelled cut-off ends (labels give a cut sentence whole or from its last clause; where
 * the cut is is what counts). A labelled piece is found when at least half of it lies under
 * findings, or (a cut-off) when a finding ends where it ends. Precision: right findings over
 * findings. Recall: found pieces over labelled pieces.
 */
export function scoreDebris(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  for (const finding of output.debris) {
    measure.precision.total += 1
    if (
      mostlyCovered(finding, truth.debris) ||
      truth.debris.some((piece) => sameCut(finding, piece))
    ) {
      measure.precision.right += 1
    } else measure.wrong.push(`${finding.file}: ${finding.kind} “${clip(finding.text, 70)}”`)
  }
  for (const piece of truth.debris) {
    measure.recall.total += 1
    if (
      mostlyCovered(piece, output.debris) ||
      output.debris.some((finding) => sameCut(finding, piece))
    ) {
      measure.recall.right += 1
    } else measure.missed.push(`${piece.file}: ${piece.kind} “${clip(piece.text, 70)}”`)
  }
  return measure
}
