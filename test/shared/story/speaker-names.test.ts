import { describe, expect, it } from 'vitest'
import { isNameWord, nameRuns } from '../../../shared/story/speaker-names'
import { tokenize } from '../../../shared/story/story-words'

function runs(text: string): string[] {
  return nameRuns(tokenize(text)).map((run) => run.words.join(' '))
}

describe('isNameWord', () => {
  it('never takes a sentence’s opening preposition or a word in capitals for a name', () => {
    expect(runs('With this, Ana Ruiz moved ahead.')).toEqual(['Ana Ruiz'])
    expect(runs('WATCH With this, Ana Ruiz moved ahead.')).toEqual(['Ana Ruiz'])
    expect(runs('Following the vote, Tom Vale spoke.')).toEqual(['Tom Vale'])
  })

  it('keeps acronyms and handles (read without their @) as names', () => {
    const tokens = tokenize('FEMA and @POTUS')
    expect(tokens.filter((token) => isNameWord(token)).map((token) => token.text)).toEqual([
      'FEMA',
      'POTUS',
    ])
  })
})
