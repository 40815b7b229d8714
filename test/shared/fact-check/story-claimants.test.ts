import { describe, expect, it } from 'vitest'
import { storyClaimants } from '../../../shared/fact-check/story-claimants'
import type { StoryAnalysis } from '../../../shared/story/story-analysis'

function occurrence(speaker: string | null) {
  return {
    articleId: '0123456789abcdef',
    text: 'words',
    speaker,
    confidence: 'high' as const,
    description: null,
    start: 0,
    end: 5,
    diff: [],
  }
}

describe('storyClaimants', () => {
  it('lists named speakers and role holders once, most named first', () => {
    const view = {
      quotes: [
        {
          id: 'q1',
          text: 'words',
          articleCount: 3,
          occurrences: [occurrence('Ana Ruiz'), occurrence('ana ruiz'), occurrence(null)],
        },
        { id: 'q2', text: 'more', articleCount: 1, occurrences: [occurrence('Ben Ode')] },
      ],
      roles: [{ person: 'Cleo Park', conflict: false, values: [] }],
    } as unknown as Pick<StoryAnalysis, 'quotes' | 'roles'>
    expect(storyClaimants(view)).toEqual(['Ana Ruiz', 'Ben Ode', 'Cleo Park'])
  })

  it('is empty for a story without speakers', () => {
    expect(storyClaimants({ quotes: [], roles: [] })).toEqual([])
  })
})
