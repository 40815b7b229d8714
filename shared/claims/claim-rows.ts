import type { Annotation } from '../model/annotation'
import { carriesFactCheck } from '../model/fact-check'
import type { Review } from '../model/review'
import { verdictsOn } from '../review/review-verdicts'
import { MAX_CLAIM_TEXT, type ClaimKind, type ClaimRow, type ReviewState } from './claim-row'

/**
 * Where a tag stands with its reviewers, from the reviews of that one tag: a conflict when one
 * reviewer's latest word accepts it and another's rejects it, else rejected or accepted, else
 * discussed when it has comments, else unreviewed. Reviews of the tag's verdict (`subject:
 * 'verdict'`) are the fact-check's business: only their comments count here, as discussion.
 */
export function reviewStateOf(reviews: readonly Review[], annotationId: string): ReviewState {
  if (reviews.length === 0) return 'unreviewed'
  const onTag = reviews.filter(
    (review) => review.subject !== 'verdict' || review.verdict === 'comment',
  )
  const { verdicts, conflict, thread } = verdictsOn(onTag, annotationId)
  if (conflict) return 'conflict'
  if (verdicts.some((verdict) => verdict.verdict === 'reject')) return 'rejected'
  if (verdicts.length > 0) return 'accepted'
  return thread.length > 0 ? 'discussed' : 'unreviewed'
}

function clipped(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_CLAIM_TEXT ? `${flat.slice(0, MAX_CLAIM_TEXT - 1)}…` : flat
}

/**
 * The claim and disputed tags of one article as rows of the claims board, in the order of their
 * place in the text. Linear in tags plus reviews: the reviews are grouped by tag once.
 */
export function claimRowsOf(
  articleId: string,
  annotations: readonly Annotation[],
  reviews: readonly Review[],
): ClaimRow[] {
  const byTag = new Map<string, Review[]>()
  for (const review of reviews) {
    const list = byTag.get(review.annotationId)
    if (list) list.push(review)
    else byTag.set(review.annotationId, [review])
  }
  const rows: ClaimRow[] = []
  for (const tag of annotations) {
    if (!carriesFactCheck(tag.kind)) continue
    const check = tag.factCheck
    rows.push({
      id: tag.id,
      articleId,
      kind: tag.kind as ClaimKind,
      text: clipped(tag.target.quote.exact),
      claimant: check?.claimant?.trim() ?? '',
      status: check?.status ?? null,
      verdict: check?.verdict ?? null,
      summary: check?.summary ?? '',
      editor: tag.author,
      review: reviewStateOf(byTag.get(tag.id) ?? [], tag.id),
      created: tag.created,
      modified: tag.modified,
      start: tag.target.position.start,
    })
  }
  return rows.sort(
    (left, right) => left.start - right.start || left.created.localeCompare(right.created),
  )
}
