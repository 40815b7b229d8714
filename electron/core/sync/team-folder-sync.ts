import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { canonicalJson } from '../../../shared/exchange/canonical-json'
import { ExchangeError, type ExchangeRefusal } from '../../../shared/exchange/exchange-error'
import { parsePackage } from '../../../shared/exchange/package'
import type { Notice } from '../../../shared/model/notice'
import { FactmarkError } from '../../../shared/ipc/result'
import type { EditorRef } from '../../../shared/model/annotation'
import type { SyncStatus } from '../../../shared/sync/sync-status'
import { importCheckedPackage } from '../exchange/checked-import'
import { exportSignedPackage } from '../exchange/signed-export'
import { writeFileAtomic } from '../store/atomic-write'
import type { LibraryStore } from '../store/library-store'
import { errorCode } from '../store/store-fs'
import { watchFolder } from './folder-watcher'
import { editorIdOfTeamFile, teamFileName } from './team-file'

/** Timings of a {@link TeamFolderSync}; tests shorten them. */
export interface TeamFolderTiming {
  /** How long after a save the editor's own file is written (default 1.5 s). */
  writeDelayMs?: number
  /** How long after the folder's change events it is read (default 400 ms). */
  scanDelayMs?: number
  /** How often the folder is read regardless (default 10 s). */
  pollMs?: number
  /** How soon a file that could not be read whole is tried again (default 3 s). */
  retryMs?: number
  /** How many reads of an unchanged damaged file before it is reported (default 4). */
  attempts?: number
  /** Whether to use the system's change events (default true; polling always runs). */
  events?: boolean
}

/** What a {@link TeamFolderSync} reports to the app. */
export interface TeamFolderListener {
  /** The folder's state changed. */
  status?: (status: SyncStatus) => void
  /** Another editor's work changed the tags of these articles. */
  changed?: (articleIds: string[]) => void
  /** Something the editor should know: a refused file, a file claiming to be theirs. */
  notice?: (notice: Notice) => void
}

/** Options of {@link TeamFolderSync}. */
export interface TeamFolderSyncOptions extends TeamFolderListener {
  store: LibraryStore
  folder: string
  /** The acting editor now: their work is written, everyone else's read. */
  editor: () => EditorRef
  timing?: TeamFolderTiming
}

/** What reading one other editor's file came to, kept until the file changes. */
interface FileState {
  /** The file's size and modification time when it was read. */
  signature: string
  outcome: 'imported' | 'pending' | 'refused'
  /** Reads of this version that failed as a partly written file would (pending files). */
  attempts: number
  /** Articles its package carries that the library lacks (imported files). */
  missing: string[]
}

/** Refusals a file caught half-way through a sync client's write also gives: tried again. */
const MAYBE_PARTIAL: ReadonlySet<ExchangeRefusal> = new Set([
  'not-json',
  'damaged',
  'invalid',
  'too-deep',
  'not-a-package',
])

function describeFsError(error: unknown): string {
  const code = errorCode(error)
  if (code === 'ENOENT') return 'the folder is missing (is the drive or share connected?)'
  if (code === 'EACCES' || code === 'EPERM') return 'Factmark may not read or write the folder'
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'ENOTDIR') return 'it is not a folder'
  return (error as Error)?.message ?? String(error)
}

/**
 * Exchanges work through a team folder that a sync service (Dropbox, OneDrive, a network share,
 * git) keeps the same on every editor's machine. Each editor writes only their own file,
 * `<editor-id>.factmark.json`: a package of all their tags, written atomically a moment after
 * each save, so two editors never write the same file. Everyone else's files are read when the
 * folder changes (and every few seconds, for shares that send no change events) and merged with
 * `importCheckedPackage`, which only ever changes records of the file's author, and only when the
 * file is signed by the key the library accepted for that author on first use (own files are
 * signed with the editor's key).
 *
 * A file a sync client has only partly written fails its checksum or is not JSON yet: it is read
 * again a few times and only reported once it stays that way. A file whose author is not the one
 * its name says, that holds someone else's records, or that claims to be the acting editor's, is
 * refused with a notice and changes nothing. Files of other names (temp files of sync clients,
 * conflicted copies) are never read.
 */
export class TeamFolderSync {
  private readonly files = new Map<string, FileState>()
  private readonly timing: Required<TeamFolderTiming>
  /** The canonical JSON of the last package written, per editor, so unchanged work is not. */
  private readonly written = new Map<string, string>()
  private queue: Promise<unknown> = Promise.resolve()
  private scanQueued = false
  private writeTimer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private stopWatching: (() => void) | null = null
  private stopped = false
  private current: SyncStatus
  private lastSync: string | null = null
  private writeError: string | null = null
  private readError: string | null = null
  /** Versions of foreign files under the acting editor's name already reported. */
  private readonly impostors = new Set<string>()
  /** The size and time of the acting editor's file when it was last looked at. */
  private ownSignature: string | null = null

