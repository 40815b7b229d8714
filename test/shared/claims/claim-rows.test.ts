import { describe, expect, it } from 'vitest'
import { claimRowsOf, reviewStateOf } from '../../../shared/claims/claim-rows'
import type { Annotation } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'

const ANA = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const BEN = { id: 'ben-okafor', name: 'Ben Okafor' }
const LEE = { id: 'lee-park', name: 'Lee Park' }

function review(id: string, fields: Partial<Review>): Review {
  return {
    id,
    articleId: 'a000000000000001',
    annotationId: 'tag-00000001',
    author: BEN,
    verdict: 'accept',
    text: '',
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    ...fields,
  }
}

function tag(id: string, start: number, fields: Partial<Annotation> = {}): Annotation {
  const exact = `Sentence   at\n${start}.`
  return {
    id,
    articleId: 'a000000000000001',
    author: ANA,
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    },
    note: '',
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    ...fields,
  }
}

describe('a tag’s review state', () => {
  it('is unreviewed, discussed, accepted, rejected, or a conflict', () => {
    expect(reviewStateOf([], 'tag-00000001')).toBe('unreviewed')
    expect(reviewStateOf([review('r-1', { verdict: 'comment', text: 'Hm' })], 'tag-00000001')).toBe(
      'discussed',
    )
    expect(reviewStateOf([review('r-1', {})], 'tag-00000001')).toBe('accepted')
    expect(reviewStateOf([review('r-1', { verdict: 'reject', text: 'No' })], 'tag-00000001')).toBe(
      'rejected',
    )
    expect(
      reviewStateOf(
        [review('r-1', {}), review('r-2', { author: LEE, verdict: 'reject', text: 'No' })],
        'tag-00000001',
      ),
    ).toBe('conflict')
  })

  it('takes each reviewer’s latest word, and leaves verdict reviews to the fact-check', () => {
    const changedMind = [
      review('r-1', { verdict: 'reject', text: 'No' }),
      review('r-2', { modified: '2026-11-02T10:00:00.000Z' }),
    ]
    expect(reviewStateOf(changedMind, 'tag-00000001')).toBe('accepted')
    expect(
      reviewStateOf(
        [review('r-1', { verdict: 'reject', text: 'No', subject: 'verdict' })],
        'tag-00000001',
      ),
    ).toBe('unreviewed')
    expect(
      reviewStateOf(
        [review('r-1', { verdict: 'comment', text: 'Why?', subject: 'verdict' })],
        'tag-00000001',
      ),
    ).toBe('discussed')
  })
})

describe('an article’s claim rows', () => {
  it('lists claim and disputed tags in text order with their fact-check and review state', () => {
    const rows = claimRowsOf(
      'a000000000000001',
      [
        tag('tag-00000002', 50, { kind: 'disputed' }),
        tag('tag-00000003', 10, { kind: 'quote' }),
        tag('tag-00000001', 20, {
          factCheck: {
            status: 'verdict',
            verdict: 'false',
            claimant: ' The mayor ',
            summary: 'Taxes',
          },
        }),
      ],
      [review('r-1', { annotationId: 'tag-00000002', verdict: 'reject', text: 'No' })],
    )
    expect(rows.map((row) => [row.id, row.kind, row.review])).toEqual([
      ['tag-00000001', 'claim', 'unreviewed'],
      ['tag-00000002', 'disputed', 'rejected'],
    ])
    expect(rows[0]).toMatchObject({
      text: 'Sentence at 20.',
      claimant: 'The mayor',
      status: 'verdict',
      verdict: 'false',
      summary: 'Taxes',
      editor: ANA,
    })
    expect(rows[1]).toMatchObject({ claimant: '', status: null, verdict: null, summary: '' })
  })
})
