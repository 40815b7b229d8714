import { describe, expect, it } from 'vitest'
import {
  ClaimReviewMissingError,
  claimReviewExport,
  claimReviews,
  type ClaimReviewInput,
} from '../../../shared/export/claimreview'
import { placeTags } from '../../../shared/export/placed-tags'
import type { ExportOptions } from '../../../shared/export/types'
import { annotationSchema } from '../../../shared/model/annotation'
import type { FactCheckSettings } from '../../../shared/model/fact-check'
import { reviewedSeed } from './reviewed-seed'

const all: ExportOptions = { editors: [], kinds: [], notes: true }

const SETTINGS: FactCheckSettings = {
  publisher: { name: 'Desk Checks', url: 'https://desk.example.org/' },
  reviewUrlPattern: 'https://desk.example.org/checks/{id}',
}

const ELSEWHERE = {
  url: 'https://other.example.com/story',
  title: 'The same story elsewhere',
  outlet: 'Other Outlet',
  published: '2025-11-18',
}

/** The reviewed seed with a web address and a date, placed, and the ClaimReview input. */
function setup(
  settings: FactCheckSettings = SETTINGS,
  options: ExportOptions = all,
  edit: (seed: ReturnType<typeof reviewedSeed>) => void = () => undefined,
) {
  const seed = reviewedSeed()
  seed.article = { ...seed.article, url: 'https://news.example.com/a', published: '2025-11-17' }
  edit(seed)
  const tagged = placeTags(seed.article, seed.annotations, options, seed.reviews)
  const input: ClaimReviewInput = {
    settings,
    appearances: new Map([['s0-tag-03', [ELSEWHERE]]]),
  }
  return { tagged, input }
}

describe('claimReviews', () => {
  it('writes one ClaimReview per claim with a verdict, with every field filled', () => {
    const { tagged, input } = setup()
    const report = claimReviews(tagged, input)
    expect(report.missing).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.reviews).toHaveLength(2)
    expect(report.reviews[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://desk.example.org/checks/s0-tag-03',
      claimReviewed: 'The ministry says cases doubled in a week.',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Ministry of Health' },
        datePublished: '2025-11-17',
        appearance: [
          {
            '@type': 'CreativeWork',
            url: 'https://news.example.com/a',
            headline: tagged.article.title,
            datePublished: '2025-11-17',
          },
          {
            '@type': 'CreativeWork',
            url: 'https://other.example.com/story',
            headline: 'The same story elsewhere',
            publisher: { '@type': 'Organization', name: 'Other Outlet' },
            datePublished: '2025-11-18',
          },
        ],
      },
      author: { '@type': 'Organization', name: 'Desk Checks', url: 'https://desk.example.org/' },
      datePublished: '2025-11-19T12:00:00.000Z',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'False',
      },
    })
  })

  it('takes the rating numbers and name from the library’s own scale', () => {
    const { tagged, input } = setup({
      ...SETTINGS,
      ratingScale: {
        best: 10,
        worst: 0,
        ratings: [{ id: 'false', name: 'Pants on fire', value: 0 }],
      },
    })
    expect(claimReviews(tagged, input).reviews[0]?.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 0,
      bestRating: 10,
      worstRating: 0,
      alternateName: 'Pants on fire',
    })
  })

  it('refuses the export listing exactly the required fields that are missing', () => {
    const { tagged, input } = setup({})
    const report = claimReviews(tagged, input)
    expect(report.missing.map((problem) => [problem.tagId, problem.field])).toEqual([
      [null, 'author'],
      ['s0-tag-03', 'url'],
      ['s0-tag-11', 'url'],
    ])
    expect(() => claimReviewExport(tagged, input)).toThrow(ClaimReviewMissingError)
    try {
      claimReviewExport(tagged, input)
    } catch (error) {
      expect((error as ClaimReviewMissingError).message).toContain('--publisher NAME')
      expect((error as ClaimReviewMissingError).message).toContain('--review-url')
    }
  })

  it('uses a claim’s own fact-check address before the pattern', () => {
    const { tagged, input } = setup({ publisher: { name: 'Desk' } }, all, (seed) => {
      seed.annotations = seed.annotations.map((tag) =>
        tag.factCheck
          ? annotationSchema.parse({
              ...tag,
              factCheck: { ...tag.factCheck, reviewUrl: `https://desk.example.org/${tag.id}.html` },
            })
          : tag,
      )
    })
    const report = claimReviews(tagged, input)
    expect(report.missing).toEqual([])
    expect(report.reviews.map((review) => review.url)).toEqual([
      'https://desk.example.org/s0-tag-03.html',
      'https://desk.example.org/s0-tag-11.html',
    ])
  })

  it('refuses a verdict no longer on the scale, and an export with no verdict at all', () => {
    const { tagged, input } = setup({
      ...SETTINGS,
      ratingScale: { best: 1, worst: 0, ratings: [{ id: 'true', name: 'True', value: 1 }] },
    })
    expect(claimReviews(tagged, input).missing.map((problem) => problem.field)).toEqual([
      'reviewRating',
      'reviewRating',
    ])
    const none = setup(SETTINGS, { ...all, kinds: ['quote'] })
    const report = claimReviews(none.tagged, none.input)
    expect(report.reviews).toEqual([])
    expect(report.missing).toHaveLength(1)
    expect(report.missing[0]?.message).toContain('No claim or disputed tag')
  })

  it('warns about recommended fields: claimant, dates and appearances', () => {
    const { tagged, input } = setup(SETTINGS, all, (seed) => {
      seed.article = { ...seed.article, url: '', published: null }
      seed.annotations = seed.annotations.map((tag) =>
        tag.id === 's0-tag-11'
          ? annotationSchema.parse({
              ...tag,
              factCheck: { status: 'verdict', verdict: 'false' },
            })
          : tag,
      )
    })
    const report = claimReviews(tagged, input)
    expect(report.missing).toEqual([])
    expect(report.warnings.filter((w) => w.tagId === 's0-tag-11').map((w) => w.field)).toEqual([
      'itemReviewed.author',
      'itemReviewed.datePublished',
      'datePublished',
      'itemReviewed.appearance',
    ])
    // The claim without a summary is reviewed as its sentence.
    const copy = tagged.placed.find((tag) => tag.annotation.id === 's0-tag-11')!
    expect(report.reviews[1]?.claimReviewed).toBe(copy.exact)
  })

  it('leaves out rejected claims when the export leaves rejected tags out', () => {
    const { tagged, input } = setup(SETTINGS, { ...all, preset: 'publishable' }, (seed) => {
      seed.reviews = seed.reviews.map((review) =>
        review.annotationId === 's0-tag-03' && review.subject === undefined
          ? { ...review, verdict: 'reject', text: 'Wrong sentence.' }
          : review,
      )
    })
    expect(claimReviews(tagged, input).reviews.map((review) => review.url)).toEqual([
      'https://desk.example.org/checks/s0-tag-11',
    ])
  })

  it('writes a JSON array, one ClaimReview per element', () => {
    const { tagged, input } = setup()
    const parsed = JSON.parse(claimReviewExport(tagged, input)) as unknown[]
    expect(parsed).toHaveLength(2)
  })

  it('warns when a reviewer rejected the verdict', () => {
    const { tagged, input } = setup(SETTINGS, all, (seed) => {
      seed.reviews = seed.reviews.map((review) =>
        review.subject === 'verdict'
          ? { ...review, verdict: 'reject', text: 'Should be misleading.' }
          : review,
      )
    })
    const report = claimReviews(tagged, input)
    expect(report.missing).toEqual([])
    expect(report.warnings.map((warning) => [warning.tagId, warning.field])).toEqual([
      ['s0-tag-03', 'reviewRating'],
    ])
    expect(report.warnings[0]?.message).toContain(
      'its verdict was rejected in review by Cara Díaz (“Should be misleading.”)',
    )
  })
})