  constructor(private readonly options: TeamFolderSyncOptions) {
    this.timing = {
      writeDelayMs: 1500,
      scanDelayMs: 400,
      pollMs: 10_000,
      retryMs: 3000,
      attempts: 4,
      events: true,
      ...options.timing,
    }
    this.current = {
      state: 'syncing',
      folder: options.folder,
      lastSync: null,
      editors: 0,
      missingArticles: 0,
      refused: 0,
    }
  }

  /** The folder this instance exchanges through. */
  get folder(): string {
    return this.options.folder
  }

  /** The folder's state now. */
  get status(): SyncStatus {
    return this.current
  }

  /** Writes the acting editor's file, reads everyone else's, then follows the folder's changes. */
  async start(): Promise<void> {
    this.publish()
    await this.writeNow()
    await this.scan()
    if (this.stopped) return
    this.stopWatching = watchFolder(this.options.folder, () => void this.scan(), {
      debounceMs: this.timing.scanDelayMs,
      pollMs: this.timing.pollMs,
      events: this.timing.events,
    })
  }

  /** The acting editor saved: their file is written a moment later (saves come in bursts). */
  noteSaved(): void {
    if (this.stopped) return
    if (this.writeTimer) clearTimeout(this.writeTimer)
    this.writeTimer = setTimeout(() => {
      this.writeTimer = null
      void this.writeNow()
    }, this.timing.writeDelayMs)
  }

  /**
   * Writes the acting editor's file now if their work changed since it was last written (and
   * cancels a write waiting for its delay). Failures show in the status, never reject.
   */
  writeNow(): Promise<void> {
    if (this.writeTimer) {
      clearTimeout(this.writeTimer)
      this.writeTimer = null
    }
    return this.enqueue(() => this.writeOwnFile())
  }

  /** Reads the other editors' files now (a read already waiting to start covers this one). */
  scan(): Promise<void> {
    if (this.scanQueued || this.stopped) return this.queue.then(() => undefined)
    this.scanQueued = true
    return this.enqueue(async () => {
      this.scanQueued = false
      await this.readOthers()
    })
  }

  /** Writes what is waiting, stops watching, and lets the work under way finish. */
  async stop(): Promise<void> {
    if (this.stopped) return
    const pendingWrite = this.writeTimer !== null
    if (pendingWrite) await this.writeNow()
    this.stopped = true
    if (this.writeTimer) clearTimeout(this.writeTimer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.stopWatching?.()
    this.stopWatching = null
    await this.queue.catch(() => undefined)
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue
      .then(() => (this.stopped ? undefined : task()))
      .catch((error: unknown) => {
        // Nothing here may stop the exchange: the error shows in the status until the next read.
        this.readError = (error as Error)?.message ?? String(error)
        this.publish()
      })
    this.queue = run
    return run
  }

  private async writeOwnFile(): Promise<void> {
    const editor = this.options.editor()
    try {
      const pkg = await exportSignedPackage(this.options.store, editor, 'all')
      const key = canonicalJson({ author: pkg.author, articles: pkg.articles })
      if (this.written.get(editor.id) !== key) {
        await writeFileAtomic(
          join(this.options.folder, teamFileName(editor.id)),
          `${JSON.stringify(pkg, null, 2)}\n`,
        )
        this.written.set(editor.id, key)
      }
      this.writeError = null
    } catch (error) {
      this.writeError =
        error instanceof FactmarkError
          ? error.message
          : `your work could not be written: ${describeFsError(error)}`
    }
    this.publish()
  }

  private async readOthers(): Promise<void> {
    const { folder, store } = this.options
    const me = this.options.editor()
    let names: string[]
    try {
      names = (await readdir(folder)).sort()
      this.readError = null
    } catch (error) {
      this.readError = `cannot be read: ${describeFsError(error)}`
      this.publish()
      return
    }
    const present = new Set<string>()
    const changed = new Set<string>()
    const held = new Set(store.list().map((meta) => meta.id))
    for (const name of names) {
      const author = editorIdOfTeamFile(name)
      if (author === null) continue
      present.add(name)
      if (author === me.id) {
        await this.checkOwnFile(name, me)
        continue
      }
      try {
        await this.readOne(name, author, me, held, changed)
      } catch (error) {
        // The store refused to write (full disk …): tried again with the next read.
        this.files.delete(name)
        this.readError = error instanceof FactmarkError ? error.message : describeFsError(error)
      }
    }
    for (const name of [...this.files.keys()]) if (!present.has(name)) this.files.delete(name)
    if (this.readError === null) this.lastSync = new Date().toISOString()
    if (changed.size > 0) this.options.changed?.([...changed].sort())
    this.scheduleRetry()
    this.publish()
  }

  private async readOne(
    name: string,
    author: string,
    me: EditorRef,
    held: ReadonlySet<string>,
    changed: Set<string>,
  ): Promise<void> {
    const path = join(this.options.folder, name)
    let signature: string
    try {
      const info = await stat(path)
      signature = `${info.size}:${info.mtimeMs}`
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return // removed between listing and reading
      throw error
    }
    const known = this.files.get(name)
    if (known && known.signature === signature) {
      if (known.outcome === 'refused') return
      if (known.outcome === 'imported' && !known.missing.some((id) => held.has(id))) return
    }
    const attempts = known && known.signature === signature ? known.attempts : 0
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return
      throw error
    }
    try {
      const pkg = parsePackage(text)
      if (pkg.author.id === me.id) {
        this.refuse(
          name,
          signature,
          `${name} in the team folder claims to be yours (${me.name}): ignored, nothing was changed.`,
        )
        return
      }
      if (pkg.author.id !== author) {
        this.refuse(
          name,
          signature,
          `${name} in the team folder holds ${pkg.author.name}’s work (${pkg.author.id}) under another editor’s name: refused, nothing was changed.`,
        )
        return
      }
      // Signed by the key this library knows for the author (first use: remembered now).
      const report = await importCheckedPackage(this.options.store, pkg, me, false)
      for (const article of report.articles) {
        if (article.added + article.updated + article.deleted > 0) changed.add(article.articleId)
      }
      const missing = report.articles
        .filter((article) => article.status === 'skipped')
        .map((article) => article.articleId)
      this.files.set(name, { signature, outcome: 'imported', attempts: 0, missing })
    } catch (error) {
      if (!(error instanceof ExchangeError)) throw error
      if (MAYBE_PARTIAL.has(error.reason) && attempts + 1 < this.timing.attempts) {
        this.files.set(name, { signature, outcome: 'pending', attempts: attempts + 1, missing: [] })
        return
      }
      this.refuse(
        name,
        signature,
        error.reason === 'needs-confirmation'
          ? `${name} in the team folder is not signed (an older Factmark wrote it), so nothing proves it is by ${author}: it was not read. It is once their Factmark writes it signed; or import it with Import Tags to confirm it by hand.`
          : `${name} in the team folder was refused: ${error.message}`,
      )
    }
  }

