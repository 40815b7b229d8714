import { useEffect, useState } from 'react'
import { describeSyncStatus, type SyncStatus as Status } from '../../../shared/sync/sync-status'
import './identity.css'

/** Props of {@link SyncStatus}. */
export interface SyncStatusProps {
  status: Status
  /** Opens the settings, where the team folder is chosen. */
  onOpenSettings: () => void
}

/**
 * The top bar's team indicator: "Team: synced 2 min ago · 1 change waiting", offline, waiting
 * for an admin, or the error. Nothing when the library is in no team. Announced politely when it changes.
 */
export function SyncStatus({ status, onOpenSettings }: SyncStatusProps) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  useEffect(() => setNow(Date.now()), [status])
  if (status.state === 'off') return null
  const text = describeSyncStatus(status, now)
  return (
    <button
      type="button"
      className={`sync-status sync-status-${status.state}`}
      title={`${text}\n${status.state === 'team' ? status.address : status.folder}`}
      onClick={onOpenSettings}
    >
      <span role="status">{text}</span>
    </button>
  )
}
