import { describe, expect, it } from 'vitest'
import { namesOnlySpeaker } from '../../../shared/story/speaker-carry'
import { tokenize } from '../../../shared/story/story-words'

const plain = (word: string) => word.toLowerCase().replace(/[’']s$/u, '')
const only = (between: string, speaker: string) =>
  namesOnlySpeaker(tokenize(between), speaker, plain)

describe('namesOnlySpeaker', () => {
  it('lets a listener, a place and the speaker’s own name pass', () => {
    expect(only('Diaz told CBS on Monday in Lyon.', 'Ana Diaz')).toBe(true)
  })

  it('stops at someone else named as a subject', () => {
    expect(only('Then Tom Vale spoke.', 'Ana Diaz')).toBe(false)
  })

  it('passes over an aside in brackets, such as a related headline', () => {
    expect(only('(RELATED: Tom Vale Visits Flooded Valley)', 'Ana Diaz')).toBe(true)
    expect(only('[Tom Vale, file photo] Then Tom Vale spoke.', 'Ana Diaz')).toBe(false)
  })
})
