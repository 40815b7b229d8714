import type { Annotation, EditorRef } from '../model/annotation'
import type { Review } from '../model/review'

/**
 * Where a tag stands after review, as every export shows it: `accepted` (accepted and rejected by
 * nobody), `rejected` (rejected and accepted by nobody), `contested` (both: never settled
 * silently) or `unreviewed`.
 */
export type ReviewState = 'unreviewed' | 'accepted' | 'rejected' | 'contested'

/** A reviewer's accept or reject, as exports show it. */
export interface ReviewVerdictEntry {
  reviewer: EditorRef
  /** The reason of a reject, the (maybe empty) note of an accept. */
  text: string
  /** When the verdict was last given (ISO). */
  at: string
  /** Set when the verdict came from an unsigned package: nothing proves the reviewer gave it. */
  unverified?: true
}

/** One comment of a tag's discussion. */
export interface DiscussionEntry {
  /** The comment's id (a review id). */
  id: string
  author: EditorRef
  text: string
  /** When it was written (ISO). */
  at: string
  /** Set when the comment came from an unsigned package: nothing proves its author wrote it. */
  unverified?: true
}

/** A reviewer's accept or reject of the tag's fact-check verdict (`subject: 'verdict'`). */
export interface FactCheckVerdictReview extends ReviewVerdictEntry {
  verdict: 'accept' | 'reject'
}

/** What the reviews of an article say about one tag: the review outcome every export carries. */
export interface ReviewOutcome {
  state: ReviewState
  /** Who accepted the tag, by name; a copy made by accepting counts as its author's accept. */
  acceptedBy: ReviewVerdictEntry[]
  /** For a tag made by accepting another editor's (`acceptedFrom`), that tag's author: the credit. */
  originalAuthor: EditorRef | null
  /** Who rejected the tag and why, by name. */
  rejectedBy: ReviewVerdictEntry[]
  /** The comments on the tag in time order (a reply is a later comment). */
  discussion: DiscussionEntry[]
  /** The accepts and rejects of the tag's fact-check verdict, by reviewer name. */
  verdictReviews: FactCheckVerdictReview[]
}

/** The outcome of a tag nobody reviewed. */
export const UNREVIEWED: ReviewOutcome = Object.freeze({
  state: 'unreviewed',
  acceptedBy: [],
  originalAuthor: null,
  rejectedBy: [],
  discussion: [],
  verdictReviews: [],
}) as ReviewOutcome

/** The review outcome of every tag of an export, by tag id (see {@link reviewOutcomes}). */
export type ReviewOutcomes = ReadonlyMap<string, ReviewOutcome>

function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

function byReviewer(left: ReviewVerdictEntry, right: ReviewVerdictEntry): number {
  return (
    compareStrings(left.reviewer.name, right.reviewer.name) ||
    compareStrings(left.reviewer.id, right.reviewer.id)
  )
}

/** Whether `candidate` is a later verdict than `known` (by modification time, then id). */
function later(candidate: Review, known: Review): boolean {
  return (
    known.modified < candidate.modified ||
    (known.modified === candidate.modified && known.id < candidate.id)
  )
}

/** The latest verdict of each reviewer among `reviews` (accepts and rejects only). */
function latestByReviewer(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>()
  for (const review of reviews) {
    const known = latest.get(review.author.id)
    if (!known || later(review, known)) latest.set(review.author.id, review)
  }
  return [...latest.values()]
}

function entry(review: Review): ReviewVerdictEntry {
  return {
    reviewer: review.author,
    text: review.text,
    at: review.modified,
    ...(review.unverified ? { unverified: true as const } : {}),
  }
}

/** The reviews of one tag, sorted out by what they are. */
interface TagReviews {
  tag: Review[]
  verdict: Review[]
  comments: Review[]
}

/**
 * The review outcome of each of `annotations` from the article's `reviews`, in one pass over
 * each (reviews are indexed by tag once, so an export stays linear in tags plus reviews). Each
 * reviewer counts with their latest accept or reject of the tag (as review mode keeps it);
 * reviews of the fact-check verdict (`subject: 'verdict'`) are listed apart and do not change the
 * tag's state. A tag copied by accepting another editor's counts as accepted by its author and
 * credits the original author. Comments form the discussion, in time order.
 */
