import { describe, expect, it } from 'vitest'
import { agreementReading } from '../../../shared/review/agreement-reading'

const kappa = (value: number | null) => agreementReading('kappa', value)?.label ?? null
const alpha = (value: number | null) => agreementReading('alpha', value)?.label ?? null

describe('agreementReading', () => {
  it('reads kappa on Landis & Koch’s scale, each band closed below and open above', () => {
    expect(
      [-0.3, 0, 0.19, 0.2, 0.39, 0.4, 0.59, 0.6, 0.79, 0.8, 1].map((value) => kappa(value)),
    ).toEqual([
      'poor',
      'slight',
      'slight',
      'fair',
      'fair',
      'moderate',
      'moderate',
      'substantial',
      'substantial',
      'almost perfect',
      'almost perfect',
    ])
    expect(agreementReading('kappa', 0.5)?.scale).toMatch(/Landis & Koch/)
  })

  it('reads alpha on Krippendorff’s thresholds', () => {
    expect([-1, 0.5, 0.666, 0.667, 0.79, 0.8, 1].map((value) => alpha(value))).toEqual([
      'unreliable',
      'unreliable',
      'unreliable',
      'tentative',
      'tentative',
      'reliable',
      'reliable',
    ])
    expect(agreementReading('alpha', 0.9)?.scale).toMatch(/Krippendorff/)
  })

  it('has no reading for an undefined coefficient', () => {
    expect(kappa(null)).toBeNull()
    expect(alpha(Number.NaN)).toBeNull()
    expect(alpha(Infinity)).toBeNull()
  })
})
