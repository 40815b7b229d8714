import { useId, useState, type FormEvent } from 'react'
import type { SyncStatus } from '../../../shared/sync/sync-status'
import { useServices } from '../../app/service-context'

/** Props of {@link TeamKeys}. */
export interface TeamKeysProps {
  status: Extract<SyncStatus, { state: 'team' }>
}

/**
 * The Settings dialog's part of a Git team: the team's address, the editor's public key (to send
 * to the team's admin, who adds it to the roster) and, for admins, a form that adds another
 * editor's key, a change signed with the admin's own key.
 */
export function TeamKeys({ status }: TeamKeysProps) {
  const { identity } = useServices()
  const keyId = useId()
  const [editorId, setEditorId] = useState('')
  const [publicKey, setPublicKey] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function add(event: FormEvent) {
    event.preventDefault()
    event.stopPropagation()
    setBusy(true)
    setMessage(null)
    try {
      await identity.addTeamEditor({ editorId: editorId.trim(), publicKey: publicKey.trim() })
      setMessage({ error: false, text: `${editorId.trim()} can now send work to the team.` })
      setEditorId('')
      setPublicKey('')
    } catch (failure) {
      setMessage({ error: true, text: (failure as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="team-keys">
      <p className="identity-hint">
        Team: <code className="team-address">{status.address}</code>
      </p>
      <label className="identity-field" htmlFor={keyId}>
        Your public key
        <textarea id={keyId} className="team-key" readOnly rows={2} value={status.publicKey} />
        <span className="identity-hint">
          {status.phase === 'not-in-roster'
            ? 'Send this key to the team’s admin. Your work is sent once they have added it.'
            : 'Your changes are signed with this key; the team checks every change against it.'}
        </span>
      </label>
      {status.admin && (
        <div role="group" aria-label="Add an editor to the team" className="team-add">
          <p className="identity-hint">
            As an admin, you add editors by the key they send you (their id is shown in their
            Settings).
          </p>
          <label className="identity-field">
            Editor id
            <input
              type="text"
              value={editorId}
              maxLength={64}
              onChange={(event) => setEditorId(event.target.value)}
            />
          </label>
          <label className="identity-field">
            Their public key
            <textarea
              rows={2}
              value={publicKey}
              onChange={(event) => setPublicKey(event.target.value)}
            />
          </label>
          <button
            type="button"
            className="button"
            disabled={busy || editorId.trim() === '' || publicKey.trim() === ''}
            onClick={(event) => void add(event)}
          >
            Add to Team
          </button>
          {message && (
            <p role={message.error ? 'alert' : 'status'} className="identity-hint">
              {message.text}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
