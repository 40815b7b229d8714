import { describe, expect, it } from 'vitest'
import {
  parseClaimStatus,
  parseFactCheckFlags,
  parseRating,
} from '../../../shared/fact-check/parse-fact-check-flags'
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../shared/model/fact-check'

describe('parseClaimStatus', () => {
  it('takes an id or a name in any case, spaces or underscores for hyphens', () => {
    expect(parseClaimStatus('researching')).toEqual({ ok: true, value: 'researching' })
    expect(parseClaimStatus('To check')).toEqual({ ok: true, value: 'to-check' })
    expect(parseClaimStatus('NOT_CHECKABLE')).toEqual({ ok: true, value: 'not-checkable' })
  })

  it('refuses an unknown status and lists the valid ones', () => {
    const outcome = parseClaimStatus('done')
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.message).toContain('“done”')
    expect(outcome.message).toContain('to-check, researching, verdict, published, not-checkable')
  })
})

describe('parseRating', () => {
  it('finds a rating by id or name on the given scale', () => {
    expect(parseRating(DEFAULT_RATING_SCALE, 'Mostly false')).toEqual({
      ok: true,
      value: 'mostly-false',
    })
    const custom: RatingScale = {
      best: 2,
      worst: 0,
      ratings: [{ id: 'pants-on-fire', name: 'Pants on fire', value: 0 }],
    }
    expect(parseRating(custom, 'pants on fire')).toEqual({ ok: true, value: 'pants-on-fire' })
    expect(parseRating(custom, 'true').ok).toBe(false)
  })

  it('refuses an unknown verdict and lists the scale', () => {
    const outcome = parseRating(DEFAULT_RATING_SCALE, 'fake')
    expect(outcome).toEqual({
      ok: false,
      message:
        'unknown verdict “fake”: use one of true, mostly-true, half-true, mostly-false, false, misleading, unverifiable',
    })
  })
})

describe('parseFactCheckFlags', () => {
  it('returns only the fields given, trimmed', () => {
    expect(
      parseFactCheckFlags(
        { status: 'verdict', verdict: 'false', claimant: '  Ana  ' },
        DEFAULT_RATING_SCALE,
      ),
    ).toEqual({ ok: true, value: { status: 'verdict', verdict: 'false', claimant: 'Ana' } })
    expect(parseFactCheckFlags({}, DEFAULT_RATING_SCALE)).toEqual({ ok: true, value: {} })
  })

  it('refuses the first bad flag and an over-long summary', () => {
    expect(parseFactCheckFlags({ status: 'nope', verdict: 'false' }, DEFAULT_RATING_SCALE).ok).toBe(
      false,
    )
    const long = parseFactCheckFlags({ summary: 'x'.repeat(501) }, DEFAULT_RATING_SCALE)
    expect(long).toEqual({ ok: false, message: '--summary is too long: at most 500 characters' })
  })
})