  /**
   * The acting editor's own file is theirs to write: a version of it that is not what this app
   * wrote (another machine using the same identity, a file copied in) is never read, and reported
   * once.
   */
  private async checkOwnFile(name: string, me: EditorRef): Promise<void> {
    const mine = this.written.get(me.id)
    if (mine === undefined) return
    const path = join(this.options.folder, name)
    let text: string
    try {
      // Unchanged since it was last looked at: not read again (it may be large).
      const info = await stat(path)
      const signature = `${me.id}:${info.size}:${info.mtimeMs}`
      if (signature === this.ownSignature) return
      text = await readFile(path, 'utf8')
      this.ownSignature = signature
    } catch {
      return
    }
    let key: string | null = null
    try {
      const pkg = parsePackage(text)
      key = canonicalJson({ author: pkg.author, articles: pkg.articles })
    } catch {
      // Half-written by a sync client, or damaged: not ours either way, and never read.
    }
    if (key === mine || key === null || this.impostors.has(key)) return
    this.impostors.add(key)
    this.options.notice?.({
      level: 'warning',
      message: `${name} in the team folder was changed by someone else writing as you (${me.name}); it was ignored, and your next save writes your own work over it.`,
    })
  }

  private refuse(name: string, signature: string, message: string): void {
    const known = this.files.get(name)
    this.files.set(name, { signature, outcome: 'refused', attempts: 0, missing: [] })
    if (known?.signature === signature && known.outcome === 'refused') return
    this.options.notice?.({ level: 'warning', message })
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return
    const pending = [...this.files.values()].some((file) => file.outcome === 'pending')
    if (!pending) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.scan()
    }, this.timing.retryMs)
  }

  private publish(): void {
    const folder = this.options.folder
    const error = this.readError ?? this.writeError
    let next: SyncStatus
    if (error !== null) {
      next = { state: 'error', folder, message: error, lastSync: this.lastSync }
    } else {
      const states = [...this.files.values()]
      const missing = new Set(states.flatMap((file) => file.missing))
      next = {
        state: this.lastSync === null ? 'syncing' : 'synced',
        folder,
        lastSync: this.lastSync,
        editors:
          states.filter((file) => file.outcome === 'imported').length +
          (this.written.has(this.options.editor().id) ? 1 : 0),
        missingArticles: missing.size,
        refused: states.filter((file) => file.outcome === 'refused').length,
      }
    }
    if (JSON.stringify(next) === JSON.stringify(this.current)) return
    this.current = next
    this.options.status?.(next)
  }
}
