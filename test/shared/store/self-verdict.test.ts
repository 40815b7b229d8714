import { describe, expect, it } from 'vitest'
import { checkNoSelfVerdict } from '../../../shared/store/self-verdict'
import { ANA, SAM, review, tag } from '../exchange/exchange-fixtures'

describe('checkNoSelfVerdict', () => {
  const anasTag = tag(ANA, 'a')

  it('refuses an author’s accept or reject of their own tag', () => {
    for (const verdict of ['accept', 'reject'] as const) {
      expect(() => checkNoSelfVerdict([review(ANA, '1', anasTag.id, verdict)], [anasTag])).toThrow(
        /own tag/,
      )
    }
  })

  it('allows the author’s comments and other editors’ verdicts', () => {
    const reviews = [
      review(ANA, '1', anasTag.id, 'comment'),
      review(SAM, '2', anasTag.id, 'reject'),
    ]
    expect(() => checkNoSelfVerdict(reviews, [anasTag])).not.toThrow()
  })

  it('allows a verdict on a tag the article does not hold', () => {
    expect(() => checkNoSelfVerdict([review(ANA, '1', 'gone0000')], [anasTag])).not.toThrow()
  })
})
