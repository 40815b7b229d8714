import { createHash, webcrypto } from 'node:crypto'
import { join } from 'node:path'
import { syncDirectory } from './atomic-write'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

/** How many versions of each file the backups keep unless told otherwise. */
export const DEFAULT_BACKUP_COUNT = 5

/** `<generation>-<sha256 of the content>.json`: the name carries the checksum that verifies it. */
const BACKUP_NAME = /^(\d{1,15})-([0-9a-f]{64})\.json$/

/** The sha256 of `bytes` as lowercase hex, the checksum a backup's name records. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The sha256 of `bytes` as lowercase hex, computed on libuv's thread pool (WebCrypto), so that
 * hashing a large file does not hold up the main thread.
 */
export async function sha256HexInBackground(bytes: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', bytes)
  return Buffer.from(digest).toString('hex')
}

interface Entry {
  generation: number
  name: string
}

/** A backup whose content matched its recorded checksum. */
export interface VerifiedBackup {
  path: string
  bytes: Buffer
  /** When the backed-up version was written. */
  modified: Date
  /** Whether no newer backup of the key exists: this is the last version saved with a backup. */
  newest: boolean
  /** The bytes of the newer backups that failed their checksum, newest first (may be partial). */
  skipped: Buffer[]
}

function parseEntries(names: readonly string[]): Entry[] {
  const entries: Entry[] = []
  for (const name of names) {
    const match = BACKUP_NAME.exec(name)
    if (match) entries.push({ generation: Number(match[1]), name })
  }
  return entries.sort((a, b) => a.generation - b.generation)
}

/**
 * The last `count` saved versions of each store file, in `root/<key>/`, each named by a
 * generation number and the sha256 of its content, so a backup is verified before it is
 * restored. Every backup is a copy of the bytes just saved, written and fsynced on its own
 * inode: never a hard link to the live file, so that a program writing into that file in place
 * (a sync tool, a text editor, a bad sector) cannot damage its backup too, and the newest backup
 * restores the last acknowledged save. Keeping a version costs that copy and the removal of the
 * oldest one.
 */
export class BackupRotation {
  private readonly generations = new Map<string, Entry[]>()

  /** Keeps `count` (at least 1) versions per key under `root`. */
  constructor(
    readonly root: string,
    readonly count: number = DEFAULT_BACKUP_COUNT,
    private readonly fs: StoreFs = nodeStoreFs,
  ) {
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`BackupRotation: count must be a whole number ≥ 1, not ${count}`)
    }
  }

  /** The folder holding the backups of `key` (`library`, `articles/<id>`). */
  folderOf(key: string): string {
    return join(this.root, key)
  }

  /**
   * Records `bytes`, just saved with sha256 `checksum`, as the newest version of `key`: a new
   * file written and fsynced (and its folder fsynced), and drops versions beyond the count.
   * Rejects when the backup could not be made; the saved file itself is untouched either way.
   */
  async keep(key: string, bytes: Uint8Array, checksum: string): Promise<void> {
    const folder = this.folderOf(key)
    let entries = this.generations.get(key)
    try {
      if (!entries) {
        await this.fs.mkdir(folder)
        entries = parseEntries(await this.fs.readdir(folder))
        this.generations.set(key, entries)
      }
      const generation = (entries.at(-1)?.generation ?? 0) + 1
      const name = `${generation}-${checksum}.json`
      const target = join(folder, name)
      const handle = await this.fs.open(target, 'wx')
      try {
        await handle.write(bytes)
        await handle.sync()
      } catch (error) {
        await handle.close().catch(() => undefined)
        await this.fs.unlink(target).catch(() => undefined)
        throw error
      }
      entries.push({ generation, name })
      // The copy is made: a failure from here on is reported, but the oldest versions are
      // dropped all the same, so that failures never pile up more than one extra version.
      let failure: unknown = null
      await handle.close().catch((error: unknown) => {
        failure = error
      })
      await syncDirectory(folder, this.fs).catch((error: unknown) => {
        failure = error
      })
      while (entries.length > this.count) {
        const oldest = entries.shift()
        if (!oldest) break
        await this.fs.unlink(join(folder, oldest.name)).catch((error: unknown) => {
          if (errorCode(error) !== 'ENOENT') failure ??= error
        })
      }
      if (failure) throw failure
    } catch (error) {
      // Re-read the folder next time rather than trust a list that may be out of step.
      this.generations.delete(key)
      throw error
    }
  }

  /**
   * Keeps `bytes` (a store file as it is on disk) as the newest version of `key`, unless the
   * newest backup already holds exactly them: after a crash between a save and its backup, the
   * file on disk gets its backup when it is next opened. The newest backup's content is compared,
   * not only its name: a writer killed between creating the copy and filling it leaves the right
   * name on an empty or partial file, and trusting it would leave the file on disk with no backup
   * (a later damage in place would then restore an older save).
   */
  async keepIfNewest(key: string, bytes: Uint8Array): Promise<void> {
    const checksum = sha256Hex(bytes)
    const folder = this.folderOf(key)
    let names: string[]
    try {
      names = await this.fs.readdir(folder)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
      names = []
    }
    const newest = parseEntries(names).at(-1)
    if (newest?.name.endsWith(`-${checksum}.json`)) {
      const held = await this.fs.readFile(join(folder, newest.name)).catch(() => null)
      if (held && Buffer.compare(held, bytes) === 0) return
    }
    await this.keep(key, bytes, checksum)
  }

  /**
   * The backups of `key`, newest first, whose content matches its checksum; the ones that do not
   * are skipped (and left where they are). Reads one file at a time, only as far as the caller
   * iterates.
   */
  async *verified(key: string): AsyncGenerator<VerifiedBackup> {
    const folder = this.folderOf(key)
    let names: string[]
    try {
      names = await this.fs.readdir(folder)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return
      throw error
    }
    const entries = parseEntries(names).reverse()
    const skipped: Buffer[] = []
    for (const [position, entry] of entries.entries()) {
      const path = join(folder, entry.name)
      let bytes: Buffer
      let modified: Date
      try {
        bytes = await this.fs.readFile(path)
        modified = new Date((await this.fs.stat(path)).mtimeMs)
      } catch {
        continue
      }
      if (sha256Hex(bytes) === entry.name.slice(entry.name.indexOf('-') + 1, -'.json'.length)) {
        yield { path, bytes, modified, newest: position === 0, skipped: [...skipped] }
      } else {
        skipped.push(bytes)
      }
    }
  }
}
