import { describe, expect, it } from 'vitest'
import { describedIn } from '../../../shared/story/speaker-descriptions'
import { tokenize } from '../../../shared/story/story-words'

const described = (words: string) => {
  const tokens = tokenize(words)
  return describedIn(tokens, 0, tokens.length - 1)
}

describe('describedIn', () => {
  it('reads a description from its determiner', () => {
    expect(described('a nurse at the clinic')).toBe('a nurse at the clinic')
    expect(described('the company’s statement')).toBe('the company')
  })

  it('ends a description where a clause of its own opens', () => {
    expect(described('the judge while explaining why the term was long')).toBe('the judge')
    expect(described('the coach as the team left the field')).toBe('the coach')
  })
})
