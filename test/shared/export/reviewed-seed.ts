/**
 * Seed 0 with reviews, for the review outcome in every export: Ben's claim (tag 2) rejected by
 * two reviewers, Ana's disputed tag (tag 3) accepted by Ben (whose copy, tag 11, credits Ana) and
 * carrying a fact-check whose verdict Cara accepted, Ben's claim in the context tag (tag 5)
 * discussed by Cara and Ben, and Ben's context tag (tag 6) both accepted and rejected.
 */
import { annotationSchema, type Annotation, type EditorRef } from '../../../shared/model/annotation'
import { reviewSchema, type Review } from '../../../shared/model/review'
import {
  placeTags as placeTagsForTest,
  type TaggedArticle,
} from '../../../shared/export/placed-tags'
import type { ExportOptions } from '../../../shared/export/types'
import { ANA, BEN, seedCase } from './seed-annotations'

/** The third editor, who only reviews. */
export const CARA: EditorRef = { id: 'cara-diaz', name: 'Cara Díaz' }

const at = (minute: number) => new Date(Date.UTC(2025, 10, 19, 9, minute)).toISOString()

/** A review of tag `tag` of seed 0. */
function review(
  articleId: string,
  id: string,
  tag: string,
  author: EditorRef,
  verdict: Review['verdict'],
  text: string,
  minute: number,
  subject?: Review['subject'],
): Review {
  return reviewSchema.parse({
    id,
    articleId,
    annotationId: tag,
    author,
    verdict,
    text,
    ...(subject ? { subject } : {}),
    created: at(minute),
    modified: at(minute),
  })
}

/** Seed 0, its tags (tag 3 with a fact-check, and Ben's accepted copy of it) and its reviews. */
export function reviewedSeed(): {
  article: ReturnType<typeof seedCase>['article']
  annotations: Annotation[]
  reviews: Review[]
} {
  const seed = seedCase(0)
  const id = seed.article.id
  const annotations = seed.annotations.map((tag) =>
    tag.id === 's0-tag-03'
      ? annotationSchema.parse({
          ...tag,
          factCheck: {
            claimant: 'Ministry of Health',
            status: 'verdict',
            verdict: 'false',
            summary: 'The ministry says cases doubled in a week.',
            verdictAt: '2025-11-19T12:00:00.000Z',
          },
        })
      : tag,
  )
  const original = annotations.find((tag) => tag.id === 's0-tag-03')!
  annotations.push(
    annotationSchema.parse({
      ...original,
      id: 's0-tag-11',
      author: BEN,
      acceptedFrom: { annotationId: original.id, author: ANA },
      created: at(30),
      modified: at(30),
    }),
  )
  const reviews = [
    review(id, 'review-0001', 's0-tag-02', CARA, 'reject', 'No source for the figure.', 1),
    review(id, 'review-0002', 's0-tag-02', ANA, 'reject', 'Opinion, not a claim.', 2),
    review(id, 'review-0003', 's0-tag-03', BEN, 'accept', '', 30),
    review(id, 'review-0004', 's0-tag-03', CARA, 'accept', 'Rating checked.', 31, 'verdict'),
    // The discussion is stored out of order: exports put it in time order.
    review(id, 'review-0006', 's0-tag-05', BEN, 'comment', 'Yes, see page 3.', 41),
    review(id, 'review-0005', 's0-tag-05', CARA, 'comment', 'Is this the same figure?', 40),
    review(id, 'review-0007', 's0-tag-06', ANA, 'accept', '', 50),
    review(id, 'review-0008', 's0-tag-06', CARA, 'reject', 'Too broad.', 51),
  ]
  return { article: seed.article, annotations, reviews }
}

/** The reviewed seed placed for an export with `options` (every tag, notes, by default). */
export function reviewedTagged(
  options: ExportOptions = { editors: [], kinds: [], notes: true },
): TaggedArticle {
  const { article, annotations, reviews } = reviewedSeed()
  return placeTagsForTest(article, annotations, options, reviews)
}
