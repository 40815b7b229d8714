import { describe, expect, it } from 'vitest'
import { scoreQuoteGroups, scoreSpeakers } from '../../../bench/story-eval/score-quotes'
import { at, emptyOutput, truth } from './story-eval-fixtures'

const inA = (speaker: string | null = 'Lee') => ({ ...at('A.txt', 'We will rebuild'), speaker })
const inB = (speaker: string | null = 'Lee') => ({
  ...at('B.txt', 'We will rebuild this town'),
  speaker,
})

describe('scoreQuoteGroups', () => {
  it('counts a group holding every version of one remark as pure and complete', () => {
    const output = { ...emptyOutput(), quotes: [{ occurrences: [inA(), inB()] }] }
    const measure = scoreQuoteGroups(truth(), output)
    expect(measure.precision).toEqual({ right: 1, total: 1 })
    expect(measure.recall).toEqual({ right: 2, total: 2 })
  })

  it('counts a group mixing a remark with other words as impure, and the split remark as incomplete', () => {
    const other = { ...at('B.txt', 'Governor Tom Ray called it'), speaker: null }
    const output = {
      ...emptyOutput(),
      quotes: [{ occurrences: [inA(), other] }, { occurrences: [inB()] }],
    }
    const measure = scoreQuoteGroups(truth(), output)
    expect(measure.precision).toEqual({ right: 0, total: 1 })
    expect(measure.wrong[0]).toMatch(/mixes remarks/)
    expect(measure.recall).toEqual({ right: 0, total: 2 })
    expect(measure.missed).toHaveLength(2)
  })

  it('leaves out groups quoted by one article and groups of no labelled remark', () => {
    const lone = { ...at('B.txt', 'Governor Tom Ray'), speaker: null }
    const output = {
      ...emptyOutput(),
      quotes: [{ occurrences: [inA()] }, { occurrences: [lone, { ...lone, file: 'A.txt' }] }],
    }
    expect(scoreQuoteGroups(truth(), output).precision).toEqual({ right: 0, total: 0 })
  })
})

describe('scoreSpeakers', () => {
  it('counts a right speaker, a wrong one and a missing one', () => {
    const right = { ...emptyOutput(), quotes: [{ occurrences: [inA('Ann Lee'), inB('Tom Ray')] }] }
    const measure = scoreSpeakers(truth(), right)
    expect(measure.precision).toEqual({ right: 1, total: 2 })
    expect(measure.recall).toEqual({ right: 1, total: 2 })
    expect(measure.wrong[0]).toMatch(/given Tom Ray, labelled Ann Lee/)

    const missing = { ...emptyOutput(), quotes: [{ occurrences: [inA(null), inB()] }] }
    const second = scoreSpeakers(truth(), missing)
    expect(second.precision).toEqual({ right: 1, total: 1 })
    expect(second.recall).toEqual({ right: 1, total: 2 })
    expect(second.missed[0]).toMatch(/no speaker/)
  })

  it('counts a speaker given where the labels know none as wrong', () => {
    const labels = truth()
    const unknown = {
      ...labels,
      quotes: labels.quotes.map((quote) => ({ ...quote, speaker: null })),
    }
    const output = { ...emptyOutput(), quotes: [{ occurrences: [inA(), inB(null)] }] }
    const measure = scoreSpeakers(unknown, output)
    expect(measure.precision).toEqual({ right: 0, total: 1 })
    expect(measure.recall).toEqual({ right: 0, total: 0 })
  })
})
