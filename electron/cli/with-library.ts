import { FactmarkError } from '../../shared/ipc/result'
import { LockFailedError } from '../core/store/library-lock'
import { LibraryStore } from '../core/store/library-store'
import type { CliIo } from './cli-io'

function report(store: LibraryStore, io: CliIo): void {
  for (const notice of store.takeNotices()) io.stderr(`factmark: ${notice.message}\n`)
}

/** What a command does with the library: change it (the lock), or only read it (no lock). */
export type LibraryAccess = 'write' | 'read'

/**
 * Opens the library for a command that only reads: as a writer when it can (so that what a
 * crash left is repaired on disk), otherwise without the lock, for reading only: while another
 * program has it open, or when the folder cannot be written (an archived copy, a read-only
 * share, a folder without write permission).
 */
async function openToRead(dataDir: string): Promise<LibraryStore> {
  try {
    return await LibraryStore.open(dataDir, { holder: 'cli' })
  } catch (error) {
    if (error instanceof LockFailedError && error.unwritable) {
      return LibraryStore.openToRead(dataDir, 'the folder cannot be written')
    }
    if (error instanceof FactmarkError && error.code === 'locked') {
      return LibraryStore.openToRead(dataDir, 'another program has it open for changes')
    }
    throw error
  }
}

/**
 * The one place a CLI command opens the library: for `write`, takes its lock as the `factmark`
 * command (a `locked` error while the app or another command holds it); for `read`, needs no
 * lock (see {@link openToRead}). Runs `use`, prints any recovery notices on stderr, and always
 * closes the library, which writes what is pending and releases the lock.
 */
export async function withLibrary<T>(
  dataDir: string,
  io: CliIo,
  use: (store: LibraryStore) => Promise<T>,
  access: LibraryAccess = 'write',
): Promise<T> {
  const store =
    access === 'read'
      ? await openToRead(dataDir)
      : await LibraryStore.open(dataDir, { holder: 'cli' })
  let result: T
  try {
    report(store, io)
    result = await use(store)
  } catch (error) {
    await store.close().catch(() => undefined)
    report(store, io)
    throw error
  }
  await store.close()
  report(store, io)
  return result
}
