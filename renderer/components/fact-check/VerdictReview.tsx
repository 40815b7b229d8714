import { useState } from 'react'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import { claimStatusName, ratingById, type RatingScale } from '../../../shared/model/fact-check'
import type { Review } from '../../../shared/model/review'
import { verdictsOn } from '../../../shared/review/review-verdicts'
import { RejectWithReason } from '../review/RejectWithReason'
import './fact-check.css'

/** Props of {@link VerdictReview}. */
export interface VerdictReviewProps {
  /** A tag with a fact-check. */
  annotation: Annotation
  /** Every reviewer's reviews on the article. */
  reviews: readonly Review[]
  scale: RatingScale
  /** The acting editor. */
  me: EditorRef
  /** Whether the tag is the acting editor's own (no accepting or rejecting its verdict then). */
  mine: boolean
  /** Accepts the verdict; false when it cannot be (already accepted). */
  onAccept: () => boolean
  /** Rejects the verdict with a reason. */
  onReject: (reason: string) => void
  onReturnToText: () => void
}

/** The name of a verdict on the scale, or its id (a rating since removed from the scale). */
export function verdictName(scale: RatingScale, id: string): string {
  return ratingById(scale, id)?.name ?? id
}

/**
 * The fact-check of a tag in review mode: claimant, status, verdict and summary, every
 * reviewer's word on the verdict (flagged when the verdict changed after it), and for another
 * editor's verdict the buttons to accept it or reject it with a reason.
 */
export function VerdictReview(props: VerdictReviewProps) {
  const { annotation, scale } = props
  const check = annotation.factCheck
  const [rejecting, setRejecting] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (!check) return null
  const { verdicts } = verdictsOn(props.reviews, annotation.id, 'verdict')
  const given = check.verdictAt ? Date.parse(check.verdictAt) : 0
  const mineAccepted = verdicts.some(
    (verdict) => verdict.reviewer.id === props.me.id && verdict.verdict === 'accept',
  )

  return (
    <section className="verdict-review" aria-label="Fact-check">
      <dl className="verdict-review-fields">
        {check.claimant && (
          <>
            <dt>Claimant</dt>
            <dd>{check.claimant}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>{claimStatusName(check.status)}</dd>
        {check.verdict && (
          <>
            <dt>Verdict</dt>
            <dd>
              <strong>{verdictName(scale, check.verdict)}</strong>
            </dd>
          </>
        )}
        {check.summary && (
          <>
            <dt>Summary</dt>
            <dd>{check.summary}</dd>
          </>
        )}
      </dl>
      {verdicts.length > 0 && (
        <ul className="review-verdicts" aria-label="Reviews of the verdict">
          {verdicts.map((verdict) => (
            <li key={verdict.review.id} className={`verdict verdict-${verdict.verdict}`}>
              <span className="verdict-sign" aria-hidden="true">
                {verdict.verdict === 'accept' ? '✓' : '✗'}
              </span>
              <span>
                Verdict {verdict.verdict === 'accept' ? 'accepted' : 'rejected'} by{' '}
                {verdict.reviewer.id === props.me.id ? 'you' : verdict.reviewer.name}
                {verdict.text && <>: {verdict.text}</>}
                {given > Date.parse(verdict.review.modified) && (
                  <span className="muted"> (the verdict changed since)</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!props.mine && check.verdict && (
        <div className="review-actions">
          <button
            type="button"
            className="button"
            disabled={mineAccepted}
            onClick={() => {
              if (!props.onAccept()) setMessage('You have accepted this verdict already.')
            }}
          >
            Accept Verdict
          </button>
          <button type="button" className="button" onClick={() => setRejecting(true)}>
            Reject Verdict…
          </button>
        </div>
      )}
      {rejecting && (
        <RejectWithReason
          label="Why do you reject the verdict? (required)"
          emptyMessage="Say why you reject this verdict."
          confirmLabel="Reject Verdict"
          onReject={props.onReject}
          onClose={() => setRejecting(false)}
          onReturnToText={props.onReturnToText}
        />
      )}
      {message && (
        <p className="review-message" role="status">
          {message}
        </p>
      )}
    </section>
  )
}
