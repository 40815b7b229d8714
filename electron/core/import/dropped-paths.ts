import { isAbsolute } from 'node:path'

/** How long a recorded drop stays importable: the import follows the drop at once. */
export const DROP_LIFETIME_MS = 60_000

/**
 * The paths the editor really dropped on the window (or chose in a dialog) and that have not been
 * imported yet: a short-lived allow-list kept by the main process. Each recorded path is taken
 * once and expires after {@link DROP_LIFETIME_MS}, so that `importDropped` cannot be used to
 * read any other file on the disk, nor the same file again later.
 */
export class DroppedPaths {
  private readonly recorded = new Map<string, number>()

  /** `now` is the clock (tests move it). */
  constructor(
    private readonly lifetimeMs: number = DROP_LIFETIME_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records paths from a drop or a dialog; non-absolute paths are ignored. */
  record(paths: readonly string[]): void {
    const expires = this.now() + this.lifetimeMs
    this.forgetExpired()
    for (const path of paths) if (isAbsolute(path)) this.recorded.set(path, expires)
  }

  /** Whether `path` was recorded and is still valid; it is used up either way. */
  take(path: string): boolean {
    const expires = this.recorded.get(path)
    this.recorded.delete(path)
    return expires !== undefined && expires >= this.now()
  }

  private forgetExpired(): void {
    const now = this.now()
    for (const [path, expires] of this.recorded) if (expires < now) this.recorded.delete(path)
  }
}

/** The message for a path `importDropped` refuses because the editor did not drop or choose it. */
export const NOT_DROPPED =
  'Factmark did not import this file: it was not dropped on the window or chosen in a dialog just now.'
