import { checkPair } from './reliability-data'

/**
 * How two coders' labels cross: `counts[row][column]` is the number of units coder `a` labelled
 * `labels[row]` and coder `b` labelled `labels[column]`. The diagonal holds the agreements.
 */
export interface ConfusionMatrix<Label extends string = string> {
  /** The labels, in the order of both the rows and the columns. */
  labels: Label[]
  /** Unit counts: rows are coder `a`'s labels, columns coder `b`'s. */
  counts: number[][]
}

/**
 * The confusion matrix of two codings of the same units: rows are coder `a`'s labels, columns
 * coder `b`'s, both in the order of `labels` (so a label nobody used still gets its row and column
 * of zeros). Units where either value is `null` (not coded) are left out; the counts add up to the
 * number of units both coded.
 *
 * @throws RangeError (message starting 'confusionMatrix:') if `a` and `b` differ in length, if
 *   `labels` repeats a label, or if a coded value is not one of `labels`.
 * @throws TypeError if an entry is neither a string nor `null`.
 */
export function confusionMatrix<Label extends string>(
  a: readonly (Label | null)[],
  b: readonly (Label | null)[],
  labels: readonly Label[],
): ConfusionMatrix<Label> {
  checkPair('confusionMatrix', a, b)
  const index = new Map<string, number>()
  for (const label of labels) {
    if (index.has(label)) throw new RangeError(`confusionMatrix: label '${label}' is listed twice`)
    index.set(label, index.size)
  }
  const counts = labels.map(() => labels.map(() => 0))
  for (let unit = 0; unit < a.length; unit += 1) {
    const left = a[unit]!
    const right = b[unit]!
    if (left === null || right === null) continue
    counts[position(index, left, 'a', unit)]![position(index, right, 'b', unit)]! += 1
  }
  return { labels: [...labels], counts }
}

function position(index: Map<string, number>, label: string, coder: string, unit: number): number {
  const found = index.get(label)
  if (found === undefined) {
    throw new RangeError(
      `confusionMatrix: coder ${coder}'s label '${label}' for unit ${unit} is not among the labels [${[...index.keys()].join(', ')}]`,
    )
  }
  return found
}
