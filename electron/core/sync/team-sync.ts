import type { EditorRef } from '../../../shared/model/annotation'
import type { SyncStatus } from '../../../shared/sync/sync-status'
import type { LibraryStore } from '../store/library-store'
import { TeamFolderSync, type TeamFolderListener, type TeamFolderTiming } from './team-folder-sync'

/** Options of {@link TeamSync}. */
export interface TeamSyncOptions extends TeamFolderListener {
  store: LibraryStore
  /** The acting editor now. */
  editor: () => EditorRef
  timing?: TeamFolderTiming
}

/**
 * The app's team-folder exchange across changes of settings: none while no folder is set, one
 * {@link TeamFolderSync} for the folder that is, replaced when the folder changes. What the
 * handlers talk to.
 */
export class TeamSync {
  private active: TeamFolderSync | null = null
  private change: Promise<void> = Promise.resolve()

  constructor(private readonly options: TeamSyncOptions) {}

  /** The team folder's state ("off" without one). */
  get status(): SyncStatus {
    return this.active?.status ?? { state: 'off' }
  }

  /** Starts exchanging through `folder` (stopping the previous one), or stops for null. */
  setFolder(folder: string | null): Promise<void> {
    this.change = this.change.then(async () => {
      if (this.active?.folder === folder) return
      const previous = this.active
      this.active = null
      await previous?.stop()
      if (folder === null) {
        this.options.status?.({ state: 'off' })
        return
      }
      const { store, editor, timing, status, changed, notice } = this.options
      const sync = new TeamFolderSync({ store, folder, editor, timing, status, changed, notice })
      this.active = sync
      await sync.start()
    })
    return this.change
  }

  /** The acting editor saved their work: their file follows shortly. */
  noteSaved(): void {
    this.active?.noteSaved()
  }

  /** Writes the acting editor's file now (before someone else becomes the acting editor). */
  async writeNow(): Promise<void> {
    await this.change
    await this.active?.writeNow()
  }

  /** After the acting editor changed: writes the new one's file and reads everyone else's. */
  async refresh(): Promise<void> {
    await this.change
    await this.active?.writeNow()
    await this.active?.scan()
  }

  /** Writes what is waiting and stops watching (the app is quitting). */
  async stop(): Promise<void> {
    await this.setFolder(null)
  }
}
