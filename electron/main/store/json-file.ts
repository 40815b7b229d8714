import type { Adapter } from 'lowdb'
import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomic-write'

/** A store file that exists but cannot be read as what it should hold. */
export class CorruptFileError extends Error {
  /** Names the file and what is wrong with it. */
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} is damaged: ${reason}`)
    this.name = 'CorruptFileError'
  }
}

/**
 * A lowdb adapter for one JSON file: reads are validated and migrated by `parse`, writes are
 * atomic and durable ({@link writeFileAtomic}) and queued so that two saves never interleave.
 * Used instead of lowdb's presets, which switch to memory under `NODE_ENV=test`.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve()

  /** `parse` turns the file's JSON into `T` or throws when it is not a `T`. */
  constructor(
    readonly path: string,
    private readonly parse: (data: unknown) => T,
  ) {}

  /** Reads the file: null when it does not exist, a {@link CorruptFileError} when it is damaged. */
  async read(): Promise<T | null> {
    let raw: string
    try {
      raw = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    let data: unknown
    try {
      data = JSON.parse(raw)
    } catch (error) {
      throw new CorruptFileError(this.path, (error as Error).message)
    }
    try {
      return this.parse(data)
    } catch (error) {
      throw new CorruptFileError(this.path, (error as Error).message)
    }
  }

  /** Saves `data` after every earlier save has finished; rejects if this save fails. */
  write(data: T): Promise<void> {
    const content = `${JSON.stringify(data, null, 2)}\n`
    const next = this.queue.then(() => writeFileAtomic(this.path, content))
    this.queue = next.catch(() => undefined)
    return next
  }
}
