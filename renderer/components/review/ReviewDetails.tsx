import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { Annotation } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { verdictsOn } from '../../../shared/review/review-verdicts'
import { myTagAtCursor, type TagContext } from '../../editor/commands'
import { cursorRange } from '../../editor/cursor-plugin'
import { acceptTag, commentOnTag, otherTagsAtCursor, rejectTag } from '../../editor/review-commands'
import { reviewPluginKey } from '../../editor/review-plugin'
import { KIND_LABELS } from '../../editor/tag-plugin'
import type { PlacedTag } from '../../editor/tag-record'
import { KIND_NAMES } from '../../../shared/model/tag-kinds'
import { UnverifiedBadge } from '../exchange/UnverifiedBadge'
import { DEFAULT_RATING_SCALE } from '../../../shared/model/fact-check'
import { reviewVerdict } from '../../editor/verdict-review-commands'
import { VerdictReview } from '../fact-check/VerdictReview'
import { RejectWithReason } from './RejectWithReason'

/** A review key pressed in the text (A, R or M), for the panel to act on. */
export interface ReviewRequest {
  kind: 'accept' | 'reject' | 'comment'
  nonce: number
}

/** Props of {@link ReviewDetails}. */
export interface ReviewDetailsProps {
  state: EditorState
  /** The editor's newest state (React draws states at most once a frame; keys can be quicker). */
  liveState: () => EditorState | null
  run: (command: Command) => boolean
  context: TagContext
  /** The acting editor's own tag on the selected sentences, if any. */
  mine: PlacedTag | null
  request: ReviewRequest | null
  onRequestDone: () => void
  onReturnToText: () => void
}

const LABEL_WORDS = { none: 'no tag', ...KIND_NAMES }

function when(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
}

/**
 * Review mode's side of the panel: for the selected sentence, what each compared editor gave it
 * and whether they agree; each other editor's tag there with every reviewer's verdict (conflicting
 * verdicts shown side by side), buttons to accept, reject (with a required reason) or comment, and
 * its comment thread; and the reviews of the acting editor's own tag. The review keys A, R and M
 * act on the first tag listed (the one picked in a lane, else the first lane's).
 */
export function ReviewDetails(props: ReviewDetailsProps) {
  const { state, request } = props
  const plugin = reviewPluginKey.getState(state)
  const range = cursorRange(state)
  const others = otherTagsAtCursor(state)
  const [message, setMessage] = useState<string | null>(null)
  const [rejecting, setRejecting] = useState<{ id: string; nonce: number } | null>(null)
  const [commenting, setCommenting] = useState<{ id: string; nonce: number } | null>(null)
  const handled = useRef<number | null>(null)

  useEffect(() => setMessage(null), [range?.from, range?.to])

  useEffect(() => {
    if (!request || handled.current === request.nonce) return
    handled.current = request.nonce
    props.onRequestDone()
    // The key acts on the sentence selected now, which React may not have drawn yet.
    const current = props.liveState() ?? state
    const targetId = otherTagsAtCursor(current)[0]?.annotation.id ?? null
    const commentTarget =
      targetId ?? myTagAtCursor(current, props.context.editor)?.record.annotation.id ?? null
    if (request.kind === 'comment') {
      if (commentTarget) setCommenting({ id: commentTarget, nonce: request.nonce })
      else setMessage('There is no tag on this sentence to comment on.')
      return
    }
    if (!targetId) {
      setMessage('No other editor’s tag on this sentence. Press N for the next conflict.')
      return
    }
    if (request.kind === 'reject') setRejecting({ id: targetId, nonce: request.nonce })
    else if (!props.run(acceptTag(targetId, props.context))) {
      setMessage('You have accepted this tag already.')
    }
  }, [request, state, props])

  if (!plugin?.active) return null
  const mark = range
    ? plugin.marks.find(
        (candidate) => candidate.range.from === range.from && candidate.range.to === range.to,
      )
    : undefined

  return (
    <section className="review-details" aria-label="Review">
      <h2 className="panel-heading">Review</h2>
      {!range ? (
        <p className="panel-hint">Press N for the next conflict, or click a sentence.</p>
      ) : (
        <>
          {mark && (
            <div className={`review-sentence is-${mark.agreement ?? 'alone'}`}>
              <p className="review-sentence-status">
                {mark.agreement === 'conflict'
                  ? '≠ Conflict: the editors chose different kinds.'
                  : mark.agreement === 'gap'
                    ? '○ Coverage gap: not every editor tagged this sentence.'
                    : mark.agreement === 'agree'
                      ? '✓ The editors agree on this sentence.'
                      : 'Only one editor has tags on this article.'}
              </p>
              <ul className="review-sentence-lanes">
                {plugin.editors.map((editor, index) => {
                  const label = mark.lanes[index]?.label ?? null
                  return (
                    <li key={editor.id}>
                      {label && label !== 'none' ? (
                        <span className={`tag-label tag-label-${label}`} aria-hidden="true">
                          {KIND_LABELS[label]}
                        </span>
                      ) : (
                        <span className="tag-label lane-none-label" aria-hidden="true">
                          ·
                        </span>
                      )}
                      {editor.name}: {label ? LABEL_WORDS[label] : 'no tags in this article'}
                    </li>
                  )
                })}
              </ul>
            </div>
          )}
          {others.length === 0 && !props.mine && (
            <p className="panel-hint">No tags on this sentence.</p>
          )}
          {others.map(({ annotation }, index) => (
            <ReviewCard
              key={annotation.id}
              annotation={annotation}
              reviews={plugin.reviews}
              isTarget={index === 0}
              mine={false}
              props={props}
              rejectRequest={rejecting?.id === annotation.id ? rejecting.nonce : null}
              commentRequest={commenting?.id === annotation.id ? commenting.nonce : null}
              onAccept={() => {
                if (!props.run(acceptTag(annotation.id, props.context))) {
                  setMessage('You have accepted this tag already.')
                }
              }}
            />
          ))}
          {props.mine && (
            <ReviewCard
              annotation={props.mine.record.annotation}
              reviews={plugin.reviews}
              isTarget={others.length === 0}
              mine
              props={props}
              rejectRequest={null}
              commentRequest={
                commenting?.id === props.mine.record.annotation.id ? commenting.nonce : null
              }
              onAccept={() => undefined}
            />
          )}
        </>
      )}
      {message && (
        <p className="review-message" role="status">
          {message}
        </p>
      )}
    </section>
  )
}

