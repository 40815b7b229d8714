import { anchor } from '../anchoring/anchor'
import { describe } from '../anchoring/describe'
import { FactmarkError } from '../ipc/result'
import type { Annotation, EditorRef } from '../model/annotation'
import type { Review } from '../model/review'

/** What a review action works on: one article's text, tags and reviews, and who acts. */
export interface ReviewActionInput {
  /** The article's plain text, which the tags' targets refer to. */
  text: string
  /** Every editor's tags on the article. */
  tags: readonly Annotation[]
  /** Every reviewer's reviews on the article. */
  reviews: readonly Review[]
  /** The tag acted on. */
  tagId: string
  editor: EditorRef
  /** The time of the action (ISO). */
  now: string
  /** A new record id. */
  newId: () => string
}

/**
 * What the acting editor saves after a review action: their whole set of tags and of reviews on
 * the article (as the store's `saveWork` takes them), and the review written.
 */
export interface ReviewActionResult {
  tags: Annotation[]
  reviews: Review[]
  review: Review
  /** The copy an accept gave the acting editor, else null. */
  copy: Annotation | null
  /** False when the action changed nothing (the tag was already accepted by this editor). */
  changed: boolean
}

function tagOf(input: ReviewActionInput): Annotation {
  const tag = input.tags.find((candidate) => candidate.id === input.tagId)
  if (!tag) throw new FactmarkError('not-found', `There is no tag ${input.tagId} in this article.`)
  return tag
}

function othersTag(input: ReviewActionInput, verb: string): Annotation {
  const tag = tagOf(input)
  if (tag.author.id === input.editor.id) {
    throw new FactmarkError(
      'invalid-argument',
      `Tag ${tag.id} is ${input.editor.name}’s own; only other editors ${verb} a tag.`,
    )
  }
  return tag
}

const mine = (input: ReviewActionInput) => ({
  tags: input.tags.filter((tag) => tag.author.id === input.editor.id),
  reviews: input.reviews.filter((review) => review.author.id === input.editor.id),
})

/** The acting editor's verdict (accept or reject) on the tag itself, if any. */
function earlierVerdict(input: ReviewActionInput, own: readonly Review[]): Review | null {
  return (
    own.find(
      (review) =>
        review.annotationId === input.tagId &&
        review.verdict !== 'comment' &&
        review.subject !== 'verdict',
    ) ?? null
  )
}

function verdictReview(
  input: ReviewActionInput,
  tag: Annotation,
  earlier: Review | null,
  verdict: 'accept' | 'reject',
  text: string,
): Review {
  return {
    id: earlier?.id ?? input.newId(),
    articleId: tag.articleId,
    annotationId: input.tagId,
    author: input.editor,
    verdict,
    text,
    created: earlier?.created ?? input.now,
    modified: input.now,
  }
}

function placed(text: string, tag: Annotation): { start: number; end: number } | null {
  const result = anchor(text, tag.target)
  return result.status === 'anchored' || result.status === 'changed'
    ? { start: result.start, end: result.end }
    : null
}

/**
 * Accepts another editor's tag as review mode's accept does: the acting editor gets their own
 * copy of it (same kind, place, note, speaker, reason and evidence, crediting the original in
 * `acceptedFrom`), replacing their own tags over exactly that text, and an 'accept' review
 * replaces their earlier verdict on it. Accepting a tag already accepted changes nothing.
 *
 * @throws FactmarkError 'not-found' for an unknown tag; 'invalid-argument' for the editor's own
 *   tag or a tag that cannot be placed in the current text.
 */
export function acceptTagWork(input: ReviewActionInput, note = ''): ReviewActionResult {
  const tag = othersTag(input, 'accept')
  const own = mine(input)
  const earlier = earlierVerdict(input, own.reviews)
  if (earlier?.verdict === 'accept') {
    return { ...own, review: earlier, copy: null, changed: false }
  }
  const span = placed(input.text, tag)
  if (!span) {
    throw new FactmarkError(
      'invalid-argument',
      `Tag ${tag.id} cannot be placed in the article’s current text, so it cannot be accepted.`,
    )
  }
  const copy: Annotation = {
    id: input.newId(),
    articleId: tag.articleId,
    author: input.editor,
    kind: tag.kind,
    target: describe(input.text, span.start, span.end),
    note: tag.note,
    ...(tag.speaker !== undefined ? { speaker: tag.speaker } : {}),
    ...(tag.reason !== undefined ? { reason: tag.reason } : {}),
    ...(tag.evidence !== undefined ? { evidence: tag.evidence } : {}),
    acceptedFrom: { annotationId: tag.id, author: tag.author },
    created: input.now,
    modified: input.now,
  }
  const kept = own.tags.filter((other) => {
    const at = placed(input.text, other)
    return !at || at.start !== span.start || at.end !== span.end
  })
  const review = verdictReview(input, tag, earlier, 'accept', note.trim())
  return {
    tags: [...kept, copy],
    reviews: [...own.reviews.filter((other) => other !== earlier), review],
    review,
    copy,
    changed: true,
  }
}

/**
 * Rejects another editor's tag with a reason (required) as review mode's reject does, replacing
 * the acting editor's earlier verdict on it; a copy they had accepted from it is removed.
 *
 * @throws FactmarkError 'invalid-argument' for an empty reason or the editor's own tag.
 */
export function rejectTagWork(input: ReviewActionInput, reason: string): ReviewActionResult {
  const tag = othersTag(input, 'reject')
  if (reason.trim().length === 0) {
    throw new FactmarkError('invalid-argument', 'A reject needs a reason.')
  }
  const own = mine(input)
  const earlier = earlierVerdict(input, own.reviews)
  const review = verdictReview(input, tag, earlier, 'reject', reason.trim())
  return {
    tags: own.tags.filter((tag) => tag.acceptedFrom?.annotationId !== input.tagId),
    reviews: [...own.reviews.filter((other) => other !== earlier), review],
    review,
    copy: null,
    changed: true,
  }
}

/**
 * Adds a comment to the thread of a tag (anyone's, the acting editor's own included), as review
 * mode's comment does.
 *
 * @throws FactmarkError 'invalid-argument' for an empty comment; 'not-found' for an unknown tag.
 */
export function commentTagWork(input: ReviewActionInput, text: string): ReviewActionResult {
  const tag = tagOf(input)
  if (text.trim().length === 0) {
    throw new FactmarkError('invalid-argument', 'A comment cannot be empty.')
  }
  const own = mine(input)
  const review: Review = {
    id: input.newId(),
    articleId: tag.articleId,
    annotationId: tag.id,
    author: input.editor,
    verdict: 'comment',
    text: text.trim(),
    created: input.now,
    modified: input.now,
  }
  return { ...own, reviews: [...own.reviews, review], review, copy: null, changed: true }
}