describe('claimReviews of work from unsigned packages', () => {
  const markTag = (id: string) => (seed: ReturnType<typeof reviewedSeed>) => {
    seed.annotations = seed.annotations.map((tag) =>
      tag.id === id ? { ...tag, unverified: true as const } : tag,
    )
  }

  it('refuses a verdict whose author is unverified, saying whose it is and what to do', () => {
    const { tagged, input } = setup(SETTINGS, all, markTag('s0-tag-03'))
    const report = claimReviews(tagged, input)
    expect(report.missing.map((problem) => [problem.tagId, problem.field])).toEqual([
      ['s0-tag-03', 'reviewRating'],
    ])
    expect(report.missing[0]?.message).toMatch(
      /^Claim \d+ \(“.+”\): its verdict is Ana Ruiz’s, taken from an unsigned package: nothing proves they gave it/,
    )
    expect(report.missing[0]?.message).toContain('Leave Ana Ruiz’s tags out of this export')
    expect(() => claimReviewExport(tagged, input)).toThrow(ClaimReviewMissingError)
  })

  it('goes ahead once the unverified author’s tags are left out', () => {
    const { tagged, input } = setup(
      SETTINGS,
      { ...all, editors: ['ben-okafor'] },
      markTag('s0-tag-03'),
    )
    const report = claimReviews(tagged, input)
    expect(report.missing).toEqual([])
    expect(report.reviews.map((review) => review.url)).toEqual([
      'https://desk.example.org/checks/s0-tag-11',
    ])
  })

  it('marks an unverified reviewer’s rejection of the verdict in its warning', () => {
    const { tagged, input } = setup(SETTINGS, all, (seed) => {
      seed.reviews = seed.reviews.map((review) =>
        review.subject === 'verdict'
          ? { ...review, verdict: 'reject', text: 'Should be misleading.', unverified: true }
          : review,
      )
    })
    const report = claimReviews(tagged, input)
    expect(report.missing).toEqual([])
    expect(report.warnings[0]?.message).toContain(
      'rejected in review by Cara Díaz (unverified author) (“Should be misleading.”)',
    )
  })
})
