import { useEffect, useId, useRef, useState } from 'react'
import type { TagFields } from '../../editor/commands'
import type { TagRecord } from '../../editor/tag-record'
import { KIND_NAMES } from '../../../shared/model/tag-kinds'
import { UnverifiedBadge } from '../exchange/UnverifiedBadge'
import { carriesFactCheck } from '../../../shared/model/fact-check'
import { FactCheckFields } from '../fact-check/FactCheckFields'
import type { FactCheckContext } from '../fact-check/use-fact-check-context'

/** Props of {@link TagDetails}. */
export interface TagDetailsProps {
  tag: TagRecord
  /** Set when the editor asked to write this tag's note (Enter); null otherwise. */
  focusNote: number | null
  /** Called once the note has the focus, to clear the request. */
  onNoteFocused: () => void
  onUpdate: (fields: TagFields) => void
  onReturnToText: () => void
  /** The fact-check fields' context; without it, claim and disputed tags show no fact-check. */
  factCheck?: FactCheckContext | undefined
}

/** The evidence links: one per line (a line with a space in it is one wrong link, not two). */
function links(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((link) => link.trim())
    .filter(Boolean)
}

/** Whether `target` is the last control in `box` that Tab reaches. */
function isLastField(box: HTMLElement, target: EventTarget): boolean {
  const controls = [
    ...box.querySelectorAll<HTMLElement>(
      'input, textarea, select, button, [tabindex]:not([tabindex="-1"])',
    ),
  ].filter((control) => !control.hasAttribute('disabled') && control.tabIndex >= 0)
  return controls.at(-1) === target
}

/**
 * The active tag's note and the fields of its kind: the speaker of a quote; the reason and
 * evidence links of a disputed sentence. Saved when a field is left or with Ctrl+Enter; Escape,
 * Ctrl+Enter and Tab out of the last field go back to the text (the tag's sentence).
 */
