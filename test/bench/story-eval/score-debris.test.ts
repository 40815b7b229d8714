import { describe, expect, it } from 'vitest'
import { scoreDebris } from '../../../bench/story-eval/score-debris'
import { at, emptyOutput, truth } from './story-eval-fixtures'

const finding = (file: string, words: string, kind = 'credit') => ({
  ...at(file, words),
  kind,
  text: words,
})

describe('scoreDebris', () => {
  it('counts findings on labelled debris as right and the rest as wrong', () => {
    const output = {
      ...emptyOutput(),
      debris: [finding('A.txt', 'Jo Smith/Agency.'), finding('A.txt', 'the wind fell.')],
    }
    const measure = scoreDebris(truth(), output)
    expect(measure.precision).toEqual({ right: 1, total: 2 })
    expect(measure.recall).toEqual({ right: 1, total: 1 })
    expect(measure.wrong).toEqual(['A.txt: credit “the wind fell.”'])
  })

  it('takes a cut-off as found when a finding ends where it ends, however far back it starts', () => {
    const cut = truth({ debris: [{ file: 'A.txt', text: 'the wind fell.', kind: 'cut-off' }] })
    const whole = { ...emptyOutput(), debris: [finding('A.txt', 'At 10:47 p.m. the wind fell.')] }
    expect(scoreDebris(cut, whole).precision).toEqual({ right: 1, total: 1 })
    expect(scoreDebris(cut, whole).recall).toEqual({ right: 1, total: 1 })
    const elsewhere = { ...emptyOutput(), debris: [finding('A.txt', 'At 10:47 p.m. the')] }
    expect(scoreDebris(cut, elsewhere).precision).toEqual({ right: 0, total: 1 })
    expect(scoreDebris(cut, elsewhere).recall).toEqual({ right: 0, total: 1 })
  })
})
