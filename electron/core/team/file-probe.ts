import { readFile, stat } from 'node:fs/promises'

/** The text of the file at `path`, or null when it cannot be read (missing, unreadable). */
export async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

/** Whether anything (file or folder) is at `path`. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
