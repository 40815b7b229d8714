import { z } from 'zod'
import { editorRefSchema, tagIdSchema } from './annotation'
import { articleIdSchema } from './article'

/** What a reviewer can say about another editor's tag (a comment can be on any tag). */
export const REVIEW_VERDICTS = ['accept', 'reject', 'comment'] as const

/** A review's verdict. */
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number]

/** What a review can be about: the tag (its kind and span), or the verdict of its fact-check. */
export const REVIEW_SUBJECTS = ['tag', 'verdict'] as const

/** What a review is about. */
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number]

/** The most reviews one article file may hold (every reviewer's together). */
export const MAX_REVIEWS_PER_ARTICLE = 100_000

/**
 * A reviewer's word on one tag: an accept (with an optional note), a reject (with its reason) or
 * a comment (its body; a reply is just a later comment on the same tag). Each review has its own
 * author and times, and only its author ever changes it.
 */
export const reviewSchema = z
  .strictObject({
    id: tagIdSchema,
    articleId: articleIdSchema,
    /** The tag reviewed. */
    annotationId: tagIdSchema,
    author: editorRefSchema,
    verdict: z.enum(REVIEW_VERDICTS),
    /** What is reviewed: the tag itself (the default), or the fact-check verdict on it. */
    subject: z.enum(REVIEW_SUBJECTS).optional(),
    /** The reason of a reject, the body of a comment, an optional note on an accept. */
    text: z.string().max(20_000),
    /** Set on a review taken from an unsigned package on confirmation (see the tag's field). */
    unverified: z.literal(true).optional(),
    created: z.iso.datetime(),
    modified: z.iso.datetime(),
  })
  .superRefine((review, context) => {
    if (review.verdict === 'accept' || review.text.trim().length > 0) return
    context.addIssue({
      code: 'custom',
      message:
        review.verdict === 'reject' ? 'a reject needs a reason' : 'a comment cannot be empty',
      path: ['text'],
    })
  })

/** A reviewer's word on one tag: accept, reject (with a reason) or comment. */
export type Review = z.infer<typeof reviewSchema>

/** A list of reviews with no two sharing an id. */
export const reviewListSchema = z
  .array(reviewSchema)
  .max(MAX_REVIEWS_PER_ARTICLE)
  .refine(
    (reviews) => new Set(reviews.map((review) => review.id)).size === reviews.length,
    'two reviews share an id',
  )
