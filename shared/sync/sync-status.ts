/** The team folder's state, as the top bar shows it. */
export type SyncStatus =
  | { state: 'off' }
  | {
      state: 'syncing' | 'synced'
      folder: string
      /** When the folder was last read and written without error (ISO), if ever. */
      lastSync: string | null
      /** Editors with a package in the folder, the acting editor included. */
      editors: number
      /** Articles others tagged that this library does not hold (their tags wait there). */
      missingArticles: number
      /** Files in the folder left aside for now (damaged, forged, someone claiming to be you). */
      refused: number
    }
  | { state: 'error'; folder: string; message: string; lastSync: string | null }

/** "just now", "2 min ago", "3 h ago", "4 days ago": how long ago `then` was at `now`. */
export function timeAgo(then: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(then)) / 1000))
  if (!Number.isFinite(seconds) || seconds < 45) return 'just now'
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `${hours} h ago`
  const days = Math.round(hours / 24)
  return `${days} day${days === 1 ? '' : 's'} ago`
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * The top bar's one-line summary of the team folder at `now` (ms): "Team folder: synced 2 min
 * ago · 3 editors", "Team folder: syncing…", or "Team folder: <the error>". Empty when off.
 */
export function describeSyncStatus(status: SyncStatus, now: number): string {
  if (status.state === 'off') return ''
  if (status.state === 'error') return `Team folder: ${status.message}`
  const when =
    status.state === 'syncing' || status.lastSync === null
      ? 'syncing…'
      : `synced ${timeAgo(status.lastSync, now)}`
  const parts = [`Team folder: ${when}`, plural(status.editors, 'editor', 'editors')]
  if (status.missingArticles > 0) {
    parts.push(plural(status.missingArticles, 'article you don’t have', 'articles you don’t have'))
  }
  if (status.refused > 0) parts.push(plural(status.refused, 'file refused', 'files refused'))
  return parts.join(' · ')
}
