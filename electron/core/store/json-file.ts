import type { Adapter } from 'lowdb'
import { NewerFormatError } from '../../../shared/model/store-files'
import { writeFileAtomic } from './atomic-write'
import type { BackupRotation } from './backup-rotation'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'

/** A store file that exists but cannot be read as what it should hold. */
export class CorruptFileError extends Error {
  /** Names the file and what is wrong with it. */
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} is damaged: ${reason}`)
    this.name = 'CorruptFileError'
  }
}

/** A store file written by a newer Factmark: not damaged, and never to be moved or replaced. */
export class NewerFileError extends Error {
  /** Names the file and its format number. */
  constructor(
    readonly path: string,
    readonly version: number,
  ) {
    super(`${path} was written by a newer Factmark (format ${version})`)
    this.name = 'NewerFileError'
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** What is wrong with bytes that should be JSON text, in words for the editor. */
function textOf(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error('the file is empty')
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new Error('it starts with a byte-order mark, which Factmark never writes')
  }
  if (bytes.includes(0)) throw new Error('it contains NUL bytes')
  try {
    return utf8.decode(bytes)
  } catch {
    throw new Error('it is not UTF-8 text')
  }
}

/**
 * Store files whose compact JSON is longer than this (in characters) are written without
 * indentation: a big article's tags repeat their selectors, and pretty-printing them costs time
 * on the main thread and about half as many bytes again. Smaller files stay readable by eye.
 */
export const PRETTY_PRINT_LIMIT = 256 * 1024

/**
 * The bytes of a store file holding `data`: JSON indented by two spaces, or compact above
 * {@link PRETTY_PRINT_LIMIT}; a newline ends both. Reading takes either form.
 */
export function storeJson(data: unknown): Buffer {
  const compact = JSON.stringify(data)
  const text = compact.length > PRETTY_PRINT_LIMIT ? compact : JSON.stringify(data, null, 2)
  return Buffer.from(`${text}\n`, 'utf8')
}

/** Options of {@link JsonFileAdapter}. */
export interface JsonFileOptions<T> {
  fs?: StoreFs
  /** Keeps each saved version here under `backupKey`. */
  backups?: BackupRotation
  backupKey?: string
  /** Told when a save succeeded but its backup could not be made. */
  onBackupError?: (error: unknown) => void
  /** Turns data into the file's bytes (default: {@link storeJson}). */
  serialize?: (data: T) => Uint8Array | Promise<Uint8Array>
}

/**
 * A lowdb adapter for one JSON file: reads are validated and migrated by `parse`, writes are
 * atomic and durable ({@link writeFileAtomic}), queued so that two saves never interleave, and
 * each saved version is kept in the backups. Used instead of lowdb's presets, which switch to
 * memory under `NODE_ENV=test`.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve()
  private readonly fs: StoreFs

  /** `parse` turns the file's JSON into `T` or throws when it is not a `T`. */
  constructor(
    readonly path: string,
    private readonly parse: (data: unknown) => T,
    private readonly options: JsonFileOptions<T> = {},
  ) {
    this.fs = options.fs ?? nodeStoreFs
  }

  /**
   * Reads the file: null when it does not exist, a {@link CorruptFileError} when it is damaged
   * (empty, cut short, not UTF-8, not JSON, not the right shape), a {@link NewerFileError} when a
   * newer Factmark wrote it.
   */
  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      bytes = await this.fs.readFile(this.path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    return this.decode(bytes)
  }

  /** Turns a file's bytes into `T`, with the errors of {@link read}. */
  decode(bytes: Uint8Array): T {
    let data: unknown
    try {
      data = JSON.parse(textOf(bytes))
    } catch (error) {
      const reason = (error as Error).message
      throw new CorruptFileError(
        this.path,
        error instanceof SyntaxError ? `it is not valid JSON (${reason})` : reason,
      )
    }
    try {
      return this.parse(data)
    } catch (error) {
      if (error instanceof NewerFormatError) throw new NewerFileError(this.path, error.version)
      throw new CorruptFileError(this.path, (error as Error).message)
    }
  }

  /**
   * Saves `data` as it is now, after every earlier save has finished; rejects if this save
   * fails.
   */
  write(data: T): Promise<void> {
    const { serialize } = this.options
    return this.writeBytes(serialize ? serialize(data) : storeJson(data))
  }

  /**
   * Saves `bytes` as the file (a restored backup, say), queued like {@link write}. The backup
   * copy is written and fsynced at the same time as the file (see `BackupRotation.stage`), so
   * that their two flushes to the disk overlap, and named as the newest backup only once the file
   * is in place: a save that failed leaves no backup of what it did not save.
   */
  writeBytes(bytes: Uint8Array | Promise<Uint8Array>): Promise<void> {
    const { backups, backupKey, onBackupError } = this.options
    const next = this.queue.then(async () => {
      const content = await bytes
      const staged = backups && backupKey ? backups.stage(backupKey, content) : null
      // A failed copy fails no save: it is reported below, once the file is written.
      staged?.catch(() => undefined)
      try {
        await writeFileAtomic(this.path, content, this.fs)
      } catch (error) {
        await staged?.then((copy) => copy.discard()).catch(() => undefined)
        throw error
      }
      await staged?.then((copy) => copy.commit()).catch((error: unknown) => onBackupError?.(error))
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Resolves once every save queued so far has finished, whether it succeeded or not. */
  settled(): Promise<void> {
    return this.queue
  }
}
