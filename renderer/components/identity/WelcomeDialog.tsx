import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { EditorSettings } from '../../../shared/model/editor-settings'
import { useServices } from '../../app/service-context'
import '../window/modal-sheet.css'
import './identity.css'

/** The longest editor name, as the settings accept it. */
export const MAX_EDITOR_NAME = 100

/** Props of {@link WelcomeDialog}. */
export interface WelcomeDialogProps {
  /** The name to start from (the computer's user name on a first run). */
  suggestedName: string
  /** Told the settings once the name is confirmed (the service has already taken them). */
  onDone?: (settings: EditorSettings) => void
}

/**
 * The first-run welcome: asks for the editor's name, which every tag and review records. It
 * cannot be dismissed without a name (Escape does not close it); the name can be changed later
 * in Settings.
 */
export function WelcomeDialog({ suggestedName, onDone }: WelcomeDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const hintId = useId()
  const { identity } = useServices()
  const [name, setName] = useState(suggestedName)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const clean = name.trim()
    if (clean.length === 0) {
      setError('Enter your name: it is recorded on every tag you make.')
      return
    }
    setBusy(true)
    try {
      const settings = await identity.setEditor({ name: clean })
      dialogRef.current?.close()
      onDone?.(settings)
    } catch (failure) {
      setError((failure as Error).message)
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet identity-dialog welcome-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => event.preventDefault()}
    >
      <form className="modal-sheet-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="modal-sheet-head">
          <h2 id={titleId}>Welcome to Factmark</h2>
        </div>
        <div className="modal-sheet-body">
          <p>
            Every tag and review you make records who made it, so that editors can compare and
            exchange their work. What name should it show?
          </p>
          <label className="identity-field">
            Your name
            <input
              type="text"
              value={name}
              maxLength={MAX_EDITOR_NAME}
              required
              autoFocus
              autoComplete="name"
              aria-describedby={hintId}
              aria-invalid={error !== null}
              onChange={(event) => {
                setName(event.target.value)
                setError(null)
              }}
            />
            <span className="identity-hint" id={hintId}>
              Use the same name on every computer you work on. You can change it later in Settings.
            </span>
          </label>
          {error && (
            <p role="alert" className="identity-error">
              {error}
            </p>
          )}
        </div>
        <div className="modal-sheet-foot">
          <button type="submit" className="button primary" disabled={busy}>
            Start
          </button>
        </div>
      </form>
    </dialog>
  )
}
