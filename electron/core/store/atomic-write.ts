import { dirname, join } from 'node:path'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

let sequence = 0

/** Names of the temp files {@link tempPathFor} gives: `<name>.<pid>.<n>.tmp`. */
const TEMP_FILE = /\.\d+\.\d+\.tmp$/

/**
 * A fresh temp file's path beside `path` (`<path>.<pid>.<n>.tmp`), unique in this process: the
 * name {@link removeStaleTempFiles} recognises as left by a writer that was killed.
 */
export function tempPathFor(path: string): string {
  sequence += 1
  return `${path}.${process.pid}.${sequence}.tmp`
}

/** Directory fsync fails this way where folders cannot be opened or synced (Windows). */
const NO_DIRECTORY_SYNC = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'])

/**
 * fsyncs a folder, so that a rename or an unlink in it survives a power cut; a no-op where
 * folders cannot be synced (Windows, whose renames are durable without it).
 */
export async function syncDirectory(directory: string, fs: StoreFs = nodeStoreFs): Promise<void> {
  let handle
  try {
    handle = await fs.open(directory, 'r')
  } catch (error) {
    // Windows cannot open a directory; its rename is durable without it.
    if (NO_DIRECTORY_SYNC.has(errorCode(error) ?? '')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!NO_DIRECTORY_SYNC.has(errorCode(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

/**
 * Writes `content` to `path` atomically and durably, steno's way plus the fsync it leaves out: a
 * temp file in the same folder, fsync, rename over the target, fsync of the folder. Readers see
 * the old file or the new one, never a mix. A failure rejects with the file system's error and
 * leaves the old file untouched (unless only the final folder fsync failed: then the new file is
 * in place but may not survive a power cut) and no temp file behind, as far as removing it works;
 * {@link removeStaleTempFiles} clears what a crash left.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  fs: StoreFs = nodeStoreFs,
): Promise<void> {
  const temp = tempPathFor(path)
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  try {
    const handle = await fs.open(temp, 'w')
    try {
      await handle.write(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(path), fs)
}

/**
 * Removes the temp files that {@link writeFileAtomic} left in `folder` when its process was
 * killed mid-save. Only call it while holding the library lock: another writer's temp file would
 * otherwise be in use. Returns the names removed.
 */
export async function removeStaleTempFiles(
  folder: string,
  fs: StoreFs = nodeStoreFs,
): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  const stale = names.filter((name) => TEMP_FILE.test(name))
  for (const name of stale) await fs.unlink(join(folder, name)).catch(() => undefined)
  return stale
}
