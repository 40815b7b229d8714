import { join } from 'node:path'
import { syncDirectory } from './atomic-write'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

/** The trash's folder in the library folder. */
export const TRASH_FOLDER = 'trash'

const TRASHED_FILE = /^([0-9a-f]{16})\.json$/

/**
 * The library's trash (`trash/<id>.json`): a deleted article's file, moved there whole (text,
 * metadata and every editor's tags), byte for byte, so that putting it back restores it exactly.
 * Moving is a rename within the library folder, atomic, and made durable by syncing both folders
 * before the index is told. Deleting the same article again replaces its earlier copy. Nothing
 * here empties the trash: the files stay until someone removes them by hand.
 *
 * Only call it while holding the library lock, as part of a change of the index (see
 * `LibraryIndex.remove` and `LibraryIndex.record`), so that a crash between the move and the
 * index write is repaired at the next start.
 */
export class Trash {
  /** The trash folder. */
  readonly folder: string

  /** The trash of the library in `dataDir`, whose article files are in `articlesFolder`. */
  constructor(
    dataDir: string,
    private readonly articlesFolder: string,
    private readonly fs: StoreFs = nodeStoreFs,
  ) {
    this.folder = join(dataDir, TRASH_FOLDER)
  }

  /** Where article `id`'s file is while it is in the trash. */
  pathOf(id: string): string {
    return join(this.folder, `${id}.json`)
  }

  /** Moves article `id`'s file from the articles folder into the trash, durably. */
  async moveIn(id: string): Promise<void> {
    await this.fs.mkdir(this.folder)
    await this.fs.rename(join(this.articlesFolder, `${id}.json`), this.pathOf(id))
    await syncDirectory(this.folder, this.fs)
    await syncDirectory(this.articlesFolder, this.fs)
  }

  /** Moves article `id`'s file from the trash back into the articles folder, durably. */
  async moveOut(id: string): Promise<void> {
    await this.fs.rename(this.pathOf(id), join(this.articlesFolder, `${id}.json`))
    await syncDirectory(this.articlesFolder, this.fs)
    await syncDirectory(this.folder, this.fs)
  }

  /** The bytes of article `id`'s file in the trash, or null when the trash has none. */
  async read(id: string): Promise<Buffer | null> {
    try {
      return await this.fs.readFile(this.pathOf(id))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
  }

  /** The ids of the articles in the trash (none when there is no trash folder). */
  async ids(): Promise<Set<string>> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.folder)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return new Set()
      throw error
    }
    return new Set(names.flatMap((name) => TRASHED_FILE.exec(name)?.[1] ?? []))
  }
}
