import { FactmarkError } from '../../../shared/ipc/result'
import { STORE_VERSION } from '../../../shared/model/store-files'
import { CorruptFileError, NewerFileError, type JsonFileAdapter } from './json-file'
import { quarantineFile } from './quarantine'
import { errorCode } from './store-fs'
import type { StoreContext } from './store-context'

/** Where the damaged copy of a store file went, and why it was moved. */
export interface Damage {
  reason: string
  aside: string
}

/** What reading a store file found. */
export type Loaded<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'missing' }
  | {
      kind: 'restored'
      data: T
      bytes: Buffer
      modified: Date
      damage: Damage | null
      /** Whether the backup used is the newest one kept (so the last save that had a backup). */
      newest: boolean
      /**
       * What is left of versions newer than the one restored: the damaged file and newer backups
       * that failed their checksum, newest first. Read to tell the editor what was lost.
       */
      remains: Buffer[]
    }
  | { kind: 'lost'; reason: string; aside: string }

function formatTime(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'an unknown time' : date.toISOString()
}

function newerFileFailure(what: string, error: NewerFileError): FactmarkError {
  return new FactmarkError(
    'store-failure',
    `${what} (${error.path}) was written by a newer version of Factmark (format ${error.version}); this version reads format ${STORE_VERSION}. It was left untouched: update Factmark to open it.`,
  )
}

function readFailure(what: string, path: string, error: unknown): FactmarkError {
  return new FactmarkError(
    'store-failure',
    `Could not read ${what} (${path}): ${(error as Error).message}`,
  )
}

/** The editor's notice that `what` (at `path`) was restored from a backup. */
export function restoredMessage(
  what: string,
  path: string,
  loaded: { modified: Date; damage: Damage | null },
): string {
  const when = formatTime(loaded.modified)
  return loaded.damage
    ? `${what} was damaged (${loaded.damage.reason}). It has been restored from its backup of ${when}; the damaged copy was kept as ${loaded.damage.aside}.`
    : `${what} was missing (${path}). It has been restored from its backup of ${when}.`
}

/**
 * Reads a store file. If it is damaged it is moved aside, never overwritten, and its newest
 * backup that verifies (checksum, then parse) is used; a missing file also falls back to a
 * backup. Throws a `store-failure` when the file cannot be read at all, or was written by a
 * newer Factmark (then it is left untouched). `key` is the file's backup key; `what` names it.
 */
export async function readOrRecover<T>(
  adapter: JsonFileAdapter<T>,
  key: string,
  what: string,
  context: Pick<StoreContext, 'fs' | 'backups' | 'readOnly'>,
): Promise<Loaded<T>> {
  let damage: Damage | null = null
  try {
    const bytes = await context.fs.readFile(adapter.path).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    })
    if (bytes !== null) {
      const data = adapter.decode(bytes)
      // What is on disk is the last save: a writer killed after writing it but before its backup
      // was made would otherwise leave it with none, and damage in place would lose it.
      if (!context.readOnly) await context.backups.keepIfNewest(key, bytes).catch(() => undefined)
      return { kind: 'ok', data }
    }
  } catch (error) {
    if (error instanceof NewerFileError) throw newerFileFailure(what, error)
    if (!(error instanceof CorruptFileError)) throw readFailure(what, adapter.path, error)
    // A library open for reading only leaves the damaged file where it is.
    const aside = context.readOnly ? adapter.path : await quarantineFile(adapter.path, context.fs)
    damage = { reason: error.reason, aside }
  }
  const damaged = damage ? await context.fs.readFile(damage.aside).catch(() => null) : null
  let newest = true
  const unreadable: Buffer[] = []
  for await (const backup of context.backups.verified(key)) {
    try {
      const data = adapter.decode(backup.bytes)
      return {
        kind: 'restored',
        data,
        bytes: backup.bytes,
        modified: backup.modified,
        damage,
        newest: newest && backup.newest,
        remains: [...(damaged ? [damaged] : []), ...backup.skipped, ...unreadable],
      }
    } catch {
      newest = false
      unreadable.push(backup.bytes)
      // A checksum-valid backup that this version cannot read: try the one before.
    }
  }
  return damage ? { kind: 'lost', ...damage } : { kind: 'missing' }
}
