import type { EditorRef } from '../model/annotation'
import type { ClaimStatus, RatingScale } from '../model/fact-check'

/**
 * Where a claim stands with the reviewers: accepted, rejected, accepted by one and rejected by
 * another (a conflict, never settled silently), only discussed, or not reviewed at all.
 */
export const REVIEW_STATES = [
  'accepted',
  'rejected',
  'conflict',
  'discussed',
  'unreviewed',
] as const

/** Where a claim stands with the reviewers. */
export type ReviewState = (typeof REVIEW_STATES)[number]

/** The display names of the review states. */
export const REVIEW_STATE_NAMES: Readonly<Record<ReviewState, string>> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  conflict: 'Accepted and rejected',
  discussed: 'Discussed',
  unreviewed: 'Unreviewed',
}

/** The tag kinds the claims board lists. */
export const CLAIM_KINDS = ['claim', 'disputed'] as const

/** A tag kind the claims board lists. */
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** The longest text a row carries; a longer tagged span is cut with "…". */
export const MAX_CLAIM_TEXT = 1_000

/** One claim or disputed tag of the library, as the claims board lists it. */
export interface ClaimRow {
  /** The tag's id. */
  id: string
  /** The article it is in (see {@link ClaimsList.articles}). */
  articleId: string
  kind: ClaimKind
  /** The tagged text (the sentence, or the quote), as it was tagged. */
  text: string
  /** Who made the claim; '' when nobody is named. */
  claimant: string
  /** Where the desk's check stands; null before the tag has a fact-check. */
  status: ClaimStatus | null
  /** The verdict's rating id on the library's scale; null while there is none. */
  verdict: string | null
  /** The claim in one line; '' when none was written. */
  summary: string
  /** The editor who tagged it. */
  editor: EditorRef
  review: ReviewState
  created: string
  modified: string
  /** Where the tag starts in the article's plain text (its stored position). */
  start: number
}

/** An article some claims are in: what the board shows of it. */
export interface ClaimArticle {
  id: string
  title: string
  outlet: string
  /** Its publication date (`YYYY-MM-DD`), or null. */
  published: string | null
  /** The saved story it belongs to (the newest one when several hold it), or null. */
  storyId: string | null
}

/** A saved story, as the board groups by it. */
export interface ClaimStory {
  id: string
  name: string
}

/** Every claim and disputed tag of the library, with the articles and stories they belong to. */
export interface ClaimsList {
  rows: ClaimRow[]
  articles: ClaimArticle[]
  stories: ClaimStory[]
  /** The library's rating scale, to name the verdicts. */
  scale: RatingScale
}
