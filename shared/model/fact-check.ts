import { z } from 'zod'
import { articleIdSchema } from './article'

/**
 * The fact-check on a claim or disputed tag: who made the claim, where the desk's check stands,
 * the verdict on the library's rating scale, a one-line summary, passages from other articles
 * that bear on it, and the published fact-check's address. Every screen, key, export and CLI
 * command that names a claim status or a rating derives it from the tables here.
 */

/** One step of a claim's check, in the order a desk moves through them. */
export interface ClaimStatusSpec {
  /** The status's id, stored on the tag. */
  readonly status: string
  /** Its display name. */
  readonly name: string
  /** The key (after the status prefix key) that sets it. */
  readonly key: string
}

const STATUS_TABLE = [
  { status: 'to-check', name: 'To check', key: '1' },
  { status: 'researching', name: 'Researching', key: '2' },
  { status: 'verdict', name: 'Verdict', key: '3' },
  { status: 'published', name: 'Published', key: '4' },
  { status: 'not-checkable', name: 'Not checkable', key: '0' },
] as const satisfies readonly ClaimStatusSpec[]

/** The statuses of a claim's check, in workflow order ("not checkable" last). */
export const CLAIM_STATUS_SPECS: readonly ClaimStatusSpec[] = STATUS_TABLE

/** The ids of the claim statuses. */
export const CLAIM_STATUSES = STATUS_TABLE.map((row) => row.status) as [
  (typeof STATUS_TABLE)[number]['status'],
  ...(typeof STATUS_TABLE)[number]['status'][],
]

/** A claim's check status. */
export type ClaimStatus = (typeof STATUS_TABLE)[number]['status']

/** The display name of a claim status. */
export function claimStatusName(status: ClaimStatus): string {
  return STATUS_TABLE.find((row) => row.status === status)?.name ?? status
}

/** The tag kinds that carry a fact-check. */
export const FACT_CHECK_KINDS = ['claim', 'disputed'] as const

/** Whether a tag of this kind can carry a fact-check. */
export function carriesFactCheck(kind: string): boolean {
  return (FACT_CHECK_KINDS as readonly string[]).includes(kind)
}

/** A rating's id: lowercase letters, digits and hyphens. */
export const ratingIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'not a rating id')

/** One rating of a scale: its id (stored on tags), its name (ClaimReview's `alternateName`) and number (`ratingValue`). */
export const ratingSchema = z.strictObject({
  id: ratingIdSchema,
  name: z.string().trim().min(1, 'a rating needs a name').max(60),
  /** ClaimReview's `ratingValue`. Ratings of no value on the scale (Misleading, Unverifiable) still need a number. */
  value: z.number().int().min(-100).max(100),
  /** The key (after the verdict prefix key) that picks this rating. */
  key: z
    .string()
    .regex(/^[0-9a-z]$/, 'a rating key is one digit or letter')
    .optional(),
})

/** One rating of a scale. */
export type Rating = z.infer<typeof ratingSchema>

/**
 * A library's rating scale: the ratings a verdict can take, with the numbers ClaimReview gives
 * as `bestRating` and `worstRating`. Ratings are unique by id and by key.
 */
export const ratingScaleSchema = z
  .strictObject({
    ratings: z.array(ratingSchema).min(1, 'a scale needs a rating').max(20),
    /** ClaimReview's `bestRating`. */
    best: z.number().int().min(-100).max(100),
    /** ClaimReview's `worstRating`. */
    worst: z.number().int().min(-100).max(100),
  })
  .superRefine((scale, context) => {
    const ids = scale.ratings.map((rating) => rating.id)
    if (new Set(ids).size !== ids.length) {
      context.addIssue({ code: 'custom', message: 'two ratings share an id', path: ['ratings'] })
    }
    const keys = scale.ratings.flatMap((rating) => (rating.key ? [rating.key] : []))
    if (new Set(keys).size !== keys.length) {
      context.addIssue({ code: 'custom', message: 'two ratings share a key', path: ['ratings'] })
    }
    const low = Math.min(scale.best, scale.worst)
    const high = Math.max(scale.best, scale.worst)
    for (const [index, rating] of scale.ratings.entries()) {
      if (rating.value < low || rating.value > high) {
        context.addIssue({
          code: 'custom',
          message: `the rating "${rating.name}" lies outside the scale from ${scale.worst} to ${scale.best}`,
          path: ['ratings', index, 'value'],
        })
      }
    }
  })

