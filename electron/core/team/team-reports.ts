import type { EditorRef } from '../../../shared/model/annotation'
import type { TrailAction } from '../../../shared/team/trail'
import type { RefusedCommit } from './history-verifier'

/** What one sync did. */
export interface TeamSyncReport {
  /**
   * `synced` (everything sent and received), `offline` (the server could not be reached: work
   * waits), `rejected` (the push was refused twice: work waits for the next sync) or
   * `not-in-roster` (received, but an admin has yet to add this editor, so nothing is sent).
   */
  state: 'synced' | 'offline' | 'rejected' | 'not-in-roster'
  /** Commits received and verified. */
  received: number
  /** Own commits sent. */
  sent: number
  /** Articles whose tags or reviews changed in the library. */
  changedArticles: string[]
  /** Articles added to the library from the team's texts. */
  addedArticles: string[]
  /** Commits refused by this sync, never applied. */
  refused: RefusedCommit[]
  /** Whether the remote's history was rewritten since the last sync (a force-push). */
  forcePush: boolean
  /** What went wrong, for `offline` and `rejected`. */
  message: string | null
  /**
   * Own commits not on the server after this sync (0 once the push went through): the sync
   * committed and sent them, so the toolbar needs no `status` of its own after it.
   */
  outgoing: number
  /** When a sync last reached the server (ISO), this one or an earlier one; null if never. */
  lastSync: string | null
  /** Every refused change the team keeps aside (this sync's and earlier ones). */
  refusedKept: number
  /** Whether the acting editor is one of the team's admins, by the roster as now verified. */
  admin: boolean
}

/** The team's state as `team status` shows it. */
export interface TeamStatusReport {
  address: string
  editor: EditorRef
  publicKey: string
  inRoster: boolean
  admin: boolean
  /** Own commits not yet on the server, plus 1 when own work is not yet committed. */
  outgoing: number
  /** Commits fetched but not yet taken in. */
  incoming: number
  lastSync: string | null
  lastError: string | null
  forcePushSeen: string | null
  refused: RefusedCommit[]
}

/** One signed change in an article's trail. */
export interface TrailEntry {
  commit: string
  at: string
  /** Whose file changed. */
  editorId: string
  /** Whose roster key signed the commit (null: unsigned or unknown key). */
  signer: string | null
  /** Whether the commit's signature and rules checked out. */
  verified: boolean
  reason: string | null
  actions: TrailAction[]
}
