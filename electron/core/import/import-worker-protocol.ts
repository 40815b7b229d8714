import type { DocNodeJson } from '../../../shared/model/doc-json'
import type { Decoding } from './parse-article'
import type { PreparedFile } from './prepare-file'

/** What the main side asks the import worker: prepare the file at `path`. */
export interface WorkerRequest {
  id: number
  path: string
  decoding: Decoding
}

/**
 * What the import worker answers: how far a file has come, an article's top-level blocks a few
 * at a time, then what it came to (an article's body then holds only the blocks not sent
 * before). Each message is small, so that receiving it never holds up the main thread for long.
 */
export type WorkerReply =
  | { id: number; kind: 'progress'; part: number }
  | { id: number; kind: 'blocks'; blocks: DocNodeJson[] }
  | { id: number; kind: 'done'; outcome: PreparedFile }
