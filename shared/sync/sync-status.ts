/**
 * Where a Git team's sync stands: `syncing` (under way), `synced`, `offline` (the server could not
 * be reached: work waits and is retried), `rejected` (the server refused the push: retried),
 * `not-in-roster` (an admin has yet to add this editor's key) or `failed` (git missing, a
 * damaged clone …: the message says what to do).
 */
export type TeamSyncPhase =
  'syncing' | 'synced' | 'offline' | 'rejected' | 'not-in-roster' | 'failed'

/** The team's state (a Git team, or the old team folder read once while it moves), as the top bar shows it. */
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
  | {
      state: 'team'
      /** The team's address: a Git host's address, or the bare repository in a team folder. */
      address: string
      phase: TeamSyncPhase
      /** When the last sync reached the server (ISO), if ever. */
      lastSync: string | null
      /** Own changes not yet on the server. */
      outgoing: number
      /** Changes by others refused (forged, unsigned, not from the roster), never applied. */
      refused: number
      /** What went wrong, in words, for `offline`, `rejected` and `failed`. */
      message: string | null
      /** The acting editor's public key, for the team's admin to add to the roster. */
      publicKey: string
      /** Whether the acting editor may add editors to the roster. */
      admin: boolean
    }

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
  if (status.state === 'team') return describeTeamStatus(status, now)
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

function describeTeamStatus(status: Extract<SyncStatus, { state: 'team' }>, now: number): string {
  const waiting =
    status.outgoing > 0 ? plural(status.outgoing, 'change waiting', 'changes waiting') : null
  const parts: string[] = []
  switch (status.phase) {
    case 'syncing':
      parts.push('Team: syncing…')
      break
    case 'synced':
      parts.push(
        status.lastSync === null ? 'Team: synced' : `Team: synced ${timeAgo(status.lastSync, now)}`,
      )
      break
    case 'offline':
      parts.push('Team: offline, will retry')
      break
    case 'rejected':
      parts.push('Team: the server refused the changes, will retry')
      break
    case 'not-in-roster':
      parts.push('Team: waiting for an admin to add your key')
      break
    case 'failed':
      parts.push(`Team: ${status.message ?? 'the sync failed'}`)
      break
  }
  if (waiting) parts.push(waiting)
  if (status.refused > 0) parts.push(plural(status.refused, 'change refused', 'changes refused'))
  return parts.join(' · ')
}