/** A library's rating scale. */
export type RatingScale = z.infer<typeof ratingScaleSchema>

/** The scale a new library starts with; each library can edit its own. */
export const DEFAULT_RATING_SCALE: RatingScale = {
  best: 5,
  worst: 1,
  ratings: [
    { id: 'true', name: 'True', value: 5, key: '1' },
    { id: 'mostly-true', name: 'Mostly true', value: 4, key: '2' },
    { id: 'half-true', name: 'Half true', value: 3, key: '3' },
    { id: 'mostly-false', name: 'Mostly false', value: 2, key: '4' },
    { id: 'false', name: 'False', value: 1, key: '5' },
    { id: 'misleading', name: 'Misleading', value: 2, key: '6' },
    { id: 'unverifiable', name: 'Unverifiable', value: 3, key: '7' },
  ],
}

/** The rating of this id on a scale, or null when the scale has none (a verdict from an older scale). */
export function ratingById(scale: RatingScale, id: string): Rating | null {
  return scale.ratings.find((rating) => rating.id === id) ?? null
}

/** The summary length past which the editor is warned (ClaimReview's `claimReviewed` reads best short). */
export const SUMMARY_SOFT_LIMIT = 75

const offset = z.number().int().nonnegative().max(1_000_000_000)

/** A passage of another article in the library given as evidence: which article, and where in its plain text. */
export const evidencePassageSchema = z
  .strictObject({
    articleId: articleIdSchema,
    start: offset,
    end: offset,
    /** The passage's text when it was picked, to re-anchor it if the article changed. */
    exact: z.string().min(1).max(5_000),
  })
  .refine((passage) => passage.end > passage.start, 'a passage must not be empty')

/** A passage of another article given as evidence. */
export type EvidencePassage = z.infer<typeof evidencePassageSchema>

/** The fact-check on a claim or disputed tag. */
export const factCheckSchema = z.strictObject({
  /** Who made the claim: a person or an organisation. */
  claimant: z.string().trim().max(200).optional(),
  status: z.enum(CLAIM_STATUSES),
  /** The rating's id on the library's scale; set once the status reaches "verdict". */
  verdict: ratingIdSchema.optional(),
  /** The claim in one line (ClaimReview's `claimReviewed`). */
  summary: z.string().max(500).optional(),
  /** Passages of other articles that bear on the claim. */
  passages: z.array(evidencePassageSchema).max(50).optional(),
  /** The published fact-check's address, when it differs from the library's pattern. */
  reviewUrl: z
    .string()
    .max(2048)
    .regex(/^https?:\/\/[^\s<>"]+$/i, 'a fact-check address must be an http(s) link')
    .optional(),
  /** When the verdict was given (ClaimReview's `datePublished` falls back to it). */
  verdictAt: z.iso.datetime().optional(),
})

/** The fact-check on a claim or disputed tag. */
export type FactCheck = z.infer<typeof factCheckSchema>

/** The library-wide settings of the fact-check pipeline (kept in the library's `settings.json`). */
export const factCheckSettingsSchema = z.strictObject({
  ratingScale: ratingScaleSchema.optional(),
  /** ClaimReview's `author`: the publishing organisation. */
  publisher: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      url: z
        .string()
        .max(2048)
        .regex(/^https?:\/\/[^\s<>"]+$/i, 'the publisher address must be an http(s) link')
        .optional(),
    })
    .optional(),
  /** The fact-check page's address, with `{id}` for the tag's id, e.g. `https://example.org/checks/{id}`. */
  reviewUrlPattern: z
    .string()
    .max(2048)
    .regex(
      /^https?:\/\/[^\s<>"]*\{id\}[^\s<>"]*$/i,
      'the pattern must be an http(s) link holding {id}',
    )
    .optional(),
})

/** The library-wide settings of the fact-check pipeline. */
export type FactCheckSettings = z.infer<typeof factCheckSettingsSchema>
