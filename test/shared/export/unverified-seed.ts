/**
 * The reviewed seed (see `reviewed-seed.ts`) with work taken from unsigned packages: Ben's claim
 * (tag 2) and Cara's reviews (her reject of tag 2, her accept of tag 3's verdict, her comment on
 * tag 5) are marked unverified; everything else is not.
 */
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import type { ExportOptions } from '../../../shared/export/types'
import type { Annotation } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { reviewedSeed } from './reviewed-seed'

/** The tags marked unverified by default. */
export const UNVERIFIED_TAGS = ['s0-tag-02']

/** The reviews marked unverified by default (all Cara's but her reject of tag 6). */
export const UNVERIFIED_REVIEWS = ['review-0001', 'review-0004', 'review-0005']

/** The reviewed seed with `tags` and `reviews` (ids) marked unverified. */
export function unverifiedSeed(
  tags: readonly string[] = UNVERIFIED_TAGS,
  reviews: readonly string[] = UNVERIFIED_REVIEWS,
): ReturnType<typeof reviewedSeed> {
  const seed = reviewedSeed()
  const mark = <T extends Annotation | Review>(record: T, ids: readonly string[]): T =>
    ids.includes(record.id) ? { ...record, unverified: true } : record
  return {
    article: seed.article,
    annotations: seed.annotations.map((tag) => mark(tag, tags)),
    reviews: seed.reviews.map((review) => mark(review, reviews)),
  }
}

/** The seed of {@link unverifiedSeed} placed for an export (every tag, notes, by default). */
export function unverifiedTagged(
  options: ExportOptions = { editors: [], kinds: [], notes: true },
  tags: readonly string[] = UNVERIFIED_TAGS,
  reviews: readonly string[] = UNVERIFIED_REVIEWS,
): TaggedArticle {
  const { article, annotations, reviews: all } = unverifiedSeed(tags, reviews)
  return placeTags(article, annotations, options, all)
}
