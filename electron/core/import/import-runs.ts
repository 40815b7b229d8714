import type { EventChannel, Events } from '../../../shared/ipc/contract'
import type { ImportProgress, ImportReport } from '../../../shared/import/import-report'
import type { LibraryStore } from '../store/library-store'
import { importFiles } from './import-files'
import type { ImportOffers } from './import-offers'

/** Imports of more files than this report their progress from the start. */
export const PROGRESS_THRESHOLD = 3

/**
 * How long a smaller import runs before its progress is shown, in milliseconds: a quick one
 * does not flash a bar (or move the focus) for nothing.
 */
export const PROGRESS_DELAY_MS = 200

/** The least time between two reports of progress within one file, in milliseconds. */
const PROGRESS_INTERVAL_MS = 100

/** Pushes an event to the window. */
type Emit = <E extends EventChannel>(event: E, payload: Events[E]) => void

/**
 * The imports under way in the app: each runs with its own cancel, tells the window how far it
 * has come (file by file, and within a big file, at most every {@link PROGRESS_INTERVAL_MS}),
 * and {@link cancel} stops them all: the files already added stay, the one being read is
 * dropped, nothing of it written.
 */
export class ImportRuns {
  private readonly running = new Set<AbortController>()

  constructor(
    private readonly store: LibraryStore,
    private readonly offers: ImportOffers,
    private readonly emit?: Emit,
  ) {}

  /** Imports `paths`, telling the window how far it has come when it takes a while. */
  async run(paths: readonly string[]): Promise<ImportReport> {
    const controller = new AbortController()
    this.running.add(controller)
    const started = Date.now()
    let shown = paths.length > PROGRESS_THRESHOLD
    let last: ImportProgress | null = null
    let lastAt = 0
    const onProgress = (progress: ImportProgress) => {
      const now = Date.now()
      shown ||= now - started >= PROGRESS_DELAY_MS
      const sameFile = last !== null && last.done === progress.done
      if (!shown || (sameFile && now - lastAt < PROGRESS_INTERVAL_MS)) return
      last = progress
      lastAt = now
      this.emit?.('importProgress', progress)
    }
    try {
      return await importFiles(this.store, paths, {
        offers: this.offers,
        signal: controller.signal,
        onProgress,
      })
    } finally {
      this.running.delete(controller)
      if (last !== null) this.emit?.('importProgress', { done: paths.length, total: paths.length })
    }
  }

  /** Stops every import under way; false when there was none. */
  cancel(): boolean {
    const any = this.running.size > 0
    for (const controller of this.running) controller.abort()
    return any
  }
}
