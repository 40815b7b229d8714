import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../shared/anchoring'
import type { PackageArticle } from '../../../shared/exchange/package'
import type { Annotation } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { describeTrailAction, trailActions } from '../../../shared/team/trail'

const TEXT = 'First sentence here. Second sentence there.'
const ben = { id: 'ben', name: 'Ben' }
const ARTICLE = '0123456789abcdef'

function tagOf(id: string, kind: Annotation['kind'], modified: string): Annotation {
  return {
    id,
    articleId: ARTICLE,
    author: ben,
    kind,
    target: describeSpan(TEXT, 0, 20),
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified,
  }
}

function reviewOf(id: string, verdict: Review['verdict'], modified: string): Review {
  return {
    id,
    articleId: ARTICLE,
    annotationId: 'tagofana',
    author: ben,
    verdict,
    text: verdict === 'accept' ? '' : 'because',
    created: '2026-01-01T00:00:00.000Z',
    modified,
  }
}

function share(annotations: Annotation[], reviews: Review[] = []): PackageArticle {
  return {
    articleId: ARTICLE,
    textHash: 'f'.repeat(64),
    title: 'T',
    annotations,
    deleted: [],
    reviews,
    deletedReviews: [],
  }
}

const T1 = '2026-01-01T00:00:00.000Z'
const T2 = '2026-01-02T00:00:00.000Z'

describe('trailActions', () => {
  it('reads tags added, re-kinded, edited and deleted between two versions of a file', () => {
    expect(trailActions(null, share([tagOf('tag00001', 'claim', T1)]))).toEqual([
      { action: 'tagged', tagId: 'tag00001', kind: 'claim', quote: 'First sentence here.' },
    ])
    const before = share([tagOf('tag00001', 'claim', T1), tagOf('tag00002', 'quote', T1)])
    const after = share([tagOf('tag00001', 'disputed', T2), tagOf('tag00003', 'quote', T1)])
    expect(trailActions(before, after).map((action) => action.action)).toEqual([
      'retagged',
      'tagged',
      'untagged',
    ])
    const edited = trailActions(
      share([tagOf('tag00001', 'claim', T1)]),
      share([tagOf('tag00001', 'claim', T2)]),
    )
    expect(edited).toEqual([
      { action: 'changed', tagId: 'tag00001', quote: 'First sentence here.' },
    ])
    expect(trailActions(before, before)).toEqual([])
  })

  it('reads verdicts given, changed and withdrawn', () => {
    const accepted = share([], [reviewOf('rev00001', 'accept', T1)])
    expect(trailActions(share([]), accepted)).toEqual([
      { action: 'accepted', tagId: 'tagofana', reviewId: 'rev00001', text: '' },
    ])
    const rejected = share([], [reviewOf('rev00001', 'reject', T2)])
    expect(trailActions(accepted, rejected)).toEqual([
      {
        action: 'verdict-changed',
        tagId: 'tagofana',
        reviewId: 'rev00001',
        from: 'accept',
        to: 'reject',
      },
    ])
    expect(trailActions(rejected, share([]))).toEqual([
      { action: 'review-withdrawn', reviewId: 'rev00001' },
    ])
    expect(
      describeTrailAction({ action: 'rejected', tagId: 't', reviewId: 'r', text: 'wrong' }),
    ).toBe('rejected tag t: wrong')
  })
})
