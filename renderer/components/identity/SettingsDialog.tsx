import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { EditorSettings, SettingsChange } from '../../../shared/model/editor-settings'
import { describeSyncStatus, type SyncStatus } from '../../../shared/sync/sync-status'

import { TeamKeys } from './TeamKeys'
import { useAppState, useServices } from '../../app/service-context'
import { FactCheckSettingsSection } from '../fact-check/FactCheckSettingsSection'
import { MAX_EDITOR_NAME } from './WelcomeDialog'
import '../window/modal-sheet.css'
import './identity.css'

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  settings: EditorSettings
  /** The team folder's state, shown under the folder. */
  syncStatus: SyncStatus
  /** Told the settings after each change (the service has already taken them). */
  onChanged?: (settings: EditorSettings) => void
  onClose: () => void
}

/**
 * File > Settings (the app menu's Settings on macOS): the acting editor's name (renaming keeps
 * their id, so their records stay theirs) and the team folder, chosen with the system's folder
 * dialog (the page never names a path).
 */
export function SettingsDialog({ settings, syncStatus, onChanged, onClose }: SettingsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const folderId = useId()
  const { identity } = useServices()
  const [name, setName] = useState(settings.editor.name)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const { factCheck } = useServices()
  const factCheckSettings = useAppState((state) => state.factCheck.settings)
  const factCheckCommit = useRef<(() => Promise<boolean>) | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function change(request: SettingsChange, done: string | null): Promise<boolean> {
    setBusy(true)
    setMessage(null)
    try {
      const next = await identity.updateSettings(request)
      onChanged?.(next)
      if (done) setMessage({ error: false, text: done })
      return true
    } catch (failure) {
      setMessage({ error: true, text: (failure as Error).message })
      return false
    } finally {
      setBusy(false)
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    const clean = name.trim()
    if (clean.length === 0) {
      setMessage({ error: true, text: 'Enter your name: it is recorded on every tag you make.' })
      return
    }
    if (clean !== settings.editor.name) {
      if (!(await change({ name: clean }, null))) return
    }
    if (factCheckCommit.current && !(await factCheckCommit.current())) return
    dialogRef.current?.close()
  }

  const status = describeSyncStatus(syncStatus, Date.now())

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet identity-dialog settings-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form className="modal-sheet-form" onSubmit={(event) => void save(event)} noValidate>
        <div className="modal-sheet-head">
          <h2 id={titleId}>Settings</h2>
        </div>
        <div className="modal-sheet-body">
          <label className="identity-field">
            Your name
            <input
              type="text"
              value={name}
              maxLength={MAX_EDITOR_NAME}
              required
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
            <span className="identity-hint">
              Shown on your tags and reviews. Your editor id stays <code>{settings.editor.id}</code>
              , so the work you did under another spelling remains yours.
            </span>
          </label>
          <fieldset>
            <legend>Team folder</legend>
            <p className="identity-hint">
              A folder on a shared drive or network share. Factmark keeps the team’s Git repository
              there: each editor writes only their own files, every change is signed with its
              editor’s key, and changes nobody on the team signed are refused. A folder an older
              Factmark used is moved over, with nothing lost.
            </p>
            <div className="team-folder-row">
              <span className="team-folder-path" id={folderId}>
                {settings.teamFolder ?? 'None: exchange tags with Review › Export My Tags.'}
              </span>
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-describedby={folderId}
                onClick={() => void change({ teamFolder: 'choose' }, null)}
              >
                {settings.teamFolder ? 'Change…' : 'Choose…'}
              </button>
              {settings.teamFolder && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    void change({ teamFolder: 'none' }, 'The team folder is no longer used.')
                  }
                >
                  Stop Using
                </button>
              )}
            </div>
            {status && <p className="identity-hint">{status}</p>}
            {syncStatus.state === 'team' && <TeamKeys status={syncStatus} />}
          </fieldset>
          <FactCheckSettingsSection
            settings={factCheckSettings}
            onSave={(next) => factCheck.save(next)}
            commitRef={factCheckCommit}
          />
        </div>
        <div className="modal-sheet-foot">
          <span
            role={message?.error ? 'alert' : 'status'}
            className={message?.error ? 'identity-status identity-error' : 'identity-status'}
          >
            {message?.text ?? ''}
          </span>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  )
}
