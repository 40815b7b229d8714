import { access } from 'node:fs/promises'
import { join } from 'node:path'
import type { EditorRef } from '../../../shared/model/annotation'
import type { SyncStatus } from '../../../shared/sync/sync-status'
import type { LibraryStore } from '../store/library-store'
import { GitTeam } from '../team/git-team'
import type { GitRunner } from '../team/git-runner'
import type { TeamSchedulerTiming } from '../team/team-scheduler'
import { GitTeamSync } from './git-team-sync'
import { takeInTeamFolder } from './team-folder-migration'
import type { TeamFolderListener, TeamFolderTiming } from './team-folder-sync'

/** The bare repository Factmark keeps in a team folder: the team the folder's editors share. */
export const TEAM_REPOSITORY_NAME = 'factmark-team.git'

/** The address of the team kept in `folder` (a bare repository inside it). */
export function teamRepositoryIn(folder: string): string {
  return join(folder, TEAM_REPOSITORY_NAME)
}

/** Options of {@link TeamSync}. */
export interface TeamSyncOptions extends TeamFolderListener {
  store: LibraryStore
  /** The acting editor now: a new team is created or joined as them. */
  editor: () => EditorRef
  /** Tests shorten the timers: the sync interval and commit delay, and the old folder's reads. */
  timing?: (TeamFolderTiming & TeamSchedulerTiming) | undefined
  /** The git to run (tests may point it elsewhere). */
  git?: GitRunner | undefined
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/**
 * The app's team, across changes of settings. A team is a Git repository (see {@link GitTeam}):
 * one made with `factmark team create|join` at any address, or the bare repository this class
 * keeps in the team folder chosen in Settings. Choosing a folder joins the team there, or starts
 * it when the folder has none; work an older Factmark left in the folder as package files is
 * read into the library first, so moving a team folder over loses nothing. One mechanism: the
 * folder's package files are never written or followed again. What the handlers talk to.
 */
export class TeamSync {
  private active: GitTeamSync | null = null
  private change: Promise<void> = Promise.resolve()
  private current: SyncStatus = { state: 'off' }

  constructor(private readonly options: TeamSyncOptions) {}

  /** The team's state ("off" without one). */
  get status(): SyncStatus {
    return this.active?.status ?? this.current
  }

  /**
   * Starts the team the app was left with: the library's own team when it has one (made or
   * joined from the CLI, or from a folder before), else the team in `folder` if one is set.
   */
  start(folder: string | null): Promise<void> {
    return this.queue(async () => {
      // The library's team state is read once: joinFolder is told there is no team.
      const team = await GitTeam.open(this.options.store.dataDir, this.options.git)
      if (team) await this.run(team)
      else if (folder !== null) await this.joinFolder(folder, null)
    })
  }

  /**
   * Uses the team in `folder` (joining it, or starting it when the folder holds none), or stops
   * syncing for null. Failures show in the status, in words; they never reject.
   */
  setFolder(folder: string | null): Promise<void> {
    return this.queue(async () => {
      if (folder !== null && this.active?.address === teamRepositoryIn(folder)) return
      await this.stopActive()
      if (folder === null) {
        this.publish({ state: 'off' })
        return
      }
      await this.joinFolder(folder)
    })
  }

  /** Adds an editor's key to the team's roster (admins only), then syncs. */
  async addToRoster(editorId: string, publicKey: string): Promise<void> {
    await this.change
    if (!this.active) throw new Error('team-sync: this library is in no team.')
    await this.active.addToRoster(editorId, publicKey)
  }

  /** The acting editor saved their work: it is committed shortly and sent with the next sync. */
  noteSaved(): void {
    this.active?.noteSaved()
  }

  /** Commits the acting editor's work now (before someone else becomes the acting editor). */
  async writeNow(): Promise<void> {
    await this.change
    await this.active?.writeNow()
  }

  /** Syncs now: own work is sent, everyone else's received. */
  async refresh(): Promise<void> {
    await this.change
    await this.active?.writeNow()
    await this.active?.scan()
  }

  /** Commits what is waiting and stops the timers (the app is quitting). */
  async stop(): Promise<void> {
    await this.queue(() => this.stopActive())
  }

  private queue(task: () => Promise<void>): Promise<void> {
    this.change = this.change.then(task, task)
    return this.change
  }

  private async stopActive(): Promise<void> {
    const previous = this.active
    this.active = null
    await previous?.stop()
  }

  /**
   * Joins (or starts) the team in `folder`, unless the library already has a team, which keeps
   * syncing where it is. `known` is the library's team when the caller has just opened it (null:
   * it has none), so its state is not read twice; undefined reads it here.
   */
  private async joinFolder(folder: string, known?: GitTeam | null): Promise<void> {
    const { store, editor, git } = this.options
    const address = teamRepositoryIn(folder)
    this.publish({
      state: 'syncing',
      folder,
      lastSync: null,
      editors: 0,
      missingArticles: 0,
      refused: 0,
    })
    try {
      const existing = known === undefined ? await GitTeam.open(store.dataDir, git) : known
      if (existing) {
        if (existing.address !== address) {
          this.options.notice?.({
            level: 'warning',
            message: `This library is already in the team at ${existing.address}, so it keeps syncing there and not through ${folder}.`,
          })
        }
        await this.run(existing)
        return
      }
      await takeInTeamFolder({ store, folder, editor, timing: this.options.timing })
      const setup = { address, editor: editor() }
      const team = (await exists(join(address, 'HEAD')))
        ? await GitTeam.join(store, setup, git)
        : await GitTeam.create(store, setup, git)
      await this.run(team)
    } catch (error) {
      this.publish({
        state: 'error',
        folder,
        message: (error instanceof Error ? error.message : String(error)).replace(/^[a-z-]+: /, ''),
        lastSync: null,
      })
    }
  }

  private async run(team: GitTeam): Promise<void> {
    const { store, status, changed, notice, timing } = this.options
    const sync = new GitTeamSync({ team, store, timing, status, changed, notice })
    this.active = sync
    await sync.start()
  }

  private publish(status: SyncStatus): void {
    this.current = status
    this.options.status?.(status)
  }
}
