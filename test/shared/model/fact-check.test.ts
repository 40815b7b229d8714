import { describe, expect, it } from 'vitest'
import { annotationSchema } from '../../../shared/model/annotation'
import {
  CLAIM_STATUSES,
  DEFAULT_RATING_SCALE,
  carriesFactCheck,
  claimStatusName,
  factCheckSchema,
  factCheckSettingsSchema,
  ratingById,
  ratingScaleSchema,
} from '../../../shared/model/fact-check'
import { reviewSchema } from '../../../shared/model/review'

const tag = {
  id: 'tag-00000001',
  articleId: '0123456789abcdef',
  author: { id: 'ana', name: 'Ana' },
  kind: 'claim',
  target: {
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    quote: { type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: '' },
  },
  note: '',
  created: '2026-12-07T10:00:00.000Z',
  modified: '2026-12-07T10:00:00.000Z',
}

describe('fact-check model', () => {
  it('lists the statuses in workflow order, with names', () => {
    expect(CLAIM_STATUSES).toEqual([
      'to-check',
      'researching',
      'verdict',
      'published',
      'not-checkable',
    ])
    expect(claimStatusName('not-checkable')).toBe('Not checkable')
  })

  it('carries a fact-check on claim and disputed tags only', () => {
    expect(carriesFactCheck('claim')).toBe(true)
    expect(carriesFactCheck('disputed')).toBe(true)
    expect(carriesFactCheck('quote')).toBe(false)
  })

  it('accepts a tag with a fact-check and refuses an unknown status', () => {
    const checked = {
      ...tag,
      factCheck: { status: 'verdict', verdict: 'false', claimant: 'Mayor' },
    }
    expect(annotationSchema.parse(checked).factCheck?.verdict).toBe('false')
    expect(() => annotationSchema.parse({ ...tag, factCheck: { status: 'done' } })).toThrow()
  })

  it('keeps the default scale valid and finds ratings by id', () => {
    expect(ratingScaleSchema.parse(DEFAULT_RATING_SCALE)).toEqual(DEFAULT_RATING_SCALE)
    expect(ratingById(DEFAULT_RATING_SCALE, 'half-true')?.name).toBe('Half true')
    expect(ratingById(DEFAULT_RATING_SCALE, 'pants-on-fire')).toBeNull()
  })

  it('refuses a scale with a shared key or a rating outside best..worst', () => {
    const sharedKey = {
      ...DEFAULT_RATING_SCALE,
      ratings: [
        { id: 'a', name: 'A', value: 1, key: '1' },
        { id: 'b', name: 'B', value: 2, key: '1' },
      ],
    }
    expect(() => ratingScaleSchema.parse(sharedKey)).toThrow(/share a key/)
    const outside = { best: 5, worst: 1, ratings: [{ id: 'a', name: 'A', value: 9 }] }
    expect(() => ratingScaleSchema.parse(outside)).toThrow(/outside the scale/)
  })

  it('refuses an empty passage and a review address that is not a web link', () => {
    const passage = { articleId: '0123456789abcdef', start: 4, end: 4, exact: 'x' }
    expect(() => factCheckSchema.parse({ status: 'researching', passages: [passage] })).toThrow()
    expect(() =>
      factCheckSchema.parse({ status: 'published', reviewUrl: 'javascript:alert(1)' }),
    ).toThrow()
  })

  it('needs {id} in the fact-check address pattern', () => {
    expect(() =>
      factCheckSettingsSchema.parse({ reviewUrlPattern: 'https://example.org/checks/' }),
    ).toThrow()
    expect(
      factCheckSettingsSchema.parse({ reviewUrlPattern: 'https://example.org/checks/{id}' }),
    ).toBeTruthy()
  })

  it('lets a review be about the verdict', () => {
    const review = {
      id: 'rev-00000001',
      articleId: '0123456789abcdef',
      annotationId: 'tag-00000001',
      author: { id: 'ben', name: 'Ben' },
      verdict: 'reject',
      subject: 'verdict',
      text: 'The figure is from 2019.',
      created: '2026-12-07T10:00:00.000Z',
      modified: '2026-12-07T10:00:00.000Z',
    }
    expect(reviewSchema.parse(review).subject).toBe('verdict')
    expect(() => reviewSchema.parse({ ...review, subject: 'kind' })).toThrow()
  })
})
