import { join } from 'node:path'
import type { Notice } from '../../../shared/model/notice'
import { FactmarkError } from '../../../shared/ipc/result'
import type { BackupRotation } from './backup-rotation'
import type { JsonFileOptions } from './json-file'
import type { StoreFs } from './store-fs'

/** The library index's file in the library folder. */
export const LIBRARY_FILE = 'library.json'
/** The marker that says article files changed after the index was last written. */
export const PENDING_MARKER = 'library.pending'
/** The folder of the article files (`<id>.json`). */
export const ARTICLES_FOLDER = 'articles'
/** The folder of the backups of every file. */
export const BACKUPS_FOLDER = 'backups'
/** The audit log of imports. */
export const AUDIT_FILE = 'audit.jsonl'

const ARTICLE_FILE = /^([0-9a-f]{16})\.json$/

/** The article id that a file name in the articles folder stands for, or null. */
export function articleIdOfFile(name: string): string | null {
  return ARTICLE_FILE.exec(name)?.[1] ?? null
}

/** The backup key of article `id`'s file. */
export function articleKey(id: string): string {
  return `${ARTICLES_FOLDER}/${id}`
}

/** The path of article `id`'s file in the library `dataDir`. */
export function articlePath(dataDir: string, id: string): string {
  return join(dataDir, ARTICLES_FOLDER, `${id}.json`)
}

/** The `not-found` error for an article id the library does not list. */
export function articleNotFound(id: string): FactmarkError {
  return new FactmarkError('not-found', `No article with id ${id} is in the library.`)
}

/**
 * The editor's notices of one open library: shown through `onNotice` when it can, otherwise kept
 * until {@link StoreNotices.take}.
 */
export class StoreNotices {
  private readonly pending: Notice[] = []
  private readonly warned = new Set<string>()

  /** `onNotice` shows a notice and returns false when it could not. */
  constructor(private readonly onNotice?: (notice: Notice) => boolean) {}

  /** Shows `notice`, or keeps it for {@link take}. */
  notify(notice: Notice): void {
    if (this.onNotice?.(notice)) return
    this.pending.push(notice)
  }

  /** Warns once per session per `topic`. */
  warnOnce(topic: string, message: string): void {
    if (this.warned.has(topic)) return
    this.warned.add(topic)
    this.notify({ level: 'warning', message })
  }

  /** The notices not shown yet; each is returned once. */
  take(): Notice[] {
    return this.pending.splice(0)
  }
}

/** What the store's parts share: the library folder, its file system, backups and notices. */
export interface StoreContext {
  dataDir: string
  fs: StoreFs
  backups: BackupRotation
  notices: StoreNotices
  /**
   * Why the library is open for reading only (no lock, nothing written, moved or repaired on
   * disk; recoveries stay in memory), or null when it is open for writing.
   */
  readOnly?: string | null
}

/**
 * The options of a store file's adapter: the context's file system, each saved version kept in
 * the backups under `key`, and a warning (once per session) when a backup could not be made.
 * `what` names the file in that warning.
 */
export function backedUpFile(
  context: StoreContext,
  key: string,
  what: string,
): Pick<JsonFileOptions<unknown>, 'fs' | 'backups' | 'backupKey' | 'onBackupError'> {
  const { backups, notices } = context
  return {
    fs: context.fs,
    backups,
    backupKey: key,
    onBackupError: (error: unknown) =>
      notices.warnOnce(
        'backup',
        `Factmark could not keep a backup copy of ${what} in ${backups.root}: ${(error as Error).message}. Your work was saved, but until this is fixed a damaged file may not be recoverable.`,
      ),
  }
}
