import type { Notice } from '../../../shared/model/notice'
import { LockFailedError } from './library-lock'
import { LibraryStore, type LibraryStoreOptions } from './library-store'

/** Why a library the app could not lock is open for reading only, in the editor's words. */
export const UNWRITABLE_REASON =
  'its folder cannot be written (a read-only disk or share, or no permission)'

/**
 * Opens the app's library: for changes when it can; when its folder cannot be written at all,
 * for reading only, with a notice that says so and that nothing can be changed. Any other
 * failure (another program holds it, the disk is full) is thrown as it is.
 */
export async function openLibraryForApp(
  dataDir: string,
  options: LibraryStoreOptions,
): Promise<{ store: LibraryStore; notice: Notice | null }> {
  try {
    return { store: await LibraryStore.open(dataDir, options), notice: null }
  } catch (error) {
    if (!(error instanceof LockFailedError && error.unwritable)) throw error
    const { holder: _holder, ...rest } = options
    const store = await LibraryStore.openToRead(dataDir, UNWRITABLE_REASON, rest)
    return {
      store,
      notice: {
        level: 'warning',
        message: `This library (${dataDir}) is open for reading only: ${UNWRITABLE_REASON}. You can read, search and export its articles; tags and changes cannot be saved.`,
      },
    }
  }
}