interface ReviewCardProps {
  annotation: Annotation
  reviews: readonly Review[]
  /** Whether the review keys act on this tag. */
  isTarget: boolean
  /** Whether the tag is the acting editor's own (no accept or reject then). */
  mine: boolean
  props: ReviewDetailsProps
  /** Set when R asked to reject this tag (open the reason box and focus it). */
  rejectRequest: number | null
  /** Set when M asked to comment on this tag (focus the reply box). */
  commentRequest: number | null
  onAccept: () => void
}

/** One tag under review: its fields, verdicts, actions and comment thread. */
function ReviewCard({
  annotation,
  reviews,
  isTarget,
  mine,
  props,
  rejectRequest,
  commentRequest,
  onAccept,
}: ReviewCardProps) {
  const { verdicts, conflict, thread } = verdictsOn(reviews, annotation.id)
  const myVerdict = verdicts.find((verdict) => verdict.reviewer.id === props.context.editor.id)
  // Each ask opens the reason box, or puts the focus back in it when it is open.
  const [rejecting, setRejecting] = useState<number | null>(null)
  const [reply, setReply] = useState('')
  const replyField = useRef<HTMLTextAreaElement>(null)

  const askReason = () => setRejecting((current) => (current ?? 0) + 1)
  useEffect(() => {
    if (rejectRequest !== null) askReason()
  }, [rejectRequest])
  useEffect(() => {
    if (commentRequest !== null) replyField.current?.focus()
  }, [commentRequest])

  const comment = () => {
    if (reply.trim().length === 0) return
    props.run(commentOnTag(annotation.id, reply, props.context))
    setReply('')
    props.onReturnToText()
  }
  const keys = (submit: () => void, cancel: () => void) => (event: ReactKeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      cancel()
      props.onReturnToText()
    }
  }

  return (
    <article
      className={`review-card details-${annotation.kind}${isTarget ? ' is-target' : ''}`}
      aria-label={`${KIND_NAMES[annotation.kind]} by ${annotation.author.name}`}
      data-tag-id={annotation.id}
    >
      <h3 className="review-card-heading">
        <span className={`tag-label tag-label-${annotation.kind}`} aria-hidden="true">
          {KIND_LABELS[annotation.kind]}
        </span>
        {KIND_NAMES[annotation.kind]}{' '}
        <span className="muted">by {mine ? 'you' : annotation.author.name}</span>
        {annotation.unverified && <UnverifiedBadge />}
        {isTarget && !mine && (
          <span className="review-keys-hint">
            <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>M</kbd> comment
          </span>
        )}
      </h3>
      {annotation.acceptedFrom && (
        <p className="review-credit">Accepted from {annotation.acceptedFrom.author.name}</p>
      )}
      {annotation.note && <p className="review-note">{annotation.note}</p>}
      {annotation.speaker && <p className="review-field">Speaker: {annotation.speaker}</p>}
      {annotation.reason && <p className="review-field">Reason: {annotation.reason}</p>}
      {annotation.evidence && annotation.evidence.length > 0 && (
        <p className="review-field">Evidence: {annotation.evidence.join(' ')}</p>
      )}
      {annotation.factCheck && (
        <VerdictReview
          annotation={annotation}
          reviews={reviews}
          scale={props.context.ratingScale?.() ?? DEFAULT_RATING_SCALE}
          me={props.context.editor}
          mine={mine}
          onAccept={() => props.run(reviewVerdict(annotation.id, 'accept', '', props.context))}
          onReject={(why) => props.run(reviewVerdict(annotation.id, 'reject', why, props.context))}
          onReturnToText={props.onReturnToText}
        />
      )}
      {conflict && (
        <p className="review-conflict" role="note">
          <strong>Conflicting verdicts:</strong> reviewers accepted and rejected this tag.
        </p>
      )}
      {verdicts.length > 0 && (
        <ul className="review-verdicts" aria-label="Verdicts">
          {verdicts.map((verdict) => (
            <li key={verdict.review.id} className={`verdict verdict-${verdict.verdict}`}>
              <span className="verdict-sign" aria-hidden="true">
                {verdict.verdict === 'accept' ? '✓' : '✗'}
              </span>
              <span>
                {verdict.verdict === 'accept' ? 'Accepted' : 'Rejected'} by{' '}
                {verdict.reviewer.id === props.context.editor.id ? 'you' : verdict.reviewer.name}
                {verdict.text && <>: {verdict.text}</>}
                <span className="muted"> · {when(verdict.review.modified)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {!mine && (
        <div className="review-actions">
          <button
            type="button"
            className="button"
            disabled={myVerdict?.verdict === 'accept'}
            title="Make this tag yours, crediting its author (A)"
            onClick={onAccept}
          >
            Accept
          </button>
          <button
            type="button"
            className="button"
            title="Reject this tag, with a reason (R)"
            onClick={askReason}
          >
            Reject…
          </button>
        </div>
      )}
      {rejecting !== null && (
        <RejectWithReason
          label="Why do you reject it? (required)"
          emptyMessage="Say why you reject this tag."
          confirmLabel="Reject"
          focusRequest={rejecting}
          onReject={(reason) => props.run(rejectTag(annotation.id, reason, props.context))}
          onClose={() => setRejecting(null)}
          onReturnToText={props.onReturnToText}
        />
      )}
      <section
        className="review-thread"
        aria-label={`Comments on ${KIND_NAMES[annotation.kind]} by ${annotation.author.name}`}
      >
        {thread.length > 0 && (
          <ol className="review-comments">
            {thread.map((comment) => (
              <li key={comment.id} className="review-comment">
                <span className="review-comment-author">
                  {comment.author.id === props.context.editor.id ? 'You' : comment.author.name}
                </span>
                {comment.unverified && <UnverifiedBadge />}{' '}
                <span className="muted">{when(comment.created)}</span>
                <p>{comment.text}</p>
              </li>
            ))}
          </ol>
        )}
        <label className="field">
          <span>{thread.length > 0 ? 'Reply' : 'Comment'} (M; Ctrl+Enter to send)</span>
          <textarea
            ref={replyField}
            rows={2}
            value={reply}
            placeholder={thread.length > 0 ? 'Reply to the thread…' : 'Start a thread on this tag…'}
            onChange={(event) => setReply(event.target.value)}
            onKeyDown={keys(comment, () => setReply(''))}
          />
        </label>
        <div className="review-actions">
          <button
            type="button"
            className="button"
            disabled={reply.trim().length === 0}
            onClick={comment}
          >
            {thread.length > 0 ? 'Reply' : 'Comment'}
          </button>
        </div>
      </section>
    </article>
  )
}
