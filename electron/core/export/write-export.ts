import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { FactmarkError } from '../../../shared/ipc/result'

/** How many numbered variants ("name (2).html" …) a folder export tries before giving up. */
const MAX_VARIANTS = 999

async function writeAndSync(path: string, data: Uint8Array, flag: 'wx'): Promise<void> {
  const handle = await open(path, flag, 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(path, { force: true })
    throw error
  }
  await handle.close()
}

function failure(path: string, error: unknown): FactmarkError {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Factmark may not write there'
        : code === 'ENOENT'
          ? 'the folder does not exist'
          : ((error as Error).message ?? String(error))
  return new FactmarkError('export-failure', `Could not write ${path}: ${why}.`)
}

/**
 * Writes an export to the path the editor chose in the save dialog (which has already asked
 * before replacing a file): a temp file beside it, fsync, rename, so a failure leaves any earlier
 * file untouched and no half-written export.
 */
export async function writeExportFile(path: string, data: Uint8Array): Promise<string> {
  const target = resolve(path)
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.factmark-tmp`)
  try {
    await writeAndSync(temp, data, 'wx')
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw failure(target, error)
  }
  return target
}

/**
 * Writes an export into `folder` under `fileName`, or under "name (2).ext", "name (3).ext"… when
 * that name is taken: never over an existing file, and never outside the folder (a name with a
 * separator or `..` is refused). Returns the path written.
 */
export async function writeIntoFolder(
  folder: string,
  fileName: string,
  data: Uint8Array,
): Promise<string> {
  const root = resolve(folder)
  const first = resolve(root, fileName)
  if (dirname(first) !== root || basename(first) !== fileName) {
    throw new FactmarkError('invalid-argument', `“${fileName}” is not a plain file name.`)
  }
  const extension = extname(fileName)
  const stem = fileName.slice(0, fileName.length - extension.length)
  for (let variant = 1; variant <= MAX_VARIANTS; variant += 1) {
    const path = variant === 1 ? first : join(root, `${stem} (${variant})${extension}`)
    try {
      await writeAndSync(path, data, 'wx')
      return path
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw failure(path, error)
    }
  }
  throw new FactmarkError('export-failure', `Too many files named like ${fileName} in ${root}.`)
}
