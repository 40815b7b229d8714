import type { Low } from 'lowdb'
import type { ArticleMeta } from '../../../shared/model/article'
import type { LibraryFile } from '../../../shared/model/store-files'
import { writeFileAtomic } from './atomic-write'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

/** How long an index change waits before it is written, so a burst of saves writes it once. */
export const DEFAULT_INDEX_DELAY_MS = 1000

const MARKER_TEXT =
  'Factmark: article files changed after library.json was last written. On the next start the\n' +
  'changed articles are read again into the index. Safe to leave alone.\n'

/** The same order as `localeCompare`, without creating a collator per comparison. */
const collator = new Intl.Collator()

function compareArticles(a: ArticleMeta, b: ArticleMeta): number {
  const aDate = a.published ?? ''
  const bDate = b.published ?? ''
  if (aDate !== bDate) return aDate < bDate ? 1 : -1
  return collator.compare(a.title, b.title)
}

/** Options of {@link LibraryIndex}. */
export interface LibraryIndexOptions {
  /** The pending-changes marker file (see {@link LibraryIndex}). */
  markerPath: string
  /** Whether the marker file is on disk now. */
  markerPresent: boolean
  delayMs?: number
  fs?: StoreFs
  /** Told when a delayed write of the index failed; the next change or close tries again. */
  onWriteError?: (error: unknown) => void
  /** A library open for reading only: changes stay in memory, nothing is ever written. */
  readOnly?: boolean
}

/**
 * The library index (`library.json`) in memory, written lazily so that saving an article costs
 * the same in a library of ten articles or ten thousand: an article's change is written to its
 * own file, and the index, which grows with the library, is written at most once per `delayMs`
 * and on close. Every article file holds its own metadata, so the index can always be rebuilt;
 * while changes are not yet in it, a marker file (written before the first such change) tells
 * the next start which article files to read again if the program dies in between.
 */
export class LibraryIndex {
  private readonly positions = new Map<string, number>()
  private changes = 0
  private written = 0
  /** Changes begun (marker ensured) and not yet put or abandoned. */
  private open = 0
  private markerPresent: boolean
  private markerOps: Promise<void> = Promise.resolve()
  private writes: Promise<void> = Promise.resolve()
  private timer: ReturnType<typeof setTimeout> | null = null
  private readonly fs: StoreFs
  private readonly delayMs: number

  /** Wraps the index's lowdb instance, whose data must already be loaded. */
  constructor(
    private readonly db: Low<LibraryFile>,
    private readonly options: LibraryIndexOptions,
  ) {
    this.fs = options.fs ?? nodeStoreFs
    this.delayMs = options.delayMs ?? DEFAULT_INDEX_DELAY_MS
    this.markerPresent = options.markerPresent
    this.reindex()
  }

  /** The index as it is in memory (ahead of the file while a write is pending). */
  get data(): LibraryFile {
    return this.db.data
  }

  /** Replaces the whole index (after a recovery); written at the next {@link flush}. */
  replace(data: LibraryFile): void {
    this.db.data = data
    this.reindex()
    this.changes += 1
  }

  /** Every article's metadata, newest publication first, then by title. */
  list(): ArticleMeta[] {
    return [...this.db.data.articles].sort(compareArticles)
  }

  /** One article's metadata, if the index has it. */
  find(id: string): ArticleMeta | undefined {
    const position = this.positions.get(id)
    return position === undefined ? undefined : this.db.data.articles[position]
  }

  /** Whether the index has been written since its last change. */
  get clean(): boolean {
    return this.written === this.changes && this.open === 0
  }

  /**
   * Runs `write` (which saves an article file and returns the article's new metadata) as a
   * change of the index: the marker is on disk before `write` starts, the metadata is put in the
   * index when `write` succeeds, and the index is written a little later. If `write` rejects,
   * the index is left as it was.
   */
  async record(write: () => Promise<ArticleMeta>): Promise<ArticleMeta> {
    this.open += 1
    try {
      await this.ensureMarker()
      const meta = await write()
      this.put(meta)
      return meta
    } finally {
      this.open -= 1
    }
  }

  /**
   * Runs `move` (which takes an article's file out of the library) as a change of the index: the
   * marker is on disk before `move` starts, and the article leaves the index when `move`
   * succeeds (written a little later). If `move` rejects, the index is left as it was.
   */
  async remove(id: string, move: () => Promise<void>): Promise<void> {
    this.open += 1
    try {
      await this.ensureMarker()
      await move()
      this.forget(id)
    } finally {
      this.open -= 1
    }
  }

  /** Takes an article out of the index in memory (its file is gone); written a little later. */
  forget(id: string): void {
    const position = this.positions.get(id)
    if (position === undefined) return
    this.db.data = {
      ...this.db.data,
      articles: this.db.data.articles.filter((meta) => meta.id !== id),
    }
    this.reindex()
    this.changed()
  }

  /** Records that the sample articles are in, and writes the index at once. */
  async markSeeded(): Promise<void> {
    this.db.data = { ...this.db.data, seeded: true }
    this.changes += 1
    await this.flush()
  }

  /** Writes the index now if it has changes; rejects if the write fails (the changes stay). */
  flush(): Promise<void> {
    if (this.options.readOnly) return Promise.resolve()
    const run = this.writes.then(() => this.writeChanges())
    this.writes = run.catch(() => undefined)
    return run
  }

  /** Stops the delayed write and writes what is pending; rejects if that write fails. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.flush()
  }

  private put(meta: ArticleMeta): void {
    const position = this.positions.get(meta.id)
    if (position === undefined) {
      this.positions.set(meta.id, this.db.data.articles.length)
      this.db.data.articles.push(meta)
    } else {
      this.db.data.articles[position] = meta
    }
    this.changed()
  }

  /** Counts a change and schedules the delayed write. */
  private changed(): void {
    this.changes += 1
    if (this.timer || this.options.readOnly) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.flush().catch((error: unknown) => this.options.onWriteError?.(error))
    }, this.delayMs)
    // Never what keeps a process alive: close() writes the index, and the marker covers a crash.
    this.timer.unref?.()
  }

  private reindex(): void {
    this.positions.clear()
    this.db.data.articles.forEach((meta, position) => this.positions.set(meta.id, position))
  }

  private async writeChanges(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.written !== this.changes) {
      const target = this.changes
      await this.db.write()
      this.written = target
    }
    await this.removeMarker()
  }

  private ensureMarker(): Promise<void> {
    if (this.markerPresent || this.options.readOnly) return Promise.resolve()
    return this.chainMarker(async () => {
      if (this.markerPresent) return
      await writeFileAtomic(this.options.markerPath, MARKER_TEXT, this.fs)
      this.markerPresent = true
    })
  }

  private removeMarker(): Promise<void> {
    return this.chainMarker(async () => {
      if (!this.markerPresent || !this.clean) return
      this.markerPresent = false
      try {
        await this.fs.unlink(this.options.markerPath)
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') this.markerPresent = true
      }
    })
  }

  private chainMarker(step: () => Promise<void>): Promise<void> {
    const run = this.markerOps.then(step)
    this.markerOps = run.catch(() => undefined)
    return run
  }
}
