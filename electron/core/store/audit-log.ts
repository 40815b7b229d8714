import { open } from 'node:fs/promises'
import type { EditorRef } from '../../../shared/model/annotation'

/** One change an import made to one tag or review. */
export interface AuditEntry {
  /** When the change was made. */
  at: string
  /** The editor who imported (null: the sample review put in on first run). */
  actor: EditorRef | null
  /** The package the change came from. */
  source: { author: EditorRef; createdAt: string; checksum: string }
  articleId: string
  /** The tag changed, or the tag whose review changed. */
  tagId: string
  /** Set when the change is to a review (of tag `tagId`). */
  reviewId?: string
  change: 'added' | 'updated' | 'deleted'
  /** The record's `modified` time (added, updated) or its tombstone's `deletedAt` (deleted). */
  version: string
}

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
