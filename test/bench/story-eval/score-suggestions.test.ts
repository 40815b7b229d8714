import { describe, expect, it } from 'vitest'
import {
  scoreClaimSuggestions,
  scoreDisputed,
  scoreQuoteSuggestions,
} from '../../../bench/story-eval/score-suggestions'
import { emptyOutput, suggestion, truth } from './story-eval-fixtures'

describe('scoreDisputed', () => {
  it('is right only on a value of a conflicting figure or role', () => {
    const output = {
      ...emptyOutput(),
      suggestions: [
        suggestion('disputed', 'A.txt', 'The storm killed 12 people, officials said.'),
        suggestion('disputed', 'B.txt', 'A bus crash killed 4.'),
        suggestion('disputed', 'B.txt', 'Governor Tom Ray called it a disaster.'),
        suggestion('claim', 'B.txt', 'The storm killed 40 people.'),
      ],
    }
    const measure = scoreDisputed(truth(), output)
    expect(measure.precision).toEqual({ right: 2, total: 3 })
    expect(measure.wrong).toEqual(['B.txt: “A bus crash killed 4.”'])
    expect(measure.recall).toEqual({ right: 2, total: 3 })
    expect(measure.missed[0]).toMatch(/killed 40 people/)
  })
})

describe('scoreQuoteSuggestions', () => {
  it('counts quotes on debris, without quotation marks or with a wrong speaker as wrong', () => {
    const output = {
      ...emptyOutput(),
      suggestions: [
        suggestion('quote', 'A.txt', '“We will rebuild,” Mayor Ann Lee said.', 'Ann Lee'),
        suggestion('quote', 'A.txt', 'Photo: Jo Smith/Agency.'),
        suggestion('quote', 'B.txt', 'Governor Tom Ray called it a disaster.'),
        suggestion('quote', 'B.txt', '“We will rebuild this town,” said Lee.', 'Tom Ray'),
      ],
    }
    const measure = scoreQuoteSuggestions(truth(), output)
    expect(measure.precision).toEqual({ right: 1, total: 4 })
    expect(measure.wrong.map((item) => item.replace(/.*\(/, ''))).toEqual([
      'on debris)',
      'no quotation)',
      'wrong speaker Tom Ray)',
    ])
    expect(measure.recall).toEqual({ right: 2, total: 2 })
  })
})

describe('scoreClaimSuggestions', () => {
  it('counts claims on debris as wrong and measures recall on agreed figures', () => {
    const labels = truth()
    const agreed = {
      ...labels,
      figures: labels.figures.map((figure) => ({ ...figure, conflict: false })),
    }
    const output = {
      ...emptyOutput(),
      suggestions: [
        suggestion('claim', 'A.txt', 'The storm killed 12 people, officials said.'),
        suggestion('claim', 'A.txt', 'Photo: Jo Smith/Agency.'),
      ],
    }
    const measure = scoreClaimSuggestions(agreed, output)
    expect(measure.precision).toEqual({ right: 1, total: 2 })
    expect(measure.recall).toEqual({ right: 1, total: 2 })
    expect(scoreClaimSuggestions(labels, output).recall).toEqual({ right: 0, total: 0 })
  })
})
