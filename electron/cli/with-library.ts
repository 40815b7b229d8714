import { LibraryStore } from '../core/store/library-store'
import type { CliIo } from './cli-io'

function report(store: LibraryStore, io: CliIo): void {
  for (const notice of store.takeNotices()) io.stderr(`factmark: ${notice.message}\n`)
}

/**
 * The one place a CLI command opens the library: takes its lock as the `factmark` command (a
 * `locked` error while the app or another command holds it), runs `use`, prints any recovery
 * notices on stderr, and always closes the library, which writes what is pending and releases
 * the lock.
 */
export async function withLibrary<T>(
  dataDir: string,
  io: CliIo,
  use: (store: LibraryStore) => Promise<T>,
): Promise<T> {
  const store = await LibraryStore.open(dataDir, { holder: 'cli' })
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
