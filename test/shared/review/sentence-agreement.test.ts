import { describe, expect, it } from 'vitest'
import { agreementCounts, sentenceAgreement } from '../../../shared/review/sentence-agreement'

describe('sentenceAgreement', () => {
  it('tells conflicts of kind from coverage gaps, among the editors who coded the article', () => {
    expect(
      sentenceAgreement([
        ['claim', 'none', 'quote', 'none', 'quote', 'claim'],
        ['claim', 'none', 'none', 'context', 'claim', 'none'],
        [null, null, null, null, null, null],
      ]),
    ).toEqual(['agree', null, 'gap', 'gap', 'conflict', 'gap'])
  })

  it('calls a sentence a conflict when two kinds meet, even if a third editor left it untagged', () => {
    expect(sentenceAgreement([['quote'], ['claim'], ['none']])).toEqual(['conflict'])
    expect(sentenceAgreement([['quote'], ['quote'], ['none']])).toEqual(['gap'])
    expect(sentenceAgreement([['quote'], ['quote'], ['quote']])).toEqual(['agree'])
  })

  it('compares nothing with fewer than two editors', () => {
    expect(
      sentenceAgreement([
        ['claim', 'none'],
        [null, null],
      ]),
    ).toEqual([null, null])
    expect(sentenceAgreement([])).toEqual([])
  })

  it('leaves out an editor missing on some sentences only (rows of several articles joined)', () => {
    expect(
      sentenceAgreement([
        ['claim', 'quote', 'quote'],
        ['claim', null, 'claim'],
        [null, 'none', null],
      ]),
    ).toEqual(['agree', 'gap', 'conflict'])
  })
})

describe('agreementCounts', () => {
  it('counts each standing once and ignores sentences with nothing to compare', () => {
    expect(agreementCounts(['agree', null, 'gap', 'conflict', 'gap', 'agree', 'agree'])).toEqual({
      agreements: 3,
      conflicts: 1,
      gaps: 2,
    })
    expect(agreementCounts([])).toEqual({ agreements: 0, conflicts: 0, gaps: 0 })
  })
})
