import { describe, expect, it } from 'vitest'
import { quoteWords } from '../../../shared/story/quote-normalize'
import { repeatsQuote } from '../../../shared/story/quote-similarity'

const repeats = (left: string, right: string) =>
  repeatsQuote(quoteWords(left), quoteWords(right), 0.7)

describe('repeatsQuote', () => {
  it('takes a question a headline repeats from the body’s longer quotation for one remark', () => {
    expect(
      repeats(
        'Why are you still playing out here?',
        'To start with, I want to ask Elena: Why are you still playing out here? Honestly!',
      ),
    ).toBe(true)
  })

  it('takes a reworded second quotation of the same words for one remark', () => {
    expect(
      repeats(
        'I gotta ask Elena why are you still playing?',
        'To start with, Elena, I want to ask: Why are you still playing out here? Honestly',
      ),
    ).toBe(true)
    expect(
      repeats(
        'They’re closing the parks, the kids that live there',
        'They’re closing the schools, the kids that moved in',
      ),
    ).toBe(true)
  })

  it('keeps a changed clause apart from a much longer quotation that shares it', () => {
    expect(
      repeats(
        'I would be glad to do it myself',
        'I never said I am doing it, but I would be glad to do it because we are going to save thousands of jobs by doing it.',
      ),
    ).toBe(false)
  })

  it('keeps different words apart', () => {
    expect(repeats('The dam will hold all winter', 'We are sending more crews tonight')).toBe(false)
  })
})
