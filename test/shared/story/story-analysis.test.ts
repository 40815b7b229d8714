import { describe, expect, it } from 'vitest'
import { annotationSchema } from '../../../shared/model/annotation'
import { analyzeStory } from '../../../shared/story/story-analysis'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { storyJson } from '../../../shared/story/story-json'
import { suggestStories } from '../../../shared/story/story-similarity'
import { seedArticles } from './seed-articles'

describe('analyzeStory on the seeds', () => {
  const articles = seedArticles()
  const analysis = analyzeStory(articles)
  const [first, second] = articles

  it('flags the strike counts: ≥ 21, ≥ 20 and 11 cannot all be true', () => {
    const strikes = analysis.numbers.find((topic) => topic.about === 'strikes')
    expect(strikes?.conflict).toBe(true)
    const eleven = strikes?.values.find((value) => value.text === '11 strikes')
    expect(eleven?.articleId).toBe(second?.id)
    expect(eleven?.conflictsWith.length).toBe(3)
    const atLeast = strikes?.values.filter((value) => value.value.op === '≥')
    expect(atLeast?.map((value) => value.value.value).sort()).toEqual([20, 21, 21])
    expect(atLeast?.every((value) => value.conflictsWith.join() === second?.id)).toBe(true)
  })

  it('compares the death counts: ≥ 83, > 80 and dozens agree; the first operation’s 11 is apart', () => {
    const deaths = analysis.numbers.find((topic) => topic.about === 'people killed')
    expect(deaths?.articleCount).toBe(5)
    const byText = new Map(deaths?.values.map((value) => [value.text, value]))
    expect(byText.get('At least 83 people')?.conflictsWith).toEqual([])
    expect(byText.get('dozens')?.value).toMatchObject({ op: 'vague', word: 'dozens' })
    expect(byText.get('dozens')?.conflictsWith).toEqual([])
    expect(deaths?.conflict).toBe(false)
    // "the first operation killed 11 people" is one strike's toll, not the campaign's.
    const first = analysis.numbers.find((topic) =>
      topic.values.some((value) => value.text === '11 people'),
    )
    expect(first?.about).toContain('first operation')
    expect(first?.conflict).toBe(false)
    // "two lethal kinetic strikes" were one day's strikes, not the campaign's total.
    const strikes = analysis.numbers.find((topic) => topic.about === 'strikes')
    expect(strikes?.values.map((value) => value.text)).not.toContain('two lethal kinetic strikes')
    const flagged = analysis.suggestions.filter((suggestion) => suggestion.kind === 'disputed')
    for (const suggestion of flagged) {
      expect(suggestion.target.quote.exact).not.toContain('first operation killed')
      expect(suggestion.target.quote.exact).not.toContain('kinetic strikes')
    }
  })

  it('proposes disputed tags with the other articles as evidence, and quotes with speakers', () => {
    const disputed = analysis.suggestions.find(
      (suggestion) => suggestion.kind === 'disputed' && suggestion.articleId === second?.id,
    )
    expect(disputed?.target.quote.exact).toContain('11 strikes')
    expect(disputed?.evidence).toContain(first?.url)
    expect(disputed?.reason).toContain(first?.title)
    const quote = analysis.suggestions.find(
      (suggestion) =>
        suggestion.kind === 'quote' && suggestion.target.quote.exact.includes('That’s okay'),
    )
    expect(quote?.speaker).toBe('Donald Trump')
    // At most one suggestion per sentence, each a valid tag once an author and times are added.
    for (const suggestion of analysis.suggestions) {
      const tag = {
        id: 'suggested-1',
        articleId: suggestion.articleId,
        author: { id: 'ana-ruiz', name: 'Ana Ruiz' },
        kind: suggestion.kind,
        target: suggestion.target,
        note: suggestion.reason,
        created: '2025-11-18T10:00:00.000Z',
        modified: '2025-11-18T10:00:00.000Z',
        ...(suggestion.kind === 'disputed'
          ? { reason: suggestion.reason, evidence: suggestion.evidence }
          : {}),
      }
      expect(annotationSchema.safeParse(tag).success).toBe(true)
    }
    const starts = analysis.suggestions.map((s) => `${s.articleId}:${s.target.position.start}`)
    expect(new Set(starts).size).toBe(starts.length)
  })

  it('prints the CLI shape', () => {
    const json = storyJson(analysis)
    expect(Object.keys(json)).toEqual(['quotes', 'numbers', 'roles', 'suggestions'])
    expect(Object.keys(json.quotes[0] ?? {})).toEqual(['text', 'occurrences'])
    expect(Object.keys(json.quotes[0]?.occurrences[0] ?? {})).toEqual([
      'articleId',
      'text',
      'speaker',
    ])
    expect(Object.keys(json.numbers[0] ?? {})).toEqual(['about', 'values', 'conflict'])
    expect(Object.keys(json.numbers[0]?.values[0] ?? {})).toEqual(['articleId', 'value', 'text'])
  })
})