export function reviewOutcomes(
  annotations: readonly Annotation[],
  reviews: readonly Review[],
): Map<string, ReviewOutcome> {
  const byTag = new Map<string, TagReviews>()
  for (const review of reviews) {
    let bucket = byTag.get(review.annotationId)
    if (!bucket) {
      bucket = { tag: [], verdict: [], comments: [] }
      byTag.set(review.annotationId, bucket)
    }
    if (review.verdict === 'comment') bucket.comments.push(review)
    else if (review.subject === 'verdict') bucket.verdict.push(review)
    else bucket.tag.push(review)
  }
  const outcomes = new Map<string, ReviewOutcome>()
  for (const annotation of annotations) {
    const bucket = byTag.get(annotation.id)
    if (!bucket && !annotation.acceptedFrom) {
      outcomes.set(annotation.id, UNREVIEWED)
      continue
    }
    const verdicts = latestByReviewer(bucket?.tag ?? [])
    const acceptedBy = verdicts.filter((review) => review.verdict === 'accept').map(entry)
    if (
      annotation.acceptedFrom &&
      !verdicts.some((review) => review.author.id === annotation.author.id)
    ) {
      acceptedBy.push({
        reviewer: annotation.author,
        text: '',
        at: annotation.created,
        ...(annotation.unverified ? { unverified: true as const } : {}),
      })
    }
    acceptedBy.sort(byReviewer)
    const rejectedBy = verdicts
      .filter((review) => review.verdict === 'reject')
      .map(entry)
      .sort(byReviewer)
    const discussion = (bucket?.comments ?? [])
      .map((review) => ({
        id: review.id,
        author: review.author,
        text: review.text,
        at: review.created,
        ...(review.unverified ? { unverified: true as const } : {}),
      }))
      .sort((left, right) => compareStrings(left.at, right.at) || compareStrings(left.id, right.id))
    const verdictReviews = latestByReviewer(bucket?.verdict ?? [])
      .map((review) => ({ ...entry(review), verdict: review.verdict as 'accept' | 'reject' }))
      .sort(byReviewer)
    const state: ReviewState =
      acceptedBy.length > 0
        ? rejectedBy.length > 0
          ? 'contested'
          : 'accepted'
        : rejectedBy.length > 0
          ? 'rejected'
          : 'unreviewed'
    outcomes.set(annotation.id, {
      state,
      acceptedBy,
      originalAuthor: annotation.acceptedFrom?.author ?? null,
      rejectedBy,
      discussion,
      verdictReviews,
    })
  }
  return outcomes
}

/** The outcome of tag `id` in `outcomes`, unreviewed when it has none. */
export function outcomeOf(outcomes: ReviewOutcomes, id: string): ReviewOutcome {
  return outcomes.get(id) ?? UNREVIEWED
}

/** Whether a tag goes into a publishable copy: accepted, or not reviewed at all. */
export function isPublishable(outcome: ReviewOutcome): boolean {
  return outcome.state === 'accepted' || outcome.state === 'unreviewed'
}

/** How exports name a review state. */
export function reviewStateName(state: ReviewState): string {
  switch (state) {
    case 'accepted':
      return 'Accepted'
    case 'rejected':
      return 'Rejected'
    case 'contested':
      return 'Contested (accepted and rejected)'
    case 'unreviewed':
      return 'Not reviewed'
  }
}

/** Whether the outcome has anything to show beyond "not reviewed". */
export function hasReviewNews(outcome: ReviewOutcome): boolean {
  return (
    outcome.state !== 'unreviewed' ||
    outcome.discussion.length > 0 ||
    outcome.verdictReviews.length > 0 ||
    outcome.originalAuthor !== null
  )
}

/** How exports mark a name whose work came from an unsigned package (see `markedName`). */
export const UNVERIFIED_AUTHOR = 'unverified author'

/**
 * A name as the plain-text exports write it: "Ana Ruiz (unverified author)" when `unverified`
 * (the tag or review came from an unsigned package: nothing proves this editor made it).
 */
export function markedName(name: string, unverified: boolean | undefined): string {
  return unverified ? `${name} (${UNVERIFIED_AUTHOR})` : name
}

/**
 * The names of the reviewers whose reviews of a tag (verdicts, verdict reviews, comments) came
 * from an unsigned package, each once, in the order the outcome lists them.
 */
export function unverifiedReviewers(outcome: ReviewOutcome): string[] {
  const names = [
    ...outcome.acceptedBy.filter((item) => item.unverified).map((item) => item.reviewer.name),
    ...outcome.rejectedBy.filter((item) => item.unverified).map((item) => item.reviewer.name),
    ...outcome.verdictReviews.filter((item) => item.unverified).map((item) => item.reviewer.name),
    ...outcome.discussion.filter((item) => item.unverified).map((item) => item.author.name),
  ]
  return [...new Set(names)]
}

/**
 * The outcome in one readable line, as Markdown and plain-text places show it, e.g. "Rejected by
 * Bo (“no source”); discussion: Ann: “why?”". Empty for a tag nobody reviewed or discussed.
 */
export function reviewLine(outcome: ReviewOutcome): string {
  const parts: string[] = []
  const names = (entries: readonly ReviewVerdictEntry[]) =>
    entries
      .map((item) =>
        item.text.trim()
          ? `${markedName(item.reviewer.name, item.unverified)} (“${item.text.trim()}”)`
          : markedName(item.reviewer.name, item.unverified),
      )
      .join(', ')
  if (outcome.acceptedBy.length > 0) parts.push(`Accepted by ${names(outcome.acceptedBy)}`)
  if (outcome.originalAuthor) parts.push(`originally tagged by ${outcome.originalAuthor.name}`)
  if (outcome.rejectedBy.length > 0) parts.push(`Rejected by ${names(outcome.rejectedBy)}`)
  if (outcome.state === 'contested') parts.push('contested')
  for (const review of outcome.verdictReviews) {
    parts.push(
      `verdict ${review.verdict === 'accept' ? 'accepted' : 'rejected'} by ${markedName(review.reviewer.name, review.unverified)}${review.text.trim() ? ` (“${review.text.trim()}”)` : ''}`,
    )
  }
  if (outcome.discussion.length > 0) {
    parts.push(
      `discussion: ${outcome.discussion.map((comment) => `${markedName(comment.author.name, comment.unverified)}: “${comment.text.trim()}”`).join(' · ')}`,
    )
  }
  return parts.join('; ')
}
