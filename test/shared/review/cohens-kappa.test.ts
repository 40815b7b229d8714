import { describe, expect, it } from 'vitest'
import { cohensKappa } from '../../../shared/review/agreement'

/** Units of a square table of counts, `table[row][column]`: coder a gives `labels[row]`. */
function fromTable(labels: string[], table: number[][]): [string[], string[]] {
  const a: string[] = []
  const b: string[] = []
  table.forEach((row, r) =>
    row.forEach((count, c) => {
      for (let unit = 0; unit < count; unit += 1) {
        a.push(labels[r]!)
        b.push(labels[c]!)
      }
    }),
  )
  return [a, b]
}

describe('cohensKappa', () => {
  it("gives 0.4 on Wikipedia's worked example (50 grant proposals, yes/no)", () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa, "Simple example": A and B both say yes to
    // 20 proposals, A yes / B no 5, A no / B yes 10, both no 15.
    // p_o = (20 + 15) / 50 = 0.7; A says yes 25/50 = 0.5, B 30/50 = 0.6;
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const [a, b] = fromTable(
      ['yes', 'no'],
      [
        [20, 5],
        [10, 15],
      ],
    )
    expect(a).toHaveLength(50)
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 12)
  })

  it('gives 0.68 on the three-category diagnosis example of Fleiss, Levin and Paik', () => {
    // Fleiss, J. L., Levin, B. & Paik, M. C. (2003), Statistical Methods for Rates and
    // Proportions, 3rd ed., Wiley, chapter 18 (chapter 13 in Fleiss's 2nd ed., 1981): two raters
    // diagnose 100 subjects as psychotic, neurotic or organic. Proportions (rows rater A,
    // columns rater B):
    //              psychotic neurotic organic | A
    //   psychotic     .75      .01     .04    | .80
    //   neurotic      .05      .04     .01    | .10
    //   organic       .00      .00     .10    | .10
    //   B             .80      .05     .15
    // p_o = .75 + .04 + .10 = .89; p_e = .80·.80 + .10·.05 + .10·.15 = .64 + .005 + .015 = .66;
    // κ = (.89 − .66) / (1 − .66) = .23 / .34 = 0.6765 (the book's .68).
    const [a, b] = fromTable(
      ['psychotic', 'neurotic', 'organic'],
      [
        [75, 1, 4],
        [5, 4, 1],
        [0, 0, 10],
      ],
    )
    expect(cohensKappa(a, b)).toBeCloseTo(0.23 / 0.34, 12)
    expect(cohensKappa(a, b)).toBeCloseTo(0.68, 2)
  })

  it("gives 1/11 on Krippendorff's binary example, unlike alpha's 0.095", () => {
    // Krippendorff (2011), example A. A uses 0 on 8 of 10 units, B on 6: p_o = 6/10,
    // p_e = .8·.6 + .2·.4 = .56, κ = .04 / .44 = 1/11 = 0.0909.
    const a = ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0']
    const b = ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0']
    expect(cohensKappa(a, b)).toBeCloseTo(1 / 11, 12)
  })

  it('is negative for systematic disagreement and 0 at chance level', () => {
    expect(cohensKappa(['x', 'y'], ['y', 'x'])).toBe(-1)
    // p_o = 1/2; p_e = (1/2)(1/2) + (1/2)(1/2) = 1/2.
    expect(cohensKappa(['x', 'x', 'y', 'y'], ['x', 'y', 'x', 'y'])).toBe(0)
  })

  it('leaves out units either coder did not code', () => {
    const withGaps = cohensKappa(['x', null, 'y', 'x', 'z'], ['x', 'y', null, 'y', null])
    expect(withGaps).toBe(cohensKappa(['x', 'x'], ['x', 'y']))
    // Coded pairs (x, x), (x, y): p_o = 1/2, p_e = 1·(1/2) = 1/2, κ = 0.
    expect(withGaps).toBe(0)
  })

  it('is NaN with no unit coded by both, and 1 when both use one and the same label', () => {
    expect(cohensKappa([], [])).toBeNaN()
    expect(cohensKappa(['x', null], [null, 'y'])).toBeNaN()
    expect(cohensKappa(['none', 'none', 'none'], ['none', 'none', 'none'])).toBe(1)
    // One label each, but different ones: p_o = 0, p_e = 0, κ = 0.
    expect(cohensKappa(['x', 'x'], ['y', 'y'])).toBe(0)
  })

  it('throws a precise RangeError on codings of different lengths', () => {
    expect(() => cohensKappa(['x', 'y'], ['x'])).toThrow(RangeError)
    expect(() => cohensKappa(['x', 'y'], ['x'])).toThrow(
      'cohensKappa: the two codings must cover the same units, got 2 and 1 values',
    )
  })

  it('throws a TypeError on a value that is neither a label nor null', () => {
    const sparse = ['x', 'y']
    delete sparse[1]
    expect(() => cohensKappa(['x', 'y'], sparse)).toThrow(
      "cohensKappa: b's value for unit 1 must be a label or null, got undefined",
    )
  })
})
