import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

/** Props of {@link RejectWithReason}. */
export interface RejectWithReasonProps {
  /** The question above the reason box ("Why do you reject it? (required)"). */
  label: string
  /** What is said when the reason is left empty. */
  emptyMessage: string
  /** The text of the button that rejects. */
  confirmLabel: string
  /** Rejects with the reason typed (never empty); the form then closes and focus returns to the text. */
  onReject: (reason: string) => void
  /** Closes the form (Cancel, Esc, or after a reject). */
  onClose: () => void
  /** Gives the focus back to the text (after a reject or Esc). */
  onReturnToText: () => void
  /** Changed to put the focus back in the reason box while the form is open (R pressed again). */
  focusRequest?: number
}

/**
 * The reason box of a reject, used wherever a tag or a verdict is rejected in review mode: a
 * required reason (an empty one is refused with `emptyMessage`, focus kept in the box), the reject
 * and Cancel buttons, Ctrl+Enter to reject and Esc to close, both returning to the text. The box
 * takes the focus when it opens and on each new `focusRequest`.
 */
export function RejectWithReason(props: RejectWithReasonProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    field.current?.focus()
  }, [props.focusRequest])

  const reject = () => {
    if (reason.trim().length === 0) {
      setError(props.emptyMessage)
      field.current?.focus()
      return
    }
    props.onReject(reason)
    props.onClose()
    props.onReturnToText()
  }
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      reject()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      props.onClose()
      props.onReturnToText()
    }
  }

  return (
    <div className="review-reject">
      <label className="field">
        <span>{props.label}</span>
        <textarea
          ref={field}
          rows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value)
            setError(null)
          }}
          onKeyDown={keys}
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="review-actions">
        <button type="button" className="button primary" onClick={reject}>
          {props.confirmLabel}
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </div>
  )
}
