import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

function stamp(date: Date): string {
  const time = date.getTime()
  return Number.isNaN(time) ? 'unknown-time' : date.toISOString().replace(/[:.]/g, '-')
}

async function exists(path: string, fs: StoreFs): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/**
 * Moves a damaged store file aside as `<path>.corrupt-<time>` (with `-2`, `-3`… if that name is
 * taken), so that it is never overwritten and the editor can still look at it. Returns the new
 * path.
 */
export async function quarantineFile(
  path: string,
  fs: StoreFs = nodeStoreFs,
  now: Date = new Date(),
): Promise<string> {
  const base = `${path}.corrupt-${stamp(now)}`
  let aside = base
  for (let attempt = 2; await exists(aside, fs); attempt += 1) aside = `${base}-${attempt}`
  await fs.rename(path, aside)
  return aside
}
