import { describe, expect, it } from 'vitest'
import { isCounterfactual } from '../../../shared/story/counterfactuals'
import { extractFigures } from '../../../shared/story/figures'
import { storyArticleFromText } from '../../../shared/story/story-article'

function at(sentence: string, words: string): boolean {
  return isCounterfactual(sentence, sentence.indexOf(words))
}

function comparable(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return extractFigures(article.text, article.sentences).map((figure) => [
    figure.text,
    figure.comparable,
  ])
}

describe('isCounterfactual', () => {
  it('reads a figure after a modal of the past as hypothetical', () => {
    const sentence = 'Without the rebate, bus fares would have climbed 42%, the council said.'
    expect(at(sentence, '42%')).toBe(true)
    expect(at('The flood could have reached 900 homes.', '900')).toBe(true)
    expect(at('Unemployment might not have risen to 7.2% without the scheme.', '7.2%')).toBe(true)
  })

  it('keeps a figure before the modal, or after a turn back to what happened, a fact', () => {
    expect(at('Fares rose 6% and would have risen 42% without the rebate.', '6%')).toBe(false)
    expect(at('Fares could have doubled, but they rose 6%.', '6%')).toBe(false)
    expect(at('Rents would have jumped; instead they rose 3%.', '3%')).toBe(false)
    expect(at('Fares rose 6% in March.', '6%')).toBe(false)
  })
})

describe('extractFigures: hypothetical figures', () => {
  it('never makes a counterfactual figure comparable', () => {
    expect(
      comparable(
        'The harbour authority said that without the levy, the fee would have been 310 euros. The jobless rate was 5% in May.',
      ),
    ).toEqual([
      ['310 euros', false],
      ['5%', true],
    ])
  })
})
