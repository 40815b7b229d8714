import { z } from 'zod'
import { editorRefSchema } from '../model/annotation'
import { CLAIM_STATUSES, ratingIdSchema } from '../model/fact-check'
import { CLAIM_KINDS, REVIEW_STATES } from './claim-row'

/** The columns the claims board sorts by. */
export const CLAIM_SORT_KEYS = [
  'text',
  'claimant',
  'article',
  'editor',
  'status',
  'verdict',
  'review',
  'age',
] as const

/** A column the claims board sorts by. */
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number]

/** Stands for "no status" and "no verdict" in the board's filters. */
export const NONE = 'none'

/** The longest search query of the board, in characters. */
export const MAX_CLAIMS_QUERY = 200

/**
 * What the claims board shows: its filters (each an allow-list; empty lets everything through),
 * its search, its sort and whether it groups by story. The same view, sent to main, makes the
 * CSV of exactly what is shown.
 */
export const claimsViewSchema = z.strictObject({
  statuses: z.array(z.union([z.enum(CLAIM_STATUSES), z.literal(NONE)])).max(10),
  verdicts: z.array(z.union([ratingIdSchema, z.literal(NONE)])).max(30),
  /** Editors' ids. */
  editors: z.array(editorRefSchema.shape.id).max(1000),
  kinds: z.array(z.enum(CLAIM_KINDS)).max(CLAIM_KINDS.length),
  reviews: z.array(z.enum(REVIEW_STATES)).max(REVIEW_STATES.length),
  query: z.string().max(MAX_CLAIMS_QUERY),
  sort: z.strictObject({
    key: z.enum(CLAIM_SORT_KEYS),
    direction: z.enum(['ascending', 'descending']),
  }),
  groupByStory: z.boolean(),
})

/** What the claims board shows: filters, search, sort and grouping. */
export type ClaimsView = z.infer<typeof claimsViewSchema>

/** The board as it first opens: everything, newest first, not grouped. */
export function defaultClaimsView(): ClaimsView {
  return {
    statuses: [],
    verdicts: [],
    editors: [],
    kinds: [],
    reviews: [],
    query: '',
    sort: { key: 'age', direction: 'ascending' },
    groupByStory: false,
  }
}
