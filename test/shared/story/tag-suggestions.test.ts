import { describe, expect, it } from 'vitest'
import type { NumberTopic } from '../../../shared/story/number-topics'
import type { Quotation } from '../../../shared/story/quotations'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { suggestTags, type SuggestionInput } from '../../../shared/story/tag-suggestions'

const first = storyArticleFromText(
  { id: 'a', title: 'Harbour Post', url: 'https://a.example/story' },
  'The ferry carried 310 passengers. Divers searched the bay.',
)
const second = storyArticleFromText(
  { id: 'b', title: 'Coast Daily', url: 'https://b.example/story' },
  'The ferry carried 280 passengers. Divers searched the bay.',
)

function topic(conflict: boolean, sure = true): NumberTopic {
  const value = (articleId: string, text: string, at: string, n: number, other: string) => ({
    articleId,
    value: { op: '=' as const, value: n, unit: 'count' as const },
    text,
    passage: text,
    start: at.indexOf(text),
    end: at.indexOf(text) + text.length,
    conflictsWith: [other],
    disputedBy: sure ? [other] : [],
  })
  return {
    topic: 'passenger',
    about: 'passengers',
    unit: 'count',
    articleCount: 2,
    values: [
      value('a', '310 passengers', first.text, 310, 'b'),
      value('b', '280 passengers', second.text, 280, 'a'),
    ],
    conflict,
  }
}

function inputs(...articles: (typeof first)[]): SuggestionInput[] {
  return articles.map((article) => ({ article, quotations: [], figures: [], tagged: [] }))
}

describe('suggestTags', () => {
  it('suggests disputed only from a topic whose figures conflict, on the sentence holding one', () => {
    const flagged = suggestTags(inputs(first, second), [topic(true)]).filter(
      (suggestion) => suggestion.kind === 'disputed',
    )
    expect(flagged.map((suggestion) => suggestion.target.quote.exact)).toEqual([
      'The ferry carried 310 passengers.',
      'The ferry carried 280 passengers.',
    ])
    expect(flagged[0]?.evidence).toEqual(['https://b.example/story'])
    // Values that name other articles in a topic not marked as a conflict are never disputed.
    const calm = suggestTags(inputs(first, second), [topic(false)])
    expect(calm.filter((suggestion) => suggestion.kind === 'disputed')).toEqual([])
  })

  it('shows an unsure conflict but suggests no disputed from it', () => {
    const unsure = suggestTags(inputs(first, second), [topic(true, false)])
    expect(unsure.filter((suggestion) => suggestion.kind === 'disputed')).toEqual([])
  })

  it('gives each occurrence of the same sentence its own id, the same on every run', () => {
    const twice = storyArticleFromText(
      { id: 'c' },
      'Officials said the bridge would reopen. Officials said the bridge would reopen.',
    )
    const run = () =>
      suggestTags(inputs(twice), []).map((suggestion) => [suggestion.kind, suggestion.id])
    const ids = run()
    expect(ids).toHaveLength(2)
    expect(new Set(ids.map(([, id]) => id)).size).toBe(2)
    expect(run()).toEqual(ids)
  })

  it('names the speaker of a quote only when the guess is sure', () => {
    const article = storyArticleFromText(
      { id: 'd' },
      '“We will rebuild every pier,” Mayor Ines Falk said. “The water came fast,” a resident said.',
    )
    const quotation = (text: string, speaker: string, confidence: string) => {
      const outerStart = article.text.indexOf(text) - 1
      return {
        start: outerStart + 1,
        end: outerStart + 1 + text.length,
        outerStart,
        outerEnd: outerStart + text.length + 2,
        text,
        speaker,
        attribution: 'named',
        confidence,
      } as unknown as Quotation
    }
    const suggestions = suggestTags(
      [
        {
          article,
          quotations: [
            quotation('We will rebuild every pier,', 'Ines Falk', 'high'),
            quotation('The water came fast,', 'a resident', 'low'),
          ],
          figures: [],
          tagged: [],
        },
      ],
      [],
    )
    const quotes = suggestions.filter((suggestion) => suggestion.kind === 'quote')
    expect(quotes).toHaveLength(2)
    expect(quotes[0]?.speaker).toBe('Ines Falk')
    expect(quotes[1]).not.toHaveProperty('speaker')
  })
})
