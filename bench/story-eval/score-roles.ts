import type { EvalOutput } from './eval-output'
import { sameName } from './names'
import { sameSpot } from './spans'
import { clip, emptyMeasure, type Measure } from './tally'
import type { LocatedTruth } from './truth'

/**
 * Role conflicts. A role comparison the analysis flags is **right** when it is about a labelled
 * role with `conflict: true`: its person names the labelled person ({@link sameName}) or one of
 * its passages is a labelled claim of it. Precision: right flagged comparisons over flagged ones.
 * Recall: labelled role conflicts that some right comparison shows, over all of them.
 */
export function scoreRoleConflicts(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const found = new Set<number>()
  for (const role of output.roles) {
    if (!role.conflict) continue
    measure.precision.total += 1
    const index = truth.roles.findIndex(
      (labelled) =>
        labelled.conflict &&
        (sameName(role.person, labelled.person) ||
          role.values.some((value) => labelled.claims.some((claim) => sameSpot(value, claim)))),
    )
    if (index >= 0) {
      measure.precision.right += 1
      found.add(index)
    } else {
      const values = role.values.map((value) => `${value.file} “${clip(value.text, 40)}”`)
      measure.wrong.push(`role conflict on ${role.person}: ${values.join('; ')}`)
    }
  }
  truth.roles.forEach((role, index) => {
    if (!role.conflict) return
    measure.recall.total += 1
    if (found.has(index)) measure.recall.right += 1
    else measure.missed.push(`role conflict not found: ${role.person}`)
  })
  return measure
}
