import type { Decoding } from './parse-article'
import type { PreparedFile } from './prepare-file'

/** What the main side asks the import worker: prepare the file at `path`. */
export interface WorkerRequest {
  id: number
  path: string
  decoding: Decoding
}

/** What the import worker answers: how far a file has come, then what it came to. */
export type WorkerReply =
  | { id: number; kind: 'progress'; part: number }
  | { id: number; kind: 'done'; outcome: PreparedFile }
