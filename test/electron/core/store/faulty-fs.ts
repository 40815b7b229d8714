import { nodeStoreFs, type StoreFile, type StoreFs } from '../../../../electron/core/store/store-fs'

/** A file-system error as Node raises it, with its errno code. */
export function fsError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${op} '${path}'`), {
    code,
    syscall: op,
    path,
  })
}

/** Which calls fail once a {@link FaultyFs} is armed. */
export interface FaultOptions {
  /** Every counted call from the `n`th on fails, not only the `n`th. */
  persistent?: boolean
  /** Count (and fail) only these operations, as the log names them: `write`, `fsync`… */
  ops?: readonly string[]
}

/**
 * The real file system with a fault switch: every call (open, write, fsync, close, rename, link,
 * unlink, mkdir, readdir, readFile, stat…) is logged, the counted ones (all, or `ops`) are
 * numbered, and the `n`th fails with `code`; with `persistent`, every counted call from then on
 * fails too.
 */
export class FaultyFs implements StoreFs {
  /** Every call made, as `op path`, in order. */
  readonly log: string[] = []
  private failAt = Infinity
  private code = 'EIO'
  private options: FaultOptions = {}
  private counted = 0

  /** Makes the `n`th counted call from now fail (and, if `persistent`, every later one). */
  arm(n: number, code: string, options: FaultOptions = {}): void {
    this.log.length = 0
    this.counted = 0
    this.failAt = n
    this.code = code
    this.options = options
  }

  /** Lets every call through again. */
  disarm(): void {
    this.failAt = Infinity
  }

  /** How many calls have been made since the last {@link arm} or {@link reset}. */
  get calls(): number {
    return this.log.length
  }

  /** Forgets the calls counted so far. */
  reset(): void {
    this.log.length = 0
    this.counted = 0
  }

  private check(op: string, path: string): void {
    this.log.push(`${op} ${path}`)
    if (this.options.ops && !this.options.ops.includes(op)) return
    this.counted += 1
    const n = this.counted
    if (n === this.failAt || (this.options.persistent && n > this.failAt)) {
      throw fsError(this.code, op, path)
    }
  }

  async open(path: string, flags: 'w' | 'wx' | 'r'): Promise<StoreFile> {
    this.check('open', path)
    const file = await nodeStoreFs.open(path, flags)
    return {
      write: async (data) => {
        this.check('write', path)
        await file.write(data)
      },
      sync: async () => {
        this.check('fsync', path)
        await file.sync()
      },
      close: async () => {
        try {
          this.check('close', path)
        } finally {
          await file.close()
        }
      },
    }
  }

  async readFile(path: string): Promise<Buffer> {
    this.check('readFile', path)
    return nodeStoreFs.readFile(path)
  }

  async rename(from: string, to: string): Promise<void> {
    this.check('rename', from)
    return nodeStoreFs.rename(from, to)
  }

  async link(existing: string, to: string): Promise<void> {
    this.check('link', to)
    return nodeStoreFs.link(existing, to)
  }

  async copyFile(from: string, to: string): Promise<void> {
    this.check('copyFile', to)
    return nodeStoreFs.copyFile(from, to)
  }

  async unlink(path: string): Promise<void> {
    this.check('unlink', path)
    return nodeStoreFs.unlink(path)
  }

  async mkdir(path: string): Promise<void> {
    this.check('mkdir', path)
    return nodeStoreFs.mkdir(path)
  }

  async readdir(path: string): Promise<string[]> {
    this.check('readdir', path)
    return nodeStoreFs.readdir(path)
  }

  async stat(path: string): Promise<{ mtimeMs: number; size: number }> {
    this.check('stat', path)
    return nodeStoreFs.stat(path)
  }
}
