import { link, open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

let sequence = 0

async function syncDirectory(directory: string): Promise<void> {
  let handle
  try {
    handle = await open(directory, 'r')
    await handle.sync()
  } catch (error) {
    // Windows cannot open or fsync a directory; its rename is durable without it.
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Writes `content` to `path` atomically and durably, steno's way plus the fsync it leaves out: a
 * temp file in the same folder, fsync, keep the old file as `<path>.bak` (a hard link, no copy),
 * rename over the target, fsync the folder. Readers see the old file or the new one, never a mix;
 * a failure leaves the old file untouched and no temp file behind.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  sequence += 1
  const temp = `${path}.${process.pid}.${sequence}.tmp`
  try {
    const handle = await open(temp, 'w', 0o644)
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await keepBackup(path)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(path))
}

async function keepBackup(path: string): Promise<void> {
  const backup = `${path}.bak`
  await rm(backup, { force: true })
  try {
    await link(path, backup)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
