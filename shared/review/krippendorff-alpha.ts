import { checkMatrix } from './reliability-data'

/**
 * Krippendorff's alpha for nominal labels, any number of coders and missing values, computed by
 * the coincidence-matrix method of Krippendorff, K. (2011), "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania
 * (https://repository.upenn.edu/asc_papers/43), section C:
 *
 * - `data[coder][unit]` holds a label, or `null` where the coder did not code the unit;
 * - a unit u with m_u ≥ 2 values adds, for every ordered pair of its values (c, k) given by two
 *   different coders, 1 / (m_u − 1) to the coincidence o_ck; units with fewer than two values are
 *   not pairable and are dropped;
 * - n_c = Σ_k o_ck is how often c was used in pairable units, n = Σ_c n_c;
 * - with the nominal difference δ(c, k) = [c ≠ k],
 *
 *     α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.
 *
 * Σ_{c≠k} o_ck is summed as Σ_m (Σ_{u: m_u = m} (m_u² − Σ_c n_uc²)) / (m − 1) and
 * Σ_{c≠k} n_c n_k as n² − Σ_c n_c², on integer counts, so the result does not depend on the order
 * of coders, units or labels, nor on the labels' names.
 *
 * For two coders with no missing values over N units, α = π + (1 − π) / 2N exactly, where π is
 * Scott's pi (chance agreement from the pooled label frequencies): α is Scott's pi corrected for
 * the small sample. It differs from `cohensKappa`, whose chance agreement uses each coder's own
 * frequencies.
 *
 * α is 1 for perfect agreement, 0 when coders agree as if by chance, and negative when they
 * disagree systematically.
 *
 * Degenerate cases:
 * - no pairable value (no unit coded by two coders, fewer than two coders) → `NaN`;
 * - every pairable value is the same label: D_o = D_e = 0 and α = 0/0. Krippendorff holds that
 *   such data are uninformative, since agreement on one value cannot show that coders can tell
 *   values apart, and leaves α undefined (Krippendorff, K. 2004, "Content Analysis: An
 *   Introduction to Its Methodology", 2nd ed., chapter 11), so this returns `NaN`, not 1.
 *   (`cohensKappa` returns 1 for the same data.)
 *
 * @throws RangeError (message starting 'krippendorffAlpha:') if the coders' rows differ in length.
 * @throws TypeError if an entry is neither a string nor `null`.
 */
export function krippendorffAlpha(data: readonly (readonly (string | null)[])[]): number {
  checkMatrix('krippendorffAlpha', data)
  const units = data[0]?.length ?? 0
  const labelTotals = new Map<string, number>()
  /** For each number m of values in a unit: Σ (m² − Σ_c n_uc²) over units with m values. */
  const disagreeingPairs = new Map<number, number>()
  const counts = new Map<string, number>()
  let pairable = 0
  for (let unit = 0; unit < units; unit += 1) {
    counts.clear()
    let values = 0
    for (const row of data) {
      const value = row[unit]!
      if (value === null) continue
      counts.set(value, (counts.get(value) ?? 0) + 1)
      values += 1
    }
    if (values < 2) continue
    pairable += values
    let agreeingPairs = 0
    for (const [label, count] of counts) {
      agreeingPairs += count * count
      labelTotals.set(label, (labelTotals.get(label) ?? 0) + count)
    }
    disagreeingPairs.set(
      values,
      (disagreeingPairs.get(values) ?? 0) + values * values - agreeingPairs,
    )
  }
  if (pairable === 0) return Number.NaN
  let expected = pairable * pairable
  for (const total of labelTotals.values()) expected -= total * total
  if (expected === 0) return Number.NaN
  let observed = 0
  for (const values of [...disagreeingPairs.keys()].sort((x, y) => x - y)) {
    observed += disagreeingPairs.get(values)! / (values - 1)
  }
  return 1 - ((pairable - 1) * observed) / expected
}
