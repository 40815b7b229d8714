import { describe, expect, it } from 'vitest'
import { pairwiseAgreement, percentAgreement } from '../../../shared/review/agreement'

const _ = null

describe('percentAgreement', () => {
  it('is the share of units both coded on which the labels are the same', () => {
    // Wikipedia's kappa example: 20 + 15 agreements out of 50.
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')] as string[]
    const b = [
      ...Array(20).fill('yes'),
      ...Array(5).fill('no'),
      ...Array(10).fill('yes'),
      ...Array(15).fill('no'),
    ] as string[]
    expect(percentAgreement(a, b)).toBe(0.7)
  })

  it('leaves out units either coder did not code, and is NaN when none is left', () => {
    expect(percentAgreement(['x', 'y', _, 'z'], ['x', 'x', 'y', _])).toBe(0.5)
    expect(percentAgreement([_, 'x'], ['y', _])).toBeNaN()
    expect(percentAgreement([], [])).toBeNaN()
  })

  it('throws a precise RangeError on codings of different lengths', () => {
    expect(() => percentAgreement(['x'], [])).toThrow(
      'percentAgreement: the two codings must cover the same units, got 1 and 0 values',
    )
  })
})

describe('pairwiseAgreement', () => {
  it("is the pairwise mean on Krippendorff's 4-coder example with missing values", () => {
    // Krippendorff (2011), example C. Per unit: pairs of coders who both coded it, and how many
    // of them agree: u1 3/3, u2 {2,2,3,2} 3/6, u3 6/6, u4 6/6, u5 6/6, u6 {1,2,3,4} 0/6,
    // u7 6/6, u8 {1,1,2,1} 3/6, u9 6/6, u10 3/3, u11 1/1, u12 (one value) 0/0.
    // Σ agreeing = 43, Σ pairs = 55: P = 43/55 = 0.7818.
    const data = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ]
    expect(pairwiseAgreement(data)).toBeCloseTo(43 / 55, 12)
  })

  it('is the mean of the pairwise percent agreements when nothing is missing', () => {
    const a = ['x', 'y', 'y', 'z']
    const b = ['x', 'y', 'z', 'z']
    const c = ['y', 'y', 'z', 'x']
    const mean = (percentAgreement(a, b) + percentAgreement(a, c) + percentAgreement(b, c)) / 3
    // (3/4 + 1/4 + 2/4) / 3 = 1/2
    expect(mean).toBe(0.5)
    expect(pairwiseAgreement([a, b, c])).toBe(0.5)
  })

  it('weighs each pair of coders by the units they share', () => {
    // a–b share unit 0 and agree on it (100%); a–c share units 1–3 and disagree on all (0%).
    // Pooled over comparisons: 1 / 4, where the plain mean over pairs would be 1/2.
    const data = [
      ['x', 'x', 'x', 'x'],
      ['x', _, _, _],
      [_, 'y', 'y', 'y'],
    ]
    expect(pairwiseAgreement(data)).toBe(0.25)
  })

  it('is NaN with fewer than two coders or no unit coded by two', () => {
    expect(pairwiseAgreement([])).toBeNaN()
    expect(pairwiseAgreement([['x', 'y']])).toBeNaN()
    expect(
      pairwiseAgreement([
        ['x', _],
        [_, 'y'],
      ]),
    ).toBeNaN()
  })

  it('throws a precise RangeError on ragged data', () => {
    expect(() => pairwiseAgreement([['x'], ['x'], []])).toThrow(
      'pairwiseAgreement: every coder must code the same units, coder 0 has 1 values and coder 2 has 0',
    )
  })
})
