import { useEffect, useRef, useState } from 'react'
import type { TagFields } from '../../editor/commands'
import type { TagRecord } from '../../editor/tag-record'
import { KIND_NAMES } from '../../../shared/model/tag-kinds'
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

function links(text: string): string[] {
  return text
    .split(/\s+/)
    .map((link) => link.trim())
    .filter(Boolean)
}

/**
 * The active tag's note and the fields of its kind: the speaker of a quote; the reason and
 * evidence links of a disputed sentence. Saved when a field is left or with Ctrl+Enter; Escape
 * goes back to the text.
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

  const commit = () => {
    const fields: TagFields = {}
    if (note !== annotation.note) fields.note = note
    if (annotation.kind === 'quote' && speaker.trim() !== (annotation.speaker ?? '')) {
      fields.speaker = speaker.trim() || undefined
    }
    if (annotation.kind === 'disputed') {
      if (reason.trim() !== (annotation.reason ?? '')) fields.reason = reason.trim() || undefined
      const list = links(evidence)
      const bad = list.find((link) => !/^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(link))
      if (bad) {
        setError(`“${bad}” is not a web (http/https) or mail link.`)
        return
      }
      setError(null)
      if (list.join('\n') !== (annotation.evidence ?? []).join('\n')) {
        fields.evidence = list.length > 0 ? list : undefined
      }
    }
    if (Object.keys(fields).length > 0) onUpdate(fields)
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

  return (
    <section className={`tag-details details-${annotation.kind}`} aria-label="Tag details">
      <h2 className="panel-heading">
        {KIND_NAMES[annotation.kind]} <span className="muted">by {annotation.author.name}</span>
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
          rows={3}
          value={note}
          placeholder="Why this tag? (Ctrl+Enter to save)"
          onChange={(event) => setNote(event.target.value)}
          onBlur={commit}
          onKeyDown={keys}
        />
      </label>
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
              rows={2}
              value={reason}
              placeholder="What is wrong or contested?"
              onChange={(event) => setReason(event.target.value)}
              onBlur={commit}
              onKeyDown={keys}
            />
          </label>
          <label className="field">
            <span>Evidence links (one per line)</span>
            <textarea
              rows={2}
              value={evidence}
              placeholder="https://…"
              onChange={(event) => setEvidence(event.target.value)}
              onBlur={commit}
              onKeyDown={keys}
            />
          </label>
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
