import { Worker } from 'node:worker_threads'
import { FactmarkError } from '../../../shared/ipc/result'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { cancelledError, type FileParser, type PrepareOptions } from './file-parser'
import type { MeasuredBody, WorkerReply, WorkerRequest } from './import-worker-protocol'
import { importWorkerSource, type WorkerSource } from './import-worker-script'
import type { Decoding } from './parse-article'
import type { PreparedFile } from './prepare-file'

/** The worker's last reply to a request: a file's outcome, or an edited body's. */
type FinalReply = WorkerReply & { kind: 'done' | 'body' }

/** The message of a file the worker died on; the other files go on in a new worker. */
function diedOn(reason: string): FactmarkError {
  return new FactmarkError(
    'internal',
    'The importer stopped while reading this file, so nothing of it was added; the other files were imported.',
    reason,
  )
}

/** `outcome` with the blocks sent before it put back in front of its article's body. */
function withBlocks(outcome: PreparedFile, blocks: DocNodeJson[]): PreparedFile {
  if (outcome.kind !== 'article' || blocks.length === 0) return outcome
  const { body } = outcome.prepared.draft
  body.content = [...blocks, ...(body.content ?? [])]
  return outcome
}

/**
 * The import worker, seen from the main thread: one `worker_threads` worker, started on the first
 * file and kept for the next ones, that reads, parses and prepares files off the main thread
 * (`import-worker.ts`), one at a time. A cancel terminates it mid-file (a new one starts for the
 * next import); a worker that dies fails only the file it was on. While idle it does not keep
 * the process alive (the CLI exits).
 */
export class ImportWorker implements FileParser {
  private worker: Worker | null = null
  private nextId = 1
  private queue: Promise<unknown> = Promise.resolve()

  /** `source` finds the worker's script (the built one beside the bundle by default). */
  constructor(private readonly source: () => Promise<WorkerSource> = importWorkerSource) {}

  /** Prepares the file at `path` in the worker, after the files asked for before it. */
  prepare(path: string, decoding: Decoding, options: PrepareOptions = {}): Promise<PreparedFile> {
    return this.enqueue(
      (id) => ({ kind: 'prepare', id, path, decoding }),
      (reply, blocks) => {
        if (reply.kind !== 'done') throw diedOn(`an answer of kind ${reply.kind} to a file`)
        return withBlocks(reply.outcome, blocks)
      },
      options,
    )
  }

  /**
   * Checks and measures an edited article body in the worker (`prepareBody`), given as its
   * JSON's UTF-8 bytes, after the requests made before it (see `MeasuredBody`); rejects with the
   * body's problem (an `invalid-argument` error), or with an `internal` one when the worker could
   * not start or died.
   */
  prepareBody(json: Uint8Array): Promise<MeasuredBody> {
    return this.enqueue(
      (id) => ({ kind: 'body', id, json }),
      (reply, blocks) => {
        if (reply.kind !== 'body') throw diedOn(`an answer of kind ${reply.kind} to a body`)
        const { outcome } = reply
        if (outcome.kind === 'failure') {
          throw new FactmarkError(outcome.code, outcome.message, outcome.details)
        }
        const { body } = outcome.prepared
        if (body && blocks.length > 0) body.content = [...blocks, ...(body.content ?? [])]
        return outcome.prepared
      },
    )
  }

  /** Stops the worker (a later file starts a new one). */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private async started(): Promise<Worker> {
    if (this.worker) return this.worker
    const source = await this.source()
    const worker =
      'path' in source ? new Worker(source.path) : new Worker(source.code, { eval: true })
    // An error of an idle worker must not be unhandled; the worker is then gone.
    worker.on('error', () => {})
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null
    })
    worker.unref()
    this.worker = worker
    return worker
  }

  /** Runs the request `ask` makes after the ones asked for before it; see {@link exchange}. */
  private enqueue<T>(
    ask: (id: number) => WorkerRequest,
    settle: (reply: FinalReply, blocks: DocNodeJson[]) => T,
    options: PrepareOptions = {},
  ): Promise<T> {
    const run = this.queue.then(() => this.exchange(ask, settle, options))
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Sends the worker the request `ask` makes with a fresh id, takes in the blocks it sends back
   * (asking for more once the event loop has had its turn) and its progress, and resolves with
   * what `settle` makes of its final reply and the blocks; rejects when the worker dies or the
   * request is cancelled (the worker is then terminated).
   */
  private async exchange<T>(
    ask: (id: number) => WorkerRequest,
    settle: (reply: FinalReply, blocks: DocNodeJson[]) => T,
    { onPart, signal }: PrepareOptions,
  ): Promise<T> {
    if (signal?.aborted) throw cancelledError()
    const worker = await this.started()
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const finish = (end: () => void) => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        signal?.removeEventListener('abort', onAbort)
        worker.unref()
        end()
      }
      const blocks: DocNodeJson[] = []
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        if (reply.kind === 'progress') onPart?.(reply.part)
        else if (reply.kind === 'blocks') {
          for (const block of reply.blocks) blocks.push(block)
          // The next blocks are asked for once the event loop has had its turn: a message
          // that came back at once would be taken in within the same turn as this one.
          setImmediate(() => worker.postMessage({ kind: 'more', id } satisfies WorkerRequest))
        } else {
          finish(() => {
            try {
              resolve(settle(reply, blocks))
            } catch (error) {
              reject(error)
            }
          })
        }
      }
      const onError = (error: Error) => finish(() => reject(diedOn(error.message)))
      const onExit = (code: number) => finish(() => reject(diedOn(`exit code ${code}`)))
      const onAbort = () => {
        if (this.worker === worker) this.worker = null
        void worker.terminate()
        finish(() => reject(cancelledError()))
      }
      worker.on('message', onMessage)
      worker.once('error', onError)
      worker.once('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      // Held alive while it works: the CLI waits for its files.
      worker.ref()
      worker.postMessage(ask(id))
    })
  }
}

/** The process's one import worker, started on the first import that needs it. */
let shared: ImportWorker | null = null

/** The process's import worker (the app's, the CLI's, the tests'), created lazily. */
export function sharedImportWorker(): ImportWorker {
  shared ??= new ImportWorker()
  return shared
}
