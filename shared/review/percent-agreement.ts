import { checkMatrix, checkPair } from './reliability-data'

/**
 * Percent agreement of two coders: the share of units that both coded to which they gave the same
 * label, `p_o = agreements / units`, as a proportion in [0, 1] (multiply by 100 to show a
 * percentage). Units where either value is `null` (not coded) are left out.
 *
 * Not corrected for chance: two coders who label 90% of sentences 'none' agree on about 82% of
 * them by chance alone. Read it beside `cohensKappa` and `krippendorffAlpha`.
 *
 * Degenerate case: no unit coded by both → `NaN` (nothing to agree on).
 *
 * @throws RangeError (message starting 'percentAgreement:') if `a` and `b` differ in length.
 * @throws TypeError if an entry is neither a string nor `null`.
 */
export function percentAgreement(
  a: readonly (string | null)[],
  b: readonly (string | null)[],
): number {
  checkPair('percentAgreement', a, b)
  let units = 0
  let agreements = 0
  for (let unit = 0; unit < a.length; unit += 1) {
    const left = a[unit]!
    const right = b[unit]!
    if (left === null || right === null) continue
    units += 1
    if (left === right) agreements += 1
  }
  return units === 0 ? Number.NaN : agreements / units
}

/**
 * Percent agreement of any number of coders (`data[coder][unit]`, `null` where a coder did not
 * code a unit), as the pairwise mean: over every pair of coders and every unit both of them coded,
 * the share of those comparisons where the two labels are the same,
 *
 *   P = Σ_u Σ_{i<j, both coded u} [x_iu = x_ju]  /  Σ_u #{i<j : both coded u},
 *
 * a proportion in [0, 1]. Each pair of coders thus weighs by the number of units it shares, and
 * units coded by fewer than two coders do not count. For two coders it is `percentAgreement(a,
 * b)`; with no missing values it is also the plain mean of the pairwise percent agreements over
 * all pairs of coders, and the mean over units of the share of agreeing pairs (Fleiss's P̄).
 *
 * Degenerate case: no unit coded by two coders (including fewer than two coders) → `NaN`.
 *
 * @throws RangeError (message starting 'pairwiseAgreement:') if the coders' rows differ in length.
 * @throws TypeError if an entry is neither a string nor `null`.
 */
export function pairwiseAgreement(data: readonly (readonly (string | null)[])[]): number {
  checkMatrix('pairwiseAgreement', data)
  const units = data[0]?.length ?? 0
  let pairs = 0
  let agreeing = 0
  const counts = new Map<string, number>()
  for (let unit = 0; unit < units; unit += 1) {
    counts.clear()
    let coded = 0
    for (const row of data) {
      const value = row[unit]!
      if (value === null) continue
      counts.set(value, (counts.get(value) ?? 0) + 1)
      coded += 1
    }
    pairs += (coded * (coded - 1)) / 2
    for (const count of counts.values()) agreeing += (count * (count - 1)) / 2
  }
  return pairs === 0 ? Number.NaN : agreeing / pairs
}
