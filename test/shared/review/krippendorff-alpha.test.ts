import { describe, expect, it } from 'vitest'
import { krippendorffAlpha } from '../../../shared/review/agreement'

const _ = null

describe('krippendorffAlpha', () => {
  it("gives 0.743 on Krippendorff's nominal example with 4 coders, 12 units and missing values", () => {
    // Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", example C.
    // Unit 12 has a single value and is not pairable, leaving n = 40 pairable values:
    //   n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3; Σ n_c² = 81 + 169 + 100 + 25 + 9 = 384,
    //   so Σ_{c≠k} n_c n_k = 40² − 384 = 1216.
    // Disagreeing units (m_u values, m_u² − Σ n_uc² ordered disagreeing pairs, / (m_u − 1)):
    //   unit 2 {2, 2, 3, 2}: (16 − 10) / 3 = 2; unit 6 {1, 2, 3, 4}: (16 − 4) / 3 = 4;
    //   unit 8 {1, 1, 2, 1}: (16 − 10) / 3 = 2; Σ_{c≠k} o_ck = 8.
    // α = 1 − (40 − 1) · 8 / 1216 = 1 − 312 / 1216 = 113 / 152 = 0.7434 (the paper's 0.743).
    const data = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ]
    expect(krippendorffAlpha(data)).toBeCloseTo(113 / 152, 12)
    expect(krippendorffAlpha(data)).toBeCloseTo(0.743, 3)
  })

  it("gives 0.095 on Krippendorff's binary example with 2 coders and 10 units", () => {
    // Krippendorff (2011), example A. Coincidences: o_00 = 10, o_01 = o_10 = 4, o_11 = 2;
    // n_0 = 14, n_1 = 6, n = 20. α = 1 − (20 − 1) · 4 / (14 · 6) = 1 − 76/84 = 2/21 = 0.0952.
    const data = [
      ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
      ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
    ]
    expect(krippendorffAlpha(data)).toBeCloseTo(2 / 21, 12)
    expect(krippendorffAlpha(data)).toBeCloseTo(0.095, 3)
  })

  it('is negative for systematic disagreement', () => {
    // o_AB = o_BA = 2, n_A = n_B = 2, n = 4: α = 1 − 3 · 2 / (2 · 2) = −0.5.
    expect(
      krippendorffAlpha([
        ['A', 'B'],
        ['B', 'A'],
      ]),
    ).toBe(-0.5)
  })

  it('drops units with fewer than two values and coders who coded nothing', () => {
    const data = [
      ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
      ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
    ]
    const padded = [
      [...data[0]!, 'x', _],
      [...data[1]!, _, 'y'],
      Array.from({ length: 12 }, () => _),
    ]
    expect(krippendorffAlpha(padded)).toBe(krippendorffAlpha(data))
  })

  it('is NaN with no pairable value, or when every pairable value is one label', () => {
    expect(krippendorffAlpha([])).toBeNaN()
    expect(krippendorffAlpha([['x', 'y']])).toBeNaN()
    expect(
      krippendorffAlpha([
        ['x', _],
        [_, 'y'],
      ]),
    ).toBeNaN()
    // Krippendorff: no variation, nothing to show that coders tell labels apart (0/0).
    expect(
      krippendorffAlpha([
        ['none', 'none', 'x'],
        ['none', 'none', _],
      ]),
    ).toBeNaN()
  })

  it('throws a precise RangeError when coders code different numbers of units', () => {
    expect(() =>
      krippendorffAlpha([
        ['x', 'y'],
        ['x', 'y', 'z'],
      ]),
    ).toThrow(RangeError)
    expect(() =>
      krippendorffAlpha([
        ['x', 'y'],
        ['x', 'y', 'z'],
      ]),
    ).toThrow(
      'krippendorffAlpha: every coder must code the same units, coder 0 has 2 values and coder 1 has 3',
    )
  })

  it('throws a TypeError on a value that is neither a label nor null', () => {
    const data = [
      ['x', 'y'],
      ['x', 3 as unknown as string],
    ]
    expect(() => krippendorffAlpha(data)).toThrow(TypeError)
    expect(() => krippendorffAlpha(data)).toThrow(
      "krippendorffAlpha: coder 1's value for unit 1 must be a label or null, got 3",
    )
  })
})
