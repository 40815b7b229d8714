import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { annotationSchema } from '../../../shared/model/annotation'
import { reviewListSchema, reviewSchema } from '../../../shared/model/review'
import {
  migrateArticleFile,
  migrateLibraryFile,
  NewerFormatError,
  STORE_VERSION,
} from '../../../shared/model/store-files'
import { SAM, review, tag, ANA } from '../exchange/exchange-fixtures'

const FIXTURES = new URL('../../fixtures/store/', import.meta.url)

async function fixture(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(fileURLToPath(new URL(path, FIXTURES)), 'utf8')) as Record<
    string,
    unknown
  >
}

describe('reviewSchema', () => {
  const on = tag(SAM, 'claim').id

  it('takes an accept without a note, and rejects and comments with their text', () => {
    expect(reviewSchema.parse(review(ANA, 'a', on, 'accept'))).toEqual(review(ANA, 'a', on))
    expect(reviewSchema.safeParse(review(ANA, 'r', on, 'reject', 0, 'Wrong count.')).success).toBe(
      true,
    )
    expect(reviewSchema.safeParse(review(ANA, 'c', on, 'comment', 0, 'Source?')).success).toBe(true)
  })

  it('refuses a reject without a reason and an empty comment, saying which', () => {
    const reject = reviewSchema.safeParse(review(ANA, 'r', on, 'reject', 0, '  '))
    expect(reject.error?.issues[0]).toMatchObject({
      path: ['text'],
      message: 'a reject needs a reason',
    })
    const comment = reviewSchema.safeParse(review(ANA, 'c', on, 'comment', 0, ''))
    expect(comment.error?.issues[0]?.message).toBe('a comment cannot be empty')
    expect(reviewSchema.safeParse({ ...review(ANA, 'x', on), verdict: 'dispute' }).success).toBe(
      false,
    )
    expect(reviewSchema.safeParse({ ...review(ANA, 'x', on), extra: 1 }).success).toBe(false)
  })

  it('refuses two reviews with one id in a list', () => {
    const one = review(ANA, 'a', on)
    expect(
      reviewListSchema.safeParse([one, { ...one, verdict: 'comment', text: 'x' }]).success,
    ).toBe(false)
  })

  it('lets an accepted copy of a tag credit the tag it came from', () => {
    const copy = { ...tag(ANA, 'copy'), acceptedFrom: { annotationId: on, author: SAM } }
    expect(annotationSchema.parse(copy)).toEqual(copy)
    expect(
      annotationSchema.safeParse({ ...copy, acceptedFrom: { annotationId: on } }).success,
    ).toBe(false)
  })
})

describe('store format 2', () => {
  it('reads a format-1 article file (the v1 fixture) as format 2 with no reviews or tombstones', async () => {
    const v1 = await fixture('v1-before-tags/articles/f542dea5200fcbf6.json')
    expect(v1.version).toBe(1)
    const file = migrateArticleFile(v1)
    expect(STORE_VERSION).toBe(2)
    expect(file).toMatchObject({ version: 2, annotations: [], reviews: [], tombstones: [] })
    // The metadata gains the per-editor counts, worked out from its (no) tags.
    expect(file.article).toEqual({ ...(v1.article as object), tagsByEditor: [] })
  })

  it('reads a format-1 article file with tags, and a format-1 library index', async () => {
    const v1 = await fixture('v1-before-tags/articles/f542dea5200fcbf6.json')
    const withTags = { ...v1, annotations: [{ ...tag(ANA, 'one'), articleId: 'f542dea5200fcbf6' }] }
    expect(migrateArticleFile(withTags).annotations).toHaveLength(1)
    const index = migrateLibraryFile(await fixture('v1-before-tags/library.json'))
    expect(index.version).toBe(2)
    expect(index.articles).toHaveLength(1)
  })

  it('keeps format-2 reviews and tombstones, and refuses format-1 files that claim them', async () => {
    const v1 = await fixture('v1-before-tags/articles/f542dea5200fcbf6.json')
    const stone = {
      record: 'review',
      authorId: 'ana',
      id: 'ana-r-old',
      deletedAt: '2025-03-04T10:00:00.000Z',
    }
    const v2 = { ...v1, version: 2, reviews: [], tombstones: [stone] }
    expect(migrateArticleFile(v2).tombstones).toEqual([stone])
    expect(() => migrateArticleFile({ ...v2, tombstones: [stone, stone] })).toThrow(
      /two tombstones stand for the same record/,
    )
    expect(() => migrateArticleFile({ ...v2, tombstones: [{ ...stone, record: 'note' }] })).toThrow(
      /not an article file/,
    )
  })

  it('refuses a newer format as such and an unknown older one as damage', async () => {
    const v1 = await fixture('v1-before-tags/articles/f542dea5200fcbf6.json')
    expect(() => migrateArticleFile({ ...v1, version: 3 })).toThrow(NewerFormatError)
    expect(() => migrateArticleFile({ ...v1, version: 0 })).toThrow(/not an article file/)
    const newer = await fixture('corrupt/newer-version.json')
    expect(() => migrateArticleFile(newer)).toThrow(NewerFormatError)
  })
})
