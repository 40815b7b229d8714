import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { FactmarkError } from '../../../shared/ipc/result'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'
import { plainReason, systemDetail } from './write-failure'

/** Where hard links are not supported (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

/** Codes that say the library folder cannot be written at all: it can still be read. */
const UNWRITABLE = new Set(['EROFS', 'EACCES', 'EPERM'])

/**
 * The library could not be opened for changes because the file system refused to create its
 * lock (read-only, no permission, disk full…): a plain message, the system's own in a detail
 * line. `unwritable` says the folder cannot be written at all, so that it may still be read.
 */
export class LockFailedError extends FactmarkError {
  /** Says what failed for `dataDir`, from the file system's `error`. */
  constructor(
    readonly dataDir: string,
    readonly failure: unknown,
  ) {
    const reason = plainReason(failure) ?? 'the file system refused'
    super(
      'store-failure',
      `Factmark cannot change the library at ${dataDir}: ${reason}. Nothing was changed.\n${systemDetail(failure)}`,
    )
    this.name = 'LockFailedError'
  }

  /** Whether the folder cannot be written at all (read-only, no permission). */
  get unwritable(): boolean {
    return UNWRITABLE.has(errorCode(this.failure) ?? '')
  }
}

/** The lock file's name in the library folder. */
export const LOCK_FILE = 'library.lock'

/** Which program holds a library: the desktop app or the `factmark` command. */
export type LockHolder = 'app' | 'cli'

const lockInfoSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string().max(255),
  program: z.enum(['app', 'cli']),
  startedAt: z.string().max(64),
  token: z.string().min(1).max(64),
})

/** What a lock file records about the program holding the library. */
export type LockInfo = z.infer<typeof lockInfoSchema>

/** Tokens of the locks this process holds (by token, so a folder reached by two paths counts). */
const heldHere = new Set<string>()

function parseLock(text: string): LockInfo | null {
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Whether the holder may still be running. A lock from another machine always may: its process
 * cannot be seen from here. On this machine, a pid that no longer exists (ESRCH) is a crashed
 * holder; this process's own pid is live only if this process really took that lock (after a
 * crash a new process can be given the same pid, as in containers).
 */
function mayBeRunning(info: LockInfo): boolean {
  if (info.hostname !== hostname()) return true
  if (info.pid === process.pid) return heldHere.has(info.token)
  try {
    process.kill(info.pid, 0)
    return true
  } catch (error) {
    return errorCode(error) !== 'ESRCH'
  }
}

function lockedError(dataDir: string, path: string, info: LockInfo): FactmarkError {
  const program = info.program === 'app' ? 'the Factmark app' : 'the factmark command'
  const here = info.hostname === hostname()
  const where = here ? '' : ` on ${info.hostname}`
  const self = here && info.pid === process.pid ? ', this process' : ''
  const advice = here
    ? 'Close it and try again.'
    : `Close it there and try again. If Factmark is no longer running on ${info.hostname}, delete ${path}.`
  return new FactmarkError(
    'locked',
    `The library at ${dataDir} is in use by ${program}${where} (pid ${info.pid}${self}, since ${info.startedAt}). Only one program may change a library at a time. ${advice}`,
  )
}

async function readText(path: string, fs: StoreFs): Promise<string | null> {
  try {
    return (await fs.readFile(path)).toString('utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/** Writes `text` into the newly created `file` at `path`; on failure removes it again. */
async function fill(path: string, text: string, fs: StoreFs): Promise<void> {
  const file = await fs.open(path, 'wx')
  try {
    try {
      await file.write(Buffer.from(text, 'utf8'))
    } finally {
      await file.close()
    }
  } catch (error) {
    await fs.unlink(path).catch(() => undefined)
    throw error
  }
}

/**
 * Creates `path` holding `text`, failing with EEXIST if it exists; never seen half-written, and
 * nothing left behind (neither the temp file nor an empty lock) when the disk refuses.
 */
async function createExclusive(path: string, text: string, token: string, fs: StoreFs) {
  const temp = `${path}.${token}.new`
  try {
    await fill(temp, text, fs)
    try {
      await fs.link(temp, path)
    } catch (error) {
      if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error
      // No hard links on this file system (FAT, some shares): an exclusive create instead.
      await fill(path, text, fs)
    }
  } finally {
    await fs.unlink(temp).catch(() => undefined)
  }
}

/**
 * Removes the stale lock whose content is `staleText`, safely against another program doing the
 * same: the lock is renamed aside first, and if what was moved turns out to be a fresh lock (the
 * other program was quicker), it is put back.
 */
async function removeStale(path: string, staleText: string, token: string, fs: StoreFs) {
  const aside = `${path}.${token}.stale`
  try {
    await fs.rename(path, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  try {
    if ((await readText(aside, fs)) !== staleText) {
      await fs.link(aside, path).catch(() => undefined)
    }
  } finally {
    await fs.unlink(aside).catch(() => undefined)
  }
}

/**
 * The one-writer lock of a library folder: `library.lock`, created exclusively and holding the
 * holder's pid, host name, program and start time. A lock whose process has died on this machine
 * is taken over; a live one (or one from another machine) refuses with a `locked` error naming
 * the holder.
 */
export class LibraryLock {
  private released = false

  private constructor(
    readonly path: string,
    readonly info: LockInfo,
    private readonly fs: StoreFs,
  ) {}

  /** Takes the lock of the library in `dataDir` (which must exist) for `program`. */
  static async acquire(
    dataDir: string,
    program: LockHolder,
    fs: StoreFs = nodeStoreFs,
  ): Promise<LibraryLock> {
    const path = resolve(join(dataDir, LOCK_FILE))
    const info: LockInfo = {
      pid: process.pid,
      hostname: hostname(),
      program,
      startedAt: new Date().toISOString(),
      token: randomUUID(),
    }
    const text = `${JSON.stringify(info, null, 2)}\n`
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await createExclusive(path, text, info.token, fs)
        heldHere.add(info.token)
        return new LibraryLock(path, info, fs)
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw new LockFailedError(dataDir, error)
      }
      const current = await readText(path, fs)
      if (current === null) continue
      const holder = parseLock(current)
      if (holder && mayBeRunning(holder)) throw lockedError(dataDir, path, holder)
      // A crashed holder's lock, or one cut short while being written: take it over.
      await removeStale(path, current, info.token, fs)
    }
    throw new FactmarkError(
      'locked',
      `The library at ${dataDir} is being opened by another program at the same moment. Try again.`,
    )
  }

  /** Gives the lock up (removing the file if it is still this lock's); safe to call twice. */
  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    heldHere.delete(this.info.token)
    const current = await readText(this.path, this.fs)
    if (current !== null && parseLock(current)?.token === this.info.token) {
      await this.fs.unlink(this.path).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error
      })
    }
  }
}
