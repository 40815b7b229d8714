import { FactmarkError } from '../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import { reviewListSchema, type Review } from '../../../shared/model/review'

/**
 * Checks the reviews an editor saves on article `articleId` before anything is written: valid
 * records, all by `editor` (a renderer cannot write as someone else: `forbidden`), on this
 * article, and at most one verdict (accept or reject) per tag. Returns the parsed reviews; throws
 * a {@link FactmarkError}.
 */
export function checkOwnReviews(
  reviews: readonly unknown[],
  articleId: string,
  editor: EditorRef,
): Review[] {
  const checked = reviewListSchema.safeParse(reviews)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new FactmarkError(
      'invalid-argument',
      `A review is not valid: ${issue?.path.join('.')} ${issue?.message}`,
    )
  }
  const verdicts = new Set<string>()
  for (const review of checked.data) {
    if (review.author.id !== editor.id) {
      throw new FactmarkError(
        'forbidden',
        `Review ${review.id} belongs to ${review.author.name}, not to ${editor.name}.`,
      )
    }
    if (review.articleId !== articleId) {
      throw new FactmarkError('invalid-argument', `Review ${review.id} belongs to another article.`)
    }
    if (review.verdict === 'comment') continue
    if (verdicts.has(review.annotationId)) {
      throw new FactmarkError(
        'invalid-argument',
        `Tag ${review.annotationId} has two verdicts of ${editor.name}; a reviewer gives one.`,
      )
    }
    verdicts.add(review.annotationId)
  }
  return checked.data
}

/** Refuses a verdict (accept or reject) of an editor on their own tag. */
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
