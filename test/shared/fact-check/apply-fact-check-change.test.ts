import { describe, expect, it } from 'vitest'
import {
  applyFactCheckChange,
  statusAllowsVerdict,
} from '../../../shared/fact-check/apply-fact-check-change'
import { factCheckSchema } from '../../../shared/model/fact-check'

const NOW = '2026-12-07T10:00:00.000Z'
const LATER = '2026-12-07T11:00:00.000Z'

describe('applyFactCheckChange', () => {
  it('starts a new fact-check at "to check"', () => {
    expect(applyFactCheckChange(undefined, { claimant: 'Ana' }, NOW)).toEqual({
      status: 'to-check',
      claimant: 'Ana',
    })
  })

  it('moves the status to "verdict" when a verdict is given and stamps it', () => {
    const next = applyFactCheckChange({ status: 'researching' }, { verdict: 'false' }, NOW)
    expect(next).toEqual({ status: 'verdict', verdict: 'false', verdictAt: NOW })
    expect(factCheckSchema.safeParse(next).success).toBe(true)
  })

  it('keeps the stamp when the same verdict is given again, renews it for another', () => {
    const given = { status: 'verdict' as const, verdict: 'false', verdictAt: NOW }
    expect(applyFactCheckChange(given, { verdict: 'false' }, LATER).verdictAt).toBe(NOW)
    expect(applyFactCheckChange(given, { verdict: 'true' }, LATER).verdictAt).toBe(LATER)
  })

  it('drops the verdict when the status moves back before "verdict"', () => {
    const given = { status: 'published' as const, verdict: 'false', verdictAt: NOW }
    expect(applyFactCheckChange(given, { status: 'researching' }, LATER)).toEqual({
      status: 'researching',
    })
    expect(applyFactCheckChange(given, { status: 'verdict' }, LATER)).toEqual({
      ...given,
      status: 'verdict',
    })
  })

  it('refuses a verdict together with a status that cannot carry one', () => {
    expect(() =>
      applyFactCheckChange(undefined, { status: 'to-check', verdict: 'true' }, NOW),
    ).toThrow(/fact-check: a verdict needs/)
  })

  it('clears a field given as spaces, and the verdict on request', () => {
    const given = { status: 'verdict' as const, verdict: 'false', verdictAt: NOW, summary: 'x' }
    expect(applyFactCheckChange(given, { summary: '  ', clearVerdict: true }, LATER)).toEqual({
      status: 'verdict',
    })
  })

  it('says which statuses carry a verdict', () => {
    expect(statusAllowsVerdict('verdict')).toBe(true)
    expect(statusAllowsVerdict('published')).toBe(true)
    expect(statusAllowsVerdict('to-check')).toBe(false)
  })
})
