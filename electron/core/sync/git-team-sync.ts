import type { Notice } from '../../../shared/model/notice'
import type { SyncStatus, TeamSyncPhase } from '../../../shared/sync/sync-status'
import type { GitTeam, TeamSyncReport } from '../team/git-team'
import { TeamScheduler, type TeamSchedulerTiming } from '../team/team-scheduler'
import type { LibraryStore } from '../store/library-store'
import type { TeamFolderListener } from './team-folder-sync'

/** Options of {@link GitTeamSync}. */
export interface GitTeamSyncOptions extends TeamFolderListener {
  team: GitTeam
  store: LibraryStore
  timing?: TeamSchedulerTiming | undefined
}

function phaseOf(report: TeamSyncReport): TeamSyncPhase {
  return report.state
}

/**
 * The app's side of a Git team: runs the team's {@link TeamScheduler} (a sync every 30 s and on
 * demand, own work committed shortly after saves), turns each sync's report into the toolbar's
 * {@link SyncStatus}, tells open articles that others' work arrived (so they update without a
 * reload) and tells the editor about refused changes and rewritten history. Never throws from
 * the timer: a failing sync shows in the status and is retried with back-off.
 */
export class GitTeamSync {
  private readonly scheduler: TeamScheduler
  private current: SyncStatus
  private readonly reportedRefusals = new Set<string>()

  constructor(private readonly options: GitTeamSyncOptions) {
    const { team, store, timing } = options
    this.current = {
      state: 'team',
      address: team.address,
      phase: 'syncing',
      lastSync: null,
      outgoing: 0,
      refused: 0,
      message: null,
      publicKey: team.publicKey,
      admin: false,
    }
    this.scheduler = new TeamScheduler({
      team,
      store,
      timing,
      report: (report) => this.afterSync(report),
      error: (error) => this.failed(error),
    })
  }

  /** The team's address (a bare repository's path for a team folder). */
  get address(): string {
    return this.options.team.address
  }

  /** The team this sync runs. */
  get team(): GitTeam {
    return this.options.team
  }

  /** The team's state as the toolbar shows it. */
  get status(): SyncStatus {
    return this.current
  }

  /** Runs a first sync now, then keeps syncing on the timer. */
  async start(): Promise<void> {
    if (this.current.state === 'team') this.publish({ ...this.current, phase: 'syncing' })
    await this.scan()
  }

  /** The editor saved: own work is committed a moment later, and sent with the next sync. */
  noteSaved(): void {
    this.scheduler.noteSaved()
  }

  /** Commits own work now (before the acting editor changes, or the app quits). */
  async writeNow(): Promise<void> {
    try {
      await this.options.team.commitOwn(this.options.store)
    } catch (error) {
      this.failed(error)
    }
  }

  /** Syncs now (or joins the sync under way). */
  async scan(): Promise<void> {
    await this.scheduler.syncNow()
  }

  /**
   * Adds an editor to the roster (the acting editor must be an admin), then syncs. Throws the
   * team's error, in words, when that is refused.
   */
  async addToRoster(editorId: string, publicKey: string): Promise<void> {
    const report = await this.options.team.addToRoster(this.options.store, editorId, publicKey)
    this.afterSync(report)
  }

  /** Commits what is waiting and stops the timers (work is sent at the next start). */
  async stop(): Promise<void> {
    await this.scheduler.stop()
    await this.writeNow()
  }

  /**
   * Publishes what a sync did. Everything the toolbar shows comes from the report itself (the
   * sync knows what it committed and sent): no further git command runs here, on the hot path
   * of a sync every 30 seconds.
   */
  private afterSync(report: TeamSyncReport): void {
    const changed = [...new Set([...report.changedArticles, ...report.addedArticles])]
    if (changed.length > 0) this.options.changed?.(changed)
    for (const refusal of report.refused) {
      if (this.reportedRefusals.has(refusal.commit)) continue
      this.reportedRefusals.add(refusal.commit)
      this.notify({
        level: 'warning',
        message: `A team change claiming to be by ${refusal.authorClaimed} was refused and not applied: ${refusal.reason}`,
      })
    }
    if (report.forcePush) {
      this.notify({
        level: 'warning',
        message:
          'The team’s history was rewritten on the server. Your work is kept and was sent again.',
      })
    }
    this.publish({
      state: 'team',
      address: this.options.team.address,
      phase: phaseOf(report),
      lastSync: report.lastSync,
      outgoing: report.outgoing,
      refused: report.refusedKept,
      message: report.message,
      publicKey: this.options.team.publicKey,
      admin: report.admin,
    })
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error)
    const previous = this.current
    this.publish({
      state: 'team',
      address: this.options.team.address,
      phase: 'failed',
      lastSync: previous.state === 'team' ? previous.lastSync : null,
      outgoing: previous.state === 'team' ? previous.outgoing : 0,
      refused: previous.state === 'team' ? previous.refused : 0,
      message: message.replace(/^[a-z-]+: /, ''),
      publicKey: this.options.team.publicKey,
      admin: previous.state === 'team' && previous.admin,
    })
  }

  private notify(notice: Notice): void {
    this.options.notice?.(notice)
  }

  private publish(status: SyncStatus): void {
    this.current = status
    this.options.status?.(status)
  }
}
