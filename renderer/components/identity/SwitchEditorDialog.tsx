import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { EditorSettings } from '../../../shared/model/editor-settings'
import { useServices } from '../../app/service-context'
import { MAX_EDITOR_NAME } from './WelcomeDialog'
import '../window/modal-sheet.css'
import './identity.css'

/** Props of {@link SwitchEditorDialog}. */
export interface SwitchEditorDialogProps {
  settings: EditorSettings
  /** Told the new settings after a switch (the service has already taken them). */
  onSwitched?: (settings: EditorSettings) => void
  onClose: () => void
}

const SOMEONE_ELSE = '\u0000new'

/**
 * File > Switch Editor: choose who new tags and reviews are written as, among the identities
 * used on this computer, or someone new by name. Pending saves are written first, as the editor
 * who made them.
 */
export function SwitchEditorDialog({ settings, onSwitched, onClose }: SwitchEditorDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { identity } = useServices()
  const [choice, setChoice] = useState(settings.editor.id)
  const [newName, setNewName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const named = choice === SOMEONE_ELSE
    if (named && newName.trim() === '') {
      setError('Enter the name of the editor to act as.')
      return
    }
    if (!named && choice === settings.editor.id) {
      dialogRef.current?.close()
      return
    }
    setBusy(true)
    try {
      const next = await identity.setEditor(named ? { name: newName.trim() } : { id: choice })
      onSwitched?.(next)
      dialogRef.current?.close()
    } catch (failure) {
      setError((failure as Error).message)
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet identity-dialog switch-editor-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form className="modal-sheet-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="modal-sheet-head">
          <h2 id={titleId}>Switch Editor</h2>
        </div>
        <div className="modal-sheet-body">
          <p>New tags and reviews are recorded as the editor chosen here.</p>
          <fieldset>
            <legend>Act as</legend>
            {settings.editors.map((editor) => (
              <label key={editor.id} className="identity-choice">
                <input
                  type="radio"
                  name="acting-editor"
                  checked={choice === editor.id}
                  onChange={() => setChoice(editor.id)}
                />
                {editor.name}
                <span className="identity-choice-id">
                  {editor.id === settings.editor.id ? '(acting now)' : ''}
                </span>
              </label>
            ))}
            <div className="identity-choice">
              <label className="identity-choice">
                <input
                  type="radio"
                  name="acting-editor"
                  checked={choice === SOMEONE_ELSE}
                  onChange={() => setChoice(SOMEONE_ELSE)}
                />
                Someone else:
              </label>
              <input
                type="text"
                aria-label="Name of the other editor"
                value={newName}
                maxLength={MAX_EDITOR_NAME}
                onFocus={() => setChoice(SOMEONE_ELSE)}
                onChange={(event) => {
                  setNewName(event.target.value)
                  setChoice(SOMEONE_ELSE)
                  setError(null)
                }}
              />
            </div>
          </fieldset>
          {error && (
            <p role="alert" className="identity-error">
              {error}
            </p>
          )}
        </div>
        <div className="modal-sheet-foot">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            Switch
          </button>
        </div>
      </form>
    </dialog>
  )
}
