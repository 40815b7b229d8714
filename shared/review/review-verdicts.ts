import type { EditorRef } from '../model/annotation'
import type { Review, ReviewSubject } from '../model/review'

/** One reviewer's verdict on a tag: their latest accept or reject. */
export interface Verdict {
  reviewer: EditorRef
  verdict: 'accept' | 'reject'
  /** The reason of a reject, the note of an accept. */
  text: string
  review: Review
}

/** What the reviewers say about one tag. */
export interface TagVerdicts {
  /** Each reviewer's verdict, by reviewer name. */
  verdicts: Verdict[]
  /** Whether one reviewer accepted the tag and another rejected it: both are shown. */
  conflict: boolean
  /** The comments on the tag in time order (a reply is a later comment). */
  thread: Review[]
}

function time(iso: string): number {
  return Date.parse(iso)
}

function byTime(a: Review, b: Review): number {
  return (
    time(a.created) - time(b.created) ||
    time(a.modified) - time(b.modified) ||
    a.id.localeCompare(b.id)
  )
}

/**
 * The verdicts and the comment thread on tag `annotationId`, from every reviewer's reviews. A
 * reviewer has one verdict: their latest accept or reject (a store keeps one per reviewer, a
 * merge of several libraries may bring more). Verdicts of different reviewers are all kept; when
 * they disagree (accept and reject) the tag has a conflict, never settled silently. `subject`
 * picks the verdicts on the tag itself (the default) or on its fact-check's verdict; the thread
 * holds every comment on the tag.
 */
export function verdictsOn(
  reviews: readonly Review[],
  annotationId: string,
  subject: ReviewSubject = 'tag',
): TagVerdicts {
  const latest = new Map<string, Review>()
  const thread: Review[] = []
  for (const review of reviews) {
    if (review.annotationId !== annotationId) continue
    if (review.verdict === 'comment') {
      thread.push(review)
      continue
    }
    if ((review.subject ?? 'tag') !== subject) continue
    const known = latest.get(review.author.id)
    if (
      !known ||
      time(known.modified) < time(review.modified) ||
      (time(known.modified) === time(review.modified) && known.id < review.id)
    ) {
      latest.set(review.author.id, review)
    }
  }
  const verdicts = [...latest.values()]
    .map((review): Verdict => ({
      reviewer: review.author,
      verdict: review.verdict as Verdict['verdict'],
      text: review.text,
      review,
    }))
    .sort(
      (a, b) =>
        a.reviewer.name.localeCompare(b.reviewer.name) ||
        a.reviewer.id.localeCompare(b.reviewer.id),
    )
  const kinds = new Set(verdicts.map((verdict) => verdict.verdict))
  return { verdicts, conflict: kinds.size > 1, thread: thread.sort(byTime) }
}
