import { FactmarkError } from '../../../shared/ipc/result'
import type { Decoding, PartProgress } from './parse-article'
import { prepareFile, type PreparedFile } from './prepare-file'

/** What one file's preparation is told: where its progress goes, and when to stop. */
export interface PrepareOptions {
  /** Hears how far the file has come, from 0 to 1. */
  onPart?: PartProgress
  /** Stops the preparation: it then rejects with a `cancelled` {@link FactmarkError}. */
  signal?: AbortSignal
}

/**
 * Reads, parses and prepares import files (see `prepareFile`): the import worker in the app
 * and the CLI (`ImportWorker`), or this process ({@link inProcessParser}, the benchmarks'
 * baseline). Rejects only when stopped or when the worker dies; a file's own failure is a
 * {@link PreparedFile}.
 */
export interface FileParser {
  prepare(path: string, decoding: Decoding, options?: PrepareOptions): Promise<PreparedFile>
}

/** The error of a file whose import was cancelled. */
export function cancelledError(): FactmarkError {
  return new FactmarkError('cancelled', 'The import was cancelled before this file was added.')
}

/**
 * Prepares files on the calling thread, as imports did before the worker: the baseline of the
 * import benchmark, and the reference the worker's results are checked against. A cancel is
 * seen only between files' steps.
 */
export const inProcessParser: FileParser = {
  async prepare(path, decoding, options = {}) {
    if (options.signal?.aborted) throw cancelledError()
    const outcome = await prepareFile(path, decoding, options.onPart)
    if (options.signal?.aborted) throw cancelledError()
    return outcome
  },
}
