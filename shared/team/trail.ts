import type { PackageArticle } from '../exchange/package'

/** One change an editor made to their work on an article, read from two versions of their file. */
export type TrailAction =
  | { action: 'tagged'; tagId: string; kind: string; quote: string }
  | { action: 'retagged'; tagId: string; from: string; to: string; quote: string }
  | { action: 'changed'; tagId: string; quote: string }
  | { action: 'untagged'; tagId: string }
  | { action: 'accepted' | 'rejected' | 'commented'; tagId: string; reviewId: string; text: string }
  | { action: 'verdict-changed'; tagId: string; reviewId: string; from: string; to: string }
  | { action: 'review-changed'; tagId: string; reviewId: string; text: string }
  | { action: 'review-withdrawn'; reviewId: string }

/** The past tense of each verdict. */
const VERDICT_ACTION = { accept: 'accepted', reject: 'rejected', comment: 'commented' } as const

/**
 * What an editor did on one article between two versions of their file (`before` null when the
 * file is new, `after` null when it was removed): tags added, re-kinded, changed or deleted,
 * reviews given (accept, reject, comment), their verdicts changed, or withdrawn. Deterministic:
 * tags first, then reviews, each in the order of the newer file.
 */
export function trailActions(
  before: PackageArticle | null,
  after: PackageArticle | null,
): TrailAction[] {
  const actions: TrailAction[] = []
  const oldTags = new Map((before?.annotations ?? []).map((tag) => [tag.id, tag]))
  const newTags = new Set((after?.annotations ?? []).map((tag) => tag.id))
  for (const tag of after?.annotations ?? []) {
    const old = oldTags.get(tag.id)
    const quote = tag.target.quote.exact
    if (!old) actions.push({ action: 'tagged', tagId: tag.id, kind: tag.kind, quote })
    else if (old.kind !== tag.kind) {
      actions.push({ action: 'retagged', tagId: tag.id, from: old.kind, to: tag.kind, quote })
    } else if (old.modified !== tag.modified)
      actions.push({ action: 'changed', tagId: tag.id, quote })
  }
  for (const id of oldTags.keys()) {
    if (!newTags.has(id)) actions.push({ action: 'untagged', tagId: id })
  }
  const oldReviews = new Map((before?.reviews ?? []).map((review) => [review.id, review]))
  const newReviews = new Set((after?.reviews ?? []).map((review) => review.id))
  for (const review of after?.reviews ?? []) {
    const old = oldReviews.get(review.id)
    const base = { tagId: review.annotationId, reviewId: review.id }
    if (!old) actions.push({ action: VERDICT_ACTION[review.verdict], ...base, text: review.text })
    else if (old.verdict !== review.verdict) {
      actions.push({ action: 'verdict-changed', ...base, from: old.verdict, to: review.verdict })
    } else if (old.modified !== review.modified) {
      actions.push({ action: 'review-changed', ...base, text: review.text })
    }
  }
  for (const id of oldReviews.keys()) {
    if (!newReviews.has(id)) actions.push({ action: 'review-withdrawn', reviewId: id })
  }
  return actions
}

/** One line of a trail action for people: "tagged claim “…”", "rejected tag abc: reason". */
export function describeTrailAction(action: TrailAction): string {
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)
  switch (action.action) {
    case 'tagged':
      return `tagged ${action.kind} “${short(action.quote)}”`
    case 'retagged':
      return `changed tag ${action.tagId} from ${action.from} to ${action.to} “${short(action.quote)}”`
    case 'changed':
      return `edited tag ${action.tagId} “${short(action.quote)}”`
    case 'untagged':
      return `deleted tag ${action.tagId}`
    case 'accepted':
    case 'rejected':
    case 'commented':
      return `${action.action} tag ${action.tagId}${action.text ? `: ${short(action.text)}` : ''}`
    case 'verdict-changed':
      return `changed the verdict on tag ${action.tagId} from ${action.from} to ${action.to}`
    case 'review-changed':
      return `edited review ${action.reviewId} of tag ${action.tagId}`
    case 'review-withdrawn':
      return `withdrew review ${action.reviewId}`
  }
}