export function TagDetails({
  tag,
  focusNote,
  onNoteFocused,
  onUpdate,
  onReturnToText,
  factCheck,
}: TagDetailsProps) {
  const { annotation } = tag
  const [note, setNote] = useState(annotation.note)
  const [speaker, setSpeaker] = useState(annotation.speaker ?? '')
  const [reason, setReason] = useState(annotation.reason ?? '')
  const [evidence, setEvidence] = useState((annotation.evidence ?? []).join('\n'))
  const [error, setError] = useState<string | null>(null)
  const noteField = useRef<HTMLTextAreaElement>(null)
  const hintId = useId()

  // Undo, redo and other windows change the tag under the fields: show what it holds now.
  useEffect(() => setNote(annotation.note), [annotation.note])
  useEffect(() => setSpeaker(annotation.speaker ?? ''), [annotation.speaker])
  useEffect(() => setReason(annotation.reason ?? ''), [annotation.reason])
  useEffect(() => setEvidence((annotation.evidence ?? []).join('\n')), [annotation.evidence])

  useEffect(() => {
    if (focusNote === null) return
    noteField.current?.focus()
    onNoteFocused()
  }, [focusNote, onNoteFocused])

  // What was sent since the tag last changed under the fields: leaving a field right after
  // Ctrl+Enter must not send the same change twice (two undo steps for one edit).
  const sent = useRef<TagFields>({})
  useEffect(() => {
    sent.current = {}
  }, [annotation])

  const commit = () => {
    const base = { ...annotation, ...sent.current }
    const fields: TagFields = {}
    if (note !== base.note) fields.note = note
    if (annotation.kind === 'quote' && speaker.trim() !== (base.speaker ?? '')) {
      fields.speaker = speaker.trim() || undefined
    }
    if (annotation.kind === 'disputed') {
      if (reason.trim() !== (base.reason ?? '')) fields.reason = reason.trim() || undefined
      const list = links(evidence)
      const bad = list.find((link) => !/^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(link))
      if (bad) {
        setError(`“${bad}” is not a web (http/https) or mail link.`)
        return
      }
      setError(null)
      if (list.join('\n') !== (base.evidence ?? []).join('\n')) {
        fields.evidence = list.length > 0 ? list : undefined
      }
    }
    if (Object.keys(fields).length === 0) return
    sent.current = { ...sent.current, ...fields }
    onUpdate(fields)
  }

  const keys = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      commit()
      onReturnToText()
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      commit()
      onReturnToText()
    }
  }

  // Any field of the details, the ones added inside it included: Escape or Ctrl+Enter save and go
  // back to the text, and so does Tab out of the last field (Shift+Tab still goes backwards).
  const leave = (event: React.KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented) return
    const back =
      event.key === 'Escape' ||
      (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) ||
      (event.key === 'Tab' && !event.shiftKey && isLastField(event.currentTarget, event.target))
    if (!back) return
    event.preventDefault()
    commit()
    onReturnToText()
  }

  return (
    <section
      className={`tag-details details-${annotation.kind}`}
      aria-label="Tag details"
      onKeyDown={leave}
    >
      <h2 className="panel-heading">
        {KIND_NAMES[annotation.kind]} <span className="muted">by {annotation.author.name}</span>
        {annotation.unverified && <UnverifiedBadge />}
      </h2>
      {annotation.acceptedFrom && (
        <p className="accepted-from">Accepted from {annotation.acceptedFrom.author.name}’s tag</p>
      )}
      {annotation.changedFrom !== undefined && (
        <div className="changed-box" role="note">
          <p>
            <strong>The tagged text changed.</strong> It was:
          </p>
          <blockquote>{annotation.changedFrom}</blockquote>
          <p>It now reads:</p>
          <blockquote>{annotation.target.quote.exact}</blockquote>
          <button
            type="button"
            className="button"
            onClick={() => onUpdate({ changedFrom: undefined })}
          >
            The tag still holds
          </button>
        </div>
      )}
      <label className="field">
        <span>Note</span>
        <textarea
          ref={noteField}
          aria-describedby={annotation.kind === 'disputed' ? `${hintId}-note` : undefined}
          rows={3}
          value={note}
          placeholder="Why this tag? (Ctrl+Enter to save)"
          onChange={(event) => setNote(event.target.value)}
          onBlur={commit}
          onKeyDown={keys}
        />
      </label>
      {annotation.kind === 'disputed' && (
        <p className="field-hint" id={`${hintId}-note`}>
          Note: your own remark, for you and your reviewers.
        </p>
      )}
      {annotation.kind === 'quote' && (
        <label className="field">
          <span>Speaker</span>
          <input
            value={speaker}
            placeholder="Who said it?"
            onChange={(event) => setSpeaker(event.target.value)}
            onBlur={commit}
            onKeyDown={keys}
          />
        </label>
      )}
      {annotation.kind === 'disputed' && (
        <>
          <label className="field">
            <span>Reason</span>
            <textarea
              aria-describedby={`${hintId}-reason`}
              rows={2}
              value={reason}
              placeholder="What is wrong or contested?"
              onChange={(event) => setReason(event.target.value)}
              onBlur={commit}
              onKeyDown={keys}
            />
          </label>
          <p className="field-hint" id={`${hintId}-reason`}>
            Reason: what makes this sentence disputed, as the exports show it.
          </p>
          <label className="field">
            <span>Evidence links</span>
            <textarea
              aria-describedby={`${hintId}-evidence`}
              rows={2}
              value={evidence}
              placeholder="https://…"
              onChange={(event) => setEvidence(event.target.value)}
              onBlur={commit}
              onKeyDown={keys}
            />
          </label>
          <p className="field-hint" id={`${hintId}-evidence`}>
            One link per line (http, https or mailto).
          </p>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {factCheck && carriesFactCheck(annotation.kind) && (
        <FactCheckFields
          annotation={annotation}
          {...factCheck}
          onChange={(next) => onUpdate({ factCheck: next })}
          onReturnToText={onReturnToText}
        />
      )}
    </section>
  )
}
