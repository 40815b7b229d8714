import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import type { StoryAnalysis } from '../../../shared/story/story-analysis'
import { storyJson } from '../../../shared/story/story-json'
import type { TagSuggestion } from '../../../shared/story/tag-suggestions'

const TEXT =
  'The flood killed 12 people. “We will rebuild,” Mayor Ann Lee said. Governor Tom Ray came.'

function suggestion(
  id: string,
  kind: TagSuggestion['kind'],
  words: string,
  speaker?: string,
): TagSuggestion {
  const start = TEXT.indexOf(words)
  return {
    id,
    articleId: 'a',
    kind,
    target: describeSpan(TEXT, start, start + words.length),
    reason: `why ${id}`,
    ...(speaker ? { speaker } : {}),
    evidence: [],
    sources: [],
  }
}

function analysis(withRoles: boolean): StoryAnalysis {
  const base = {
    articles: [{ id: 'a', title: 'A', outlet: '', url: '' }],
    quotes: [],
    numbers: [],
    suggestions: [
      suggestion('claim-1', 'claim', 'The flood killed 12 people. '),
      suggestion('quote-1', 'quote', '“We will rebuild,” Mayor Ann Lee said.', 'Ann Lee'),
      suggestion('quote-2', 'quote', 'Governor Tom Ray came.'),
    ],
    roles: withRoles
      ? [
          {
            person: 'Tom Ray',
            conflict: true,
            values: [
              { articleId: 'a', text: 'Governor Tom Ray', role: 'governor', start: 67, end: 83 },
              { articleId: 'b', text: 'Mayor Tom Ray', role: 'mayor', start: 0, end: 13 },
            ],
          },
        ]
      : undefined,
  }
  return base as unknown as StoryAnalysis
}

describe('storyJson', () => {
  it('prints each suggestion with its exact text, its speaker or null, and its reason', () => {
    const json = storyJson(analysis(true))
    expect(json.suggestions).toEqual([
      {
        id: 'claim-1',
        articleId: 'a',
        kind: 'claim',
        text: 'The flood killed 12 people. ',
        speaker: null,
        reason: 'why claim-1',
      },
      {
        id: 'quote-1',
        articleId: 'a',
        kind: 'quote',
        text: '“We will rebuild,” Mayor Ann Lee said.',
        speaker: 'Ann Lee',
        reason: 'why quote-1',
      },
      {
        id: 'quote-2',
        articleId: 'a',
        kind: 'quote',
        text: 'Governor Tom Ray came.',
        speaker: null,
        reason: 'why quote-2',
      },
    ])
  })

  it('prints the roles without offsets, and an empty list for an analysis without roles', () => {
    expect(storyJson(analysis(true)).roles).toEqual([
      {
        person: 'Tom Ray',
        conflict: true,
        values: [
          { articleId: 'a', text: 'Governor Tom Ray', role: 'governor' },
          { articleId: 'b', text: 'Mayor Tom Ray', role: 'mayor' },
        ],
      },
    ])
    expect(storyJson(analysis(false)).roles).toEqual([])
    expect(Object.keys(storyJson(analysis(false)))).toEqual([
      'quotes',
      'numbers',
      'roles',
      'suggestions',
    ])
  })
})
