import { open } from 'node:fs/promises'
import type { AuditEntry } from '../../../shared/store/audit-entry'

export type { AuditEntry } from '../../../shared/store/audit-entry'

/**
 * The library's audit log, `audit.jsonl`: one JSON line per change an import made, appended and
 * fsynced, never rewritten. Appends run one after the other so lines never interleave.
 */
export class AuditLog {
  private queue: Promise<void> = Promise.resolve()

  /** `path` is the log file; it is created on the first append. */
  constructor(readonly path: string) {}

  /** Appends `entries` durably (one write, then fsync); rejects if the disk refuses. */
  append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return this.queue
    const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('')
    const next = this.queue.then(async () => {
      const handle = await open(this.path, 'a', 0o644)
      try {
        await handle.appendFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
    })
    this.queue = next.catch(() => undefined)
    return next
  }
}
