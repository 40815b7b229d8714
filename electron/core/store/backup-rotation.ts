import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { removeStaleTempFiles, syncDirectory, tempPathFor } from './atomic-write'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

/** How many versions of each file the backups keep unless told otherwise. */
export const DEFAULT_BACKUP_COUNT = 5

/** `<generation>-<sha256 of the content>.json`: the name carries the checksum that verifies it. */
const BACKUP_NAME = /^(\d{1,15})-([0-9a-f]{64})\.json$/

/** The sha256 of `bytes` as lowercase hex, the checksum a backup's name records. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** How many bytes are hashed between two turns of the event loop. */
const HASH_SLICE = 1024 * 1024

/**
 * The sha256 of `bytes` as lowercase hex, as {@link sha256Hex} gives it, fed to Node's native
 * hash a slice at a time with a turn of the event loop between slices: hashing a large file never
 * holds up the main thread for long, and nothing is copied.
 */
export async function sha256HexInSlices(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256')
  for (let start = 0; start < bytes.length; start += HASH_SLICE) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve))
    hash.update(bytes.subarray(start, start + HASH_SLICE))
  }
  return hash.digest('hex')
}

/**
 * A copy of a saved version, written and fsynced under a temp name in its key's folder but not a
 * backup yet: {@link commit} names it as the newest version once the file it copies is in
 * place; {@link discard} removes it when that file could not be written.
 */
export interface StagedBackup {
  /** Makes the copy the newest version (see {@link BackupRotation.keep}); rejects if it fails. */
  commit(): Promise<void>
  /** Removes the copy, as far as removing works. */
  discard(): Promise<void>
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
    await (await this.stage(key, bytes, checksum)).commit()
  }

  /**
   * Writes and fsyncs a copy of `bytes` in `key`'s folder under a temp name (see
   * {@link StagedBackup}), hashing them meanwhile unless `checksum` is given: a save writes its
   * backup while it writes the file itself, and names it once the file is in place, so that a
   * save that failed never leaves a backup. A temp copy a crash left is removed when the folder
   * is first read. Rejects, leaving nothing behind, when the copy could not be made.
   */
  async stage(key: string, bytes: Uint8Array, checksum?: string): Promise<StagedBackup> {
    const folder = this.folderOf(key)
    try {
      // Hashed while the copy is written.
      const sum = checksum === undefined ? sha256HexInSlices(bytes) : Promise.resolve(checksum)
      sum.catch(() => undefined)
      const entries = await this.entriesOf(key)
      const temp = tempPathFor(join(folder, 'backup'))
      const handle = await this.fs.open(temp, 'wx')
      try {
        await handle.write(bytes)
        await handle.sync()
        await handle.close()
      } catch (error) {
        await handle.close().catch(() => undefined)
        await this.fs.unlink(temp).catch(() => undefined)
        throw error
      }
      const named = await sum
      return {
        commit: () => this.commit(key, entries, temp, named),
        discard: () => this.fs.unlink(temp).catch(() => undefined),
      }
    } catch (error) {
      // Re-read the folder next time rather than trust a list that may be out of step.
      this.generations.delete(key)
      throw error
    }
  }

  /** The versions of `key` on disk, read once (removing temp copies a crash left). */
  private async entriesOf(key: string): Promise<Entry[]> {
    let entries = this.generations.get(key)
    if (!entries) {
      const folder = this.folderOf(key)
      await this.fs.mkdir(folder)
      await removeStaleTempFiles(folder, this.fs)
      entries = parseEntries(await this.fs.readdir(folder))
      this.generations.set(key, entries)
    }
    return entries
  }

  /** Names the staged copy `temp` as the newest version of `key` with sha256 `checksum`. */
  private async commit(
    key: string,
    entries: Entry[],
    temp: string,
    checksum: string,
  ): Promise<void> {
    const folder = this.folderOf(key)
    try {
      const generation = (entries.at(-1)?.generation ?? 0) + 1
      const name = `${generation}-${checksum}.json`
      try {
        await this.fs.rename(temp, join(folder, name))
      } catch (error) {
        await this.fs.unlink(temp).catch(() => undefined)
        throw error
      }
      entries.push({ generation, name })
      // The copy is named: a failure from here on is reported, but the oldest versions are
      // dropped all the same, so that failures never pile up more than one extra version.
      let failure: unknown = null
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
