import { checkPair } from './reliability-data'

/**
 * Cohen's kappa for two coders on nominal labels (Cohen, J. 1960, "A coefficient of agreement for
 * nominal scales", Educational and Psychological Measurement 20(1), 37–46):
 *
 *   κ = (p_o − p_e) / (1 − p_e),   p_o = Σ_c n_cc / N,   p_e = Σ_c (n_c· / N)(n_·c / N),
 *
 * where N is the number of units both coded, n_cc those both labelled c, and n_c· and n_·c how
 * often coder `a` and coder `b` used c. Chance agreement p_e uses each coder's own label
 * frequencies (Scott's pi and Krippendorff's alpha pool them instead), so κ ≥ π always. Computed
 * as (N·Σ n_cc − Σ n_c·n_·c) / (N² − Σ n_c·n_·c) on integer counts: exactly symmetric in `a` and
 * `b` and unchanged by renaming labels.
 *
 * Units where either value is `null` (not coded) are left out, as in the pairwise deletion of
 * most statistics packages.
 *
 * Degenerate cases:
 * - no unit coded by both → `NaN` (undefined: no data);
 * - p_e = 1, which happens only when both coders gave every unit one and the same label, so that
 *   p_o = 1 too: the formula reads 0/0, and this returns 1 (perfect observed agreement). Note
 *   that `krippendorffAlpha` returns `NaN` for the same data, following Krippendorff.
 *
 * κ is 1 for perfect agreement, 0 for agreement at chance level and negative below it.
 *
 * @throws RangeError (message starting 'cohensKappa:') if `a` and `b` differ in length.
 * @throws TypeError if an entry is neither a string nor `null`.
 */
export function cohensKappa(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  checkPair('cohensKappa', a, b)
  let units = 0
  let agreements = 0
  const rowTotals = new Map<string, number>()
  const columnTotals = new Map<string, number>()
  for (let unit = 0; unit < a.length; unit += 1) {
    const left = a[unit]!
    const right = b[unit]!
    if (left === null || right === null) continue
    units += 1
    if (left === right) agreements += 1
    rowTotals.set(left, (rowTotals.get(left) ?? 0) + 1)
    columnTotals.set(right, (columnTotals.get(right) ?? 0) + 1)
  }
  if (units === 0) return Number.NaN
  let chance = 0
  for (const [label, count] of rowTotals) chance += count * (columnTotals.get(label) ?? 0)
  const squared = units * units
  if (chance === squared) return 1
  return (units * agreements - chance) / (squared - chance)
}
