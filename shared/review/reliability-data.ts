/**
 * Run-time checks shared by the agreement statistics. Reliability data are labels (any string)
 * with `null` where a coder did not code a unit; TypeScript types vanish at run time and a sparse
 * or ragged array would otherwise be read as missing values without a word.
 */

/**
 * Checks two codings of the same units: equal lengths, and every entry a string or `null`.
 *
 * @throws RangeError (message starting with `statistic`) when the lengths differ.
 * @throws TypeError when an entry is neither a string nor `null` (a hole reads as `undefined`).
 */
export function checkPair(
  statistic: string,
  a: readonly (string | null)[],
  b: readonly (string | null)[],
): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${statistic}: the two codings must cover the same units, got ${a.length} and ${b.length} values`,
    )
  }
  checkValues(statistic, 'a', a)
  checkValues(statistic, 'b', b)
}

/**
 * Checks reliability data `data[coder][unit]`: every coder codes the same number of units, and
 * every entry is a string or `null`.
 *
 * @throws RangeError (message starting with `statistic`) when the coders' rows differ in length.
 * @throws TypeError when a row is not an array or an entry is neither a string nor `null`.
 */
export function checkMatrix(
  statistic: string,
  data: readonly (readonly (string | null)[])[],
): void {
  const units = data[0]?.length ?? 0
  for (let coder = 0; coder < data.length; coder += 1) {
    const row = data[coder]
    if (!Array.isArray(row)) {
      throw new TypeError(`${statistic}: coder ${coder} has no array of values`)
    }
    if (row.length !== units) {
      throw new RangeError(
        `${statistic}: every coder must code the same units, coder 0 has ${units} values and coder ${coder} has ${row.length}`,
      )
    }
    checkValues(statistic, `coder ${coder}`, row)
  }
}

function checkValues(statistic: string, coder: string, values: readonly (string | null)[]): void {
  for (let unit = 0; unit < values.length; unit += 1) {
    const value: unknown = values[unit]
    if (value !== null && typeof value !== 'string') {
      throw new TypeError(
        `${statistic}: ${coder}'s value for unit ${unit} must be a label or null, got ${String(value)}`,
      )
    }
  }
}
