import { FactmarkError } from '../ipc/result'
import type { Annotation } from '../model/annotation'
import type { Review } from '../model/review'

/**
 * Refuses a verdict (accept or reject) of an editor on their own tag: only other editors accept
 * or reject a tag; comments are allowed. Throws an `invalid-argument` {@link FactmarkError}.
 */
export function checkNoSelfVerdict(
  reviews: readonly Review[],
  annotations: readonly Annotation[],
): void {
  const authors = new Map(annotations.map((tag) => [tag.id, tag.author.id]))
  const own = reviews.find(
    (review) =>
      review.verdict !== 'comment' && authors.get(review.annotationId) === review.author.id,
  )
  if (own) {
    throw new FactmarkError(
      'invalid-argument',
      `Review ${own.id} gives a verdict on its author’s own tag; only other editors accept or reject a tag.`,
    )
  }
}
