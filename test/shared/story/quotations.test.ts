import { describe, expect, it } from 'vitest'
import { findQuotations } from '../../../shared/story/quotations'
import { storyArticleFromText } from '../../../shared/story/story-article'

function quotes(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return findQuotations(article.text, article.sentences).map(({ text, speaker, attribution }) => ({
    text,
    speaker,
    attribution,
  }))
}

describe('findQuotations', () => {
  it('finds curly and straight quotes with the speaker named after them', () => {
    expect(quotes('“We will win,” the mayor said. "It is done," said Ana Ruiz.')).toEqual([
      { text: 'We will win,', speaker: 'the mayor', attribution: 'described' },
      { text: 'It is done,', speaker: 'Ana Ruiz', attribution: 'named' },
    ])
  })

  it('reads the speaker before the quote, drops titles, and handles "according to"', () => {
    expect(quotes('Prime Minister Jane Doe replied: “No comment.”')[0]?.speaker).toBe('Jane Doe')
    expect(quotes('The plan is “dead on arrival,” according to Senator Bob Hale.')[0]).toEqual({
      text: 'dead on arrival,',
      speaker: 'Bob Hale',
      attribution: 'named',
    })
    expect(
      quotes('Secretary of State Marco Rubio said the US is “not considering it”.')[0]?.speaker,
    ).toBe('Marco Rubio')
  })

  it('keeps a quotation that spans sentences whole, with nested quotes inside', () => {
    const [quote] = quotes('“Would I? It’s fine. They call it ‘a war’,” Lee told reporters.')
    expect(quote).toEqual({
      text: 'Would I? It’s fine. They call it ‘a war’,',
      speaker: 'Lee',
      attribution: 'named',
    })
  })

  it('does not take apostrophes for quotes, but finds single-quoted headlines', () => {
    expect(quotes('It’s the dogs’ day, isn’t it.')).toEqual([])
    expect(quotes('‘Would I Launch Strikes? It’s OK With Me’')[0]?.text).toBe(
      'Would I Launch Strikes? It’s OK With Me',
    )
  })

  it('resolves pronouns to the speaker mentioned last, and continues a speaker', () => {
    const found = quotes(
      'Kim Lee spoke first. “One,” Lee said. Then Omar Diaz arrived.\n\n“Two,” Diaz said. “Three.”\n\n“Four,” he added.\n\n“Five.”',
    )
    expect(found.map((quote) => [quote.text, quote.speaker, quote.attribution])).toEqual([
      ['One,', 'Lee', 'named'],
      ['Two,', 'Diaz', 'named'],
      ['Three.', 'Diaz', 'continued'],
      ['Four,', 'Diaz', 'pronoun'],
      ['Five.', 'Diaz', 'continued'],
    ])
  })

  it('takes a participle’s speaker from the verb before it or the sentence’s subject', () => {
    expect(quotes('Trump said, adding “we know every route.”')[0]?.speaker).toBe('Trump')
    expect(
      quotes('Beyond Spain, Maria Lopez has signaled support, saying “it is fine.”')[0]?.speaker,
    ).toBe('Maria Lopez')
  })

  it('reads a handle before a colon and leaves unattributed quotes without a speaker', () => {
    expect(quotes('.@POTUS: “We are not happy.”')[0]?.speaker).toBe('POTUS')
    expect(quotes('Critics call it a “war on drugs.”')[0]).toMatchObject({
      speaker: null,
      attribution: 'none',
    })
  })

  it('runs an unclosed quote to the end of its paragraph', () => {
    expect(quotes('“We stay here and we fight')[0]?.text).toBe('We stay here and we fight')
  })
})
