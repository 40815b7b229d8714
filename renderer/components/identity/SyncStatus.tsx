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
 * The top bar's team-folder indicator: "Team folder: synced 2 min ago · 3 editors", or the
 * error. Nothing when no team folder is set. Announced politely when it changes.
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
      title={`${text}\n${status.folder}`}
      onClick={onOpenSettings}
    >
      <span role="status">{text}</span>
    </button>
  )
}