describe('analyzeStory beyond the seeds', () => {
  it('suggests nothing over what the editor tagged, and uses only web links as evidence', () => {
    const a = storyArticleFromText(
      { id: 'a', title: 'A', url: 'javascript:alert(1)' },
      'The flood killed 12 people on Monday, police said.',
    )
    const b = storyArticleFromText(
      { id: 'b', title: 'B', url: 'https://b.example/x' },
      'At least 40 people died in the flood on Monday, police said.',
    )
    const analysis = analyzeStory([a, b])
    const onA = analysis.suggestions.find((s) => s.articleId === 'a')
    const onB = analysis.suggestions.find((s) => s.articleId === 'b')
    expect(onA).toMatchObject({ kind: 'disputed', evidence: ['https://b.example/x'] })
    expect(onA?.sources).toEqual([{ articleId: 'b', title: 'B' }])
    expect(onB).toMatchObject({ kind: 'disputed', evidence: [] })
    const tagged = analyzeStory([a, b], new Map([['a', [{ start: 0, end: 5 }]]]))
    expect(tagged.suggestions.filter((s) => s.articleId === 'a')).toEqual([])
  })
})

describe('analyzeStory roles and speakers', () => {
  it('lists role comparisons, merges role disputes one per sentence, and never writes a guess', () => {
    const a = storyArticleFromText(
      { id: 'a', title: 'A', url: 'https://a.example/x' },
      'Talks began under then-mayor Rosa Lenz. “We will finish the bridge soon,” a clerk said.',
    )
    const b = storyArticleFromText(
      { id: 'b', title: 'B', url: 'https://b.example/x' },
      'Officials said Mayor Rosa Lenz approved it. “We will finish the bridge,” Lenz said.',
    )
    const analysis = analyzeStory([a, b])
    expect(analysis.roles).toEqual([
      {
        person: 'Rosa Lenz',
        conflict: true,
        values: [
          expect.objectContaining({ articleId: 'a', text: 'then-mayor Rosa Lenz' }),
          expect.objectContaining({ articleId: 'b', text: 'Mayor Rosa Lenz' }),
        ],
      },
    ])
    const onB = analysis.suggestions.filter((s) => s.articleId === 'b')
    expect(onB[0]).toMatchObject({ kind: 'disputed', evidence: ['https://a.example/x'] })
    expect(onB[0]?.target.quote.exact).toBe('Officials said Mayor Rosa Lenz approved it.')
    const starts = analysis.suggestions.map((s) => `${s.articleId}:${s.target.position.start}`)
    expect(new Set(starts).size).toBe(starts.length)
    // "a clerk said": a description, so the quote suggestion names nobody.
    const clerk = analysis.suggestions.find(
      (s) => s.kind === 'quote' && s.target.quote.exact.includes('soon'),
    )
    expect(clerk?.reason).toContain('a clerk')
    expect(clerk?.speaker).toBeUndefined()
    expect(
      analysis.suggestions.find((s) => s.kind === 'quote' && s.articleId === 'b')?.speaker,
    ).toBe('Rosa Lenz')
  })
})

describe('suggestStories', () => {
  it('groups articles sharing rare names and phrases, and leaves an unrelated one out', () => {
    const other = (id: string, text: string) => storyArticleFromText({ id }, text)
    const candidates = suggestStories([
      ...seedArticles(),
      other(
        'lyon-1',
        'The city council of Lyon voted on Tuesday to expand the tram network. Mayor Grégory Doucet said the new line would open in 2028.',
      ),
      other(
        'lyon-2',
        'Lyon council members approved the tram extension on Tuesday. The new tram line, backed by Mayor Grégory Doucet, will open in 2028.',
      ),
      other(
        'spain',
        'A heatwave swept across Spain this week, with temperatures above 44 degrees in Seville.',
      ),
    ])
    expect(candidates.map((candidate) => candidate.articleIds.length)).toEqual([5, 2])
    expect(candidates[0]?.sharedNames).toContain('Trump')
    expect(candidates[1]?.articleIds).toEqual(['lyon-1', 'lyon-2'])
    expect(candidates.flatMap((candidate) => candidate.articleIds)).not.toContain('spain')
  })
})
