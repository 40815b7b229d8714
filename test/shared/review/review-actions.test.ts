import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { FactmarkError } from '../../../shared/ipc/result'
import { annotationSchema, type Annotation } from '../../../shared/model/annotation'
import { reviewListSchema } from '../../../shared/model/review'
import {
  acceptTagWork,
  commentTagWork,
  rejectTagWork,
  type ReviewActionInput,
} from '../../../shared/review/review-actions'

const TEXT = 'The mayor spoke. Taxes rose by half. Nobody came.'
const ARTICLE = '0123456789abcdef'
const ANA = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const BEN = { id: 'ben-okafor', name: 'Ben Okafor' }

function tag(
  id: string,
  author: typeof ANA,
  start: number,
  end: number,
  kind = 'claim',
): Annotation {
  return annotationSchema.parse({
    id,
    articleId: ARTICLE,
    author,
    kind,
    target: describeSpan(TEXT, start, end),
    note: 'Check it.',
    created: '2026-11-20T09:00:00.000Z',
    modified: '2026-11-20T09:00:00.000Z',
  })
}

const taxes = [17, 36] as const
let counter = 0
function input(overrides: Partial<ReviewActionInput> = {}): ReviewActionInput {
  return {
    text: TEXT,
    tags: [tag('ana-tag-0001', ANA, ...taxes), tag('ben-tag-0001', BEN, ...taxes, 'context')],
    reviews: [],
    tagId: 'ana-tag-0001',
    editor: BEN,
    now: '2026-11-20T10:00:00.000Z',
    newId: () => `new-id-${String((counter += 1)).padStart(4, '0')}`,
    ...overrides,
  }
}

describe('review actions', () => {
  it('accept gives the reviewer a copy crediting the author, replacing their tag over that text', () => {
    const result = acceptTagWork(input())
    expect(result.tags).toHaveLength(1)
    expect(result.copy).toMatchObject({
      author: BEN,
      kind: 'claim',
      note: 'Check it.',
      acceptedFrom: { annotationId: 'ana-tag-0001', author: ANA },
    })
    expect(result.tags[0]).toBe(result.copy)
    expect(result.reviews).toEqual([result.review])
    expect(result.review).toMatchObject({ verdict: 'accept', annotationId: 'ana-tag-0001' })
    expect(reviewListSchema.safeParse(result.reviews).success).toBe(true)
    // Accepting again changes nothing.
    const again = acceptTagWork(
      input({ tags: [tag('ana-tag-0001', ANA, ...taxes), result.copy!], reviews: result.reviews }),
    )
    expect(again.changed).toBe(false)
  })

  it('reject replaces the earlier accept, keeps its id and removes the accepted copy', () => {
    const accepted = acceptTagWork(input())
    const tags = [tag('ana-tag-0001', ANA, ...taxes), accepted.copy!]
    const rejected = rejectTagWork(input({ tags, reviews: accepted.reviews }), '  No source. ')
    expect(rejected.tags).toEqual([])
    expect(rejected.reviews).toHaveLength(1)
    expect(rejected.review).toMatchObject({
      id: accepted.review.id,
      verdict: 'reject',
      text: 'No source.',
      created: accepted.review.created,
    })
    expect(() => rejectTagWork(input(), ' ')).toThrow(FactmarkError)
  })

  it('refuses a verdict on one’s own tag but allows a comment on it', () => {
    expect(() => acceptTagWork(input({ editor: ANA }))).toThrow(/own/)
    expect(() => rejectTagWork(input({ editor: ANA }), 'x')).toThrow(/own/)
    const comment = commentTagWork(input({ editor: ANA }), 'Source added.')
    expect(comment.review).toMatchObject({ verdict: 'comment', author: ANA, text: 'Source added.' })
    expect(() => commentTagWork(input({ tagId: 'missing-tag-01' }), 'x')).toThrow(/no tag/)
  })
})
