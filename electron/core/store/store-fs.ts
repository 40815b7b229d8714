import { constants } from 'node:fs'
import {
  copyFile,
  link,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
} from 'node:fs/promises'

/** An open file as the store uses it: write it whole, flush it to the disk, close it. */
export interface StoreFile {
  /** Writes all of `data` at the current position. */
  write(data: Uint8Array): Promise<void>
  /** fsync: returns once the file's data is on the disk. */
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file-system calls the store makes, and nothing else: the seam through which tests inject
 * faults (fail the Nth call with ENOSPC, EIO, EACCES…). {@link nodeStoreFs} is the real one.
 */
export interface StoreFs {
  /** Opens `path`: 'w' creates or truncates, 'wx' fails with EEXIST if it exists, 'r' reads. */
  open(path: string, flags: 'w' | 'wx' | 'r'): Promise<StoreFile>
  readFile(path: string): Promise<Buffer>
  /** Renames atomically, replacing `to` if it exists. */
  rename(from: string, to: string): Promise<void>
  /** Makes `to` a hard link to `existing`; fails with EEXIST if `to` exists. */
  link(existing: string, to: string): Promise<void>
  /** Copies `from` to `to`; fails with EEXIST if `to` exists. */
  copyFile(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Creates a folder and its parents; no error if it exists. */
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ mtimeMs: number; size: number }>
}

/** The real file system, through `node:fs/promises`. */
export const nodeStoreFs: StoreFs = {
  async open(path, flags) {
    const handle = await open(path, flags, 0o644)
    return {
      write: async (data) => {
        await handle.writeFile(data)
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  readFile: (path) => readFile(path),
  rename: (from, to) => rename(from, to),
  link: (existing, to) => link(existing, to),
  copyFile: (from, to) => copyFile(from, to, constants.COPYFILE_EXCL),
  unlink: (path) => unlink(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true })
  },
  readdir: (path) => readdir(path),
  stat: (path) => stat(path),
}

/** The errno code of a file-system error (`ENOENT`, `ENOSPC`…), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
