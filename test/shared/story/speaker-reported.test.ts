import { describe, expect, it } from 'vitest'
import { reportedSpeaker } from '../../../shared/story/speaker-reported'
import { tokenize } from '../../../shared/story/story-words'

const reported = (sentence: string) => reportedSpeaker(tokenize(sentence))

describe('reportedSpeaker', () => {
  it('reads who told someone that, or said that', () => {
    expect(reported('Harbour master Ana Ruiz told reporters that the dam held overnight.')).toBe(
      'Ana Ruiz',
    )
    expect(reported('Tom Vale said on Monday that the count would rise.')).toBe('Tom Vale')
  })

  it('reads the name after the verb when the said words come first', () => {
    expect(
      reported('The dam will hold, said his deputy, Port Minister Ana Ruiz, who spoke late.'),
    ).toBe('Ana Ruiz')
  })

  it('finds nobody where nothing is reported, or no name speaks', () => {
    expect(reported('Ana Ruiz spoke.')).toBeNull()
    expect(reported('Ana Ruiz visited the dam that broke.')).toBeNull()
    expect(reported('Officials told reporters that the dam held.')).toBeNull()
    expect(reported('She said that the dam held.')).toBeNull()
  })
})
