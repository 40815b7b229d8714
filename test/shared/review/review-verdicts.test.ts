import { describe, expect, it } from 'vitest'
import { verdictsOn } from '../../../shared/review/review-verdicts'
import { ANA, LEE, review, SAM, tag } from '../exchange/exchange-fixtures'

describe('verdictsOn', () => {
  const on = tag(SAM, 'claim').id

  it('keeps every reviewer’s verdict and shows a conflict when they differ (RELIABILITY M2)', () => {
    const accept = review(ANA, 'a', on, 'accept', 2)
    const reject = review(LEE, 'r', on, 'reject', 1, 'Wrong.')
    const other = review(LEE, 'x', tag(SAM, 'other').id, 'accept')
    const result = verdictsOn([reject, other, accept], on)
    expect(result.verdicts.map((verdict) => [verdict.reviewer.id, verdict.verdict])).toEqual([
      [ANA.id, 'accept'],
      [LEE.id, 'reject'],
    ])
    expect(result.conflict).toBe(true)
    expect(verdictsOn([accept, review(LEE, 'b', on, 'accept')], on).conflict).toBe(false)
  })

  it('takes a reviewer’s latest verdict, and lists comments in time order', () => {
    const early = review(ANA, 'early', on, 'reject', 1, 'No.')
    const late = review(ANA, 'late', on, 'accept', 5)
    const second = {
      ...review(LEE, 'c2', on, 'comment', 3, 'Second'),
      created: '2025-11-17T12:03:00.000Z',
    }
    const first = {
      ...review(ANA, 'c1', on, 'comment', 1, 'First'),
      created: '2025-11-17T12:01:00.000Z',
    }
    const result = verdictsOn([late, second, early, first], on)
    expect(result.verdicts.map((verdict) => verdict.review.id)).toEqual([late.id])
    expect(result.conflict).toBe(false)
    expect(result.thread.map((comment) => comment.text)).toEqual(['First', 'Second'])
  })

  it('keeps the verdicts on the tag apart from those on its fact-check verdict', () => {
    const onTag = review(ANA, 'tag', on, 'accept', 1)
    const onVerdict = {
      ...review(ANA, 'verdict', on, 'reject', 2, 'Too harsh.'),
      subject: 'verdict' as const,
    }
    expect(verdictsOn([onTag, onVerdict], on).verdicts.map((verdict) => verdict.review.id)).toEqual(
      [onTag.id],
    )
    expect(
      verdictsOn([onTag, onVerdict], on, 'verdict').verdicts.map((verdict) => verdict.text),
    ).toEqual(['Too harsh.'])
  })
})
