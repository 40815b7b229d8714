/**
 * Properties of the agreement statistics on random codings, each checked against a direct
 * transcription of its textbook definition.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cohensKappa,
  krippendorffAlpha,
  pairwiseAgreement,
  percentAgreement,
} from '../../../shared/review/agreement'

type Value = string | null

const LABELS = ['none', 'quote', 'claim', 'disputed', 'context']
const label = fc.constantFrom(...LABELS)
/** A label, or `null` (not coded) one time in four. */
const value = fc.option(label, { freq: 4 })

const codings = <T extends Value>(units: number, coders: number, values: fc.Arbitrary<T>) =>
  fc.array(fc.array(values, { minLength: units, maxLength: units }), {
    minLength: coders,
    maxLength: coders,
  })

/** Reliability data `data[coder][unit]`: 1–5 coders, 0–30 units, some values missing. */
const reliabilityData = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 30 }))
  .chain(([coders, units]) => codings(units, coders, value))

/** Two codings of the same 0–40 units, some values missing. */
const pair = fc
  .integer({ min: 0, max: 40 })
  .chain((units) => codings(units, 2, value))
  .map(([a, b]) => [a!, b!] as const)

/** Two complete codings of the same 1–40 units. */
const completePair = fc
  .integer({ min: 1, max: 40 })
  .chain((units) => codings(units, 2, label))
  .map(([a, b]) => [a!, b!] as const)

const permutation = (length: number) =>
  fc.shuffledSubarray(
    Array.from({ length }, (_, index) => index),
    { minLength: length, maxLength: length },
  )

/** A renaming of LABELS onto other names, one to one. */
const renaming = fc
  .shuffledSubarray(['p', 'q', 'r', 's', 't'], { minLength: 5, maxLength: 5 })
  .map((names) => new Map(LABELS.map((name, index) => [name, names[index]!])))

const rename = (values: readonly Value[], names: Map<string, string>) =>
  values.map((entry) => (entry === null ? null : names.get(entry)!))

/** Cohen's kappa as Cohen (1960) writes it: p_o and p_e as proportions. */
function kappaByDefinition(a: readonly Value[], b: readonly Value[]): number {
  const units = a.flatMap((left, unit) => {
    const right = b[unit]!
    return left === null || right === null ? [] : [[left, right] as const]
  })
  if (units.length === 0) return Number.NaN
  const share = (test: (unit: readonly [string, string]) => boolean) =>
    units.filter(test).length / units.length
  const observed = share(([left, right]) => left === right)
  let chance = 0
  for (const name of LABELS) {
    chance += share(([left]) => left === name) * share(([, right]) => right === name)
  }
  if (chance === 1) return 1
  return (observed - chance) / (1 - chance)
}

/** Krippendorff's alpha (nominal) as Krippendorff (2011) computes it: the coincidence matrix. */
function alphaByDefinition(data: readonly (readonly Value[])[]): number {
  const index = new Map(LABELS.map((name, position) => [name, position]))
  const coincidences = LABELS.map(() => LABELS.map(() => 0))
  const units = data[0]?.length ?? 0
  for (let unit = 0; unit < units; unit += 1) {
    const values = data.map((row) => row[unit]!).filter((entry) => entry !== null)
    if (values.length < 2) continue
    values.forEach((c, i) =>
      values.forEach((k, j) => {
        if (i !== j) coincidences[index.get(c)!]![index.get(k)!]! += 1 / (values.length - 1)
      }),
    )
  }
  const totals = coincidences.map((row) => row.reduce((sum, count) => sum + count, 0))
  const n = totals.reduce((sum, count) => sum + count, 0)
  if (n === 0) return Number.NaN
  let observed = 0
  let expected = 0
  LABELS.forEach((_, c) =>
    LABELS.forEach((_, k) => {
      if (c === k) return
      observed += coincidences[c]![k]! / n
      expected += (totals[c]! * totals[k]!) / (n * (n - 1))
    }),
  )
  return expected === 0 ? Number.NaN : 1 - observed / expected
}

/** Scott's pi: chance agreement from the two coders' pooled label frequencies. */
function scottsPi(a: readonly string[], b: readonly string[]): number {
  const observed = a.filter((left, unit) => left === b[unit]).length / a.length
  let chance = 0
  for (const name of LABELS) {
    const pooled = [...a, ...b].filter((entry) => entry === name).length / (2 * a.length)
    chance += pooled * pooled
  }
  return (observed - chance) / (1 - chance)
}

