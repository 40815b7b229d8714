import { describe, expect, it } from 'vitest'
import { evidenceCandidates } from '../../../shared/fact-check/evidence-candidates'
import type { StoryAnalysis } from '../../../shared/story/story-analysis'

const A = 'aaaaaaaaaaaaaaaa'
const B = 'bbbbbbbbbbbbbbbb'
const C = 'cccccccccccccccc'

function occurrence(articleId: string, start: number, text: string, speaker: string | null) {
  return {
    articleId,
    text,
    speaker,
    confidence: 'high' as const,
    description: null,
    start,
    end: start + text.length,
    diff: [],
  }
}

const view = {
  articles: [
    { id: A, title: 'A', outlet: 'Alpha', url: '' },
    { id: B, title: 'B', outlet: 'Beta', url: '' },
    { id: C, title: 'C', outlet: 'Gamma', url: '' },
  ],
  quotes: [
    {
      id: 'q1',
      text: 'Crime fell',
      articleCount: 3,
      occurrences: [
        occurrence(A, 10, 'Crime fell', 'Mayor'),
        occurrence(C, 50, 'Crime fell sharply', 'Mayor'),
        occurrence(B, 5, 'Crime fell a bit', 'José Ruiz'),
      ],
    },
    {
      id: 'q2',
      text: 'We will see',
      articleCount: 1,
      occurrences: [
        occurrence(B, 2, 'We will see', null),
        occurrence(B, 5, 'Crime fell a bit', null),
      ],
    },
  ],
} as unknown as Pick<StoryAnalysis, 'articles' | 'quotes'>

describe('evidenceCandidates', () => {
  it('offers the other articles’ quotations once each, in article then text order', () => {
    const found = evidenceCandidates(view, A)
    expect(found.map(({ passage }) => [passage.articleId, passage.start, passage.exact])).toEqual([
      [B, 2, 'We will see'],
      [B, 5, 'Crime fell a bit'],
      [C, 50, 'Crime fell sharply'],
    ])
    expect(found[1]?.passage.end).toBe(5 + 'Crime fell a bit'.length)
  })

  it('searches words and speakers, ignoring case and accents', () => {
    expect(evidenceCandidates(view, A, 'jose').map(({ speaker }) => speaker)).toEqual(['José Ruiz'])
    expect(evidenceCandidates(view, A, 'SHARPLY')).toHaveLength(1)
    expect(evidenceCandidates(view, A, 'nothing like it')).toEqual([])
  })
})
