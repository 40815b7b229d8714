import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import type { AuditEntry } from '../../../shared/store/audit-entry'
import { errorCode } from './store-fs'

export type { AuditEntry } from '../../../shared/store/audit-entry'

/** How much of the log's end is read at a time when looking for its last complete line. */
const CHUNK = 64 * 1024

/** Where the last newline of the file open as `handle` (of `size` bytes) is, or -1. */
async function lastNewline(handle: FileHandle, size: number): Promise<number> {
  let end = size
  while (end > 0) {
    const start = Math.max(0, end - CHUNK)
    const buffer = Buffer.alloc(end - start)
    await handle.read(buffer, 0, buffer.length, start)
    const at = buffer.lastIndexOf(0x0a)
    if (at >= 0) return start + at
    end = start
  }
  return -1
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * The library's audit log, `audit.jsonl`: one JSON line per change an import made, appended and
 * fsynced, never rewritten. Appends run one after the other so lines never interleave. A last
 * line cut short (the process died mid-append, the disk filled) is repaired before the next
 * append: it is kept aside in `audit.jsonl.torn-<time>` and cut off, so that the next entry
 * starts on a line of its own instead of being glued onto it.
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
      await this.repairTornLine()
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

  /**
   * Keeps aside and cuts off a last line without its newline. Returns the path it was kept as,
   * or null when the log ends cleanly (or does not exist).
   */
  async repairTornLine(now: Date = new Date()): Promise<string | null> {
    let handle: FileHandle
    try {
      handle = await open(this.path, 'r+')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    try {
      const { size } = await handle.stat()
      if (size === 0) return null
      const last = Buffer.alloc(1)
      await handle.read(last, 0, 1, size - 1)
      if (last[0] === 0x0a) return null
      const keep = (await lastNewline(handle, size)) + 1
      const torn = Buffer.alloc(size - keep)
      await handle.read(torn, 0, torn.length, keep)
      const aside = `${this.path}.torn-${stamp(now)}`
      const copy = await open(aside, 'wx', 0o644)
      try {
        await copy.writeFile(torn)
        await copy.sync()
      } finally {
        await copy.close()
      }
      await handle.truncate(keep)
      await handle.sync()
      return aside
    } finally {
      await handle.close()
    }
  }
}
