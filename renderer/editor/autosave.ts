/** The save state the editor sees. */
export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }

/** Options of {@link createAutosaver}. */
export interface AutosaverOptions<T> {
  /** Writes one snapshot; rejects when it failed. */
  save: (snapshot: T) => Promise<void>
  /** How long to wait after the last change before saving. */
  delayMs: number
  /** How long to wait before trying again after a failed save. */
  retryMs: number
  onStatus: (status: SaveStatus) => void
  now?: () => string
}

/** A debounced saver: `schedule` after each change, `flush` to save at once (on leaving). */
export interface Autosaver<T> {
  schedule: (snapshot: () => T) => void
  flush: () => Promise<void>
  dispose: () => void
}

/**
 * Debounced, serialised saving: changes within `delayMs` coalesce into one save of the latest
 * snapshot; saves never overlap; a failed save keeps the work pending and tries again, so
 * nothing the editor did is dropped.
 */
export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  let latest: (() => T) | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null
  let disposed = false
  const now = options.now ?? (() => new Date().toISOString())

  const run = async (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    if (running) await running
    if (!latest) return
    const snapshot = latest()
    latest = null
    options.onStatus({ kind: 'saving' })
    running = options
      .save(snapshot)
      .then(
        () => {
          if (!latest) options.onStatus({ kind: 'saved', at: now() })
        },
        (error: unknown) => {
          latest ??= () => snapshot
          options.onStatus({ kind: 'error', message: (error as Error).message })
          if (!disposed) timer = setTimeout(() => void run(), options.retryMs)
        },
      )
      .finally(() => {
        running = null
      })
    await running
  }

  return {
    schedule: (snapshot) => {
      latest = snapshot
      options.onStatus({ kind: 'pending' })
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void run(), options.delayMs)
    },
    flush: run,
    dispose: () => {
      disposed = true
      if (timer) clearTimeout(timer)
    },
  }
}