/** Either both NaN or within 1e-12. */
function expectSame(actual: number, expected: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN()
  else expect(actual).toBeCloseTo(expected, 12)
}

describe('agreement statistics (properties)', () => {
  it("cohensKappa is Cohen's (p_o − p_e) / (1 − p_e)", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expectSame(cohensKappa(a, b), kappaByDefinition(a, b))
      }),
    )
  })

  it("krippendorffAlpha is Krippendorff's coincidence-matrix alpha", () => {
    fc.assert(
      fc.property(reliabilityData, (data) =>
        expectSame(krippendorffAlpha(data), alphaByDefinition(data)),
      ),
    )
  })

  it('are 1 on identical codings that use at least two labels', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.integer({ min: 2, max: 5 }),
        (coding, copies) => {
          fc.pre(new Set(coding.filter((entry) => entry !== null)).size >= 2)
          expect(cohensKappa(coding, coding)).toBe(1)
          expect(krippendorffAlpha(Array.from({ length: copies }, () => coding))).toBe(1)
          expect(percentAgreement(coding, coding)).toBe(1)
        },
      ),
    )
  })

  it('are symmetric in the two coders', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(cohensKappa(a, b)).toBe(cohensKappa(b, a))
        expect(krippendorffAlpha([a, b])).toBe(krippendorffAlpha([b, a]))
        expect(percentAgreement(a, b)).toBe(percentAgreement(b, a))
      }),
    )
  })

  it('alpha and pairwise agreement do not depend on the order of coders or units', () => {
    const shuffled = reliabilityData.chain((data) =>
      fc.tuple(fc.constant(data), permutation(data.length), permutation(data[0]!.length)),
    )
    fc.assert(
      fc.property(shuffled, ([data, coders, units]) => {
        const reordered = coders.map((coder) => units.map((unit) => data[coder]![unit]!))
        expect(krippendorffAlpha(reordered)).toBe(krippendorffAlpha(data))
        expect(pairwiseAgreement(reordered)).toBe(pairwiseAgreement(data))
      }),
    )
  })

  it('do not depend on what the labels are called', () => {
    fc.assert(
      fc.property(reliabilityData, renaming, (data, names) => {
        const renamed = data.map((row) => rename(row, names))
        expect(krippendorffAlpha(renamed)).toBe(krippendorffAlpha(data))
        expect(pairwiseAgreement(renamed)).toBe(pairwiseAgreement(data))
      }),
    )
    fc.assert(
      fc.property(pair, renaming, ([a, b], names) => {
        expect(cohensKappa(rename(a, names), rename(b, names))).toBe(cohensKappa(a, b))
      }),
    )
  })

  it("for two complete codings of N units, alpha is Scott's pi corrected: π + (1 − π) / 2N", () => {
    fc.assert(
      fc.property(completePair, ([a, b]) => {
        fc.pre(new Set([...a, ...b]).size >= 2)
        const pi = scottsPi(a, b)
        expect(krippendorffAlpha([a, b])).toBeCloseTo(pi + (1 - pi) / (2 * a.length), 12)
        // Kappa's chance agreement (own marginals) never exceeds pi's (pooled ones).
        expect(cohensKappa(a, b)).toBeGreaterThanOrEqual(pi - 1e-12)
      }),
    )
  })

  it('stay within their ranges', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const kappa = cohensKappa(a, b)
        const agreement = percentAgreement(a, b)
        if (!Number.isNaN(kappa)) {
          expect(kappa).toBeLessThanOrEqual(1)
          expect(kappa).toBeGreaterThanOrEqual(-1)
        }
        if (!Number.isNaN(agreement)) {
          expect(agreement).toBeGreaterThanOrEqual(0)
          expect(agreement).toBeLessThanOrEqual(1)
        }
      }),
    )
    fc.assert(
      fc.property(reliabilityData, (data) => {
        const alpha = krippendorffAlpha(data)
        if (!Number.isNaN(alpha)) expect(alpha).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('pairwise agreement of two coders is their percent agreement', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(pairwiseAgreement([a, b])).toBe(percentAgreement(a, b))
      }),
    )
  })
})
