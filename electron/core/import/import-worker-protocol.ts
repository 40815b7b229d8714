import type { DocNodeJson } from '../../../shared/model/doc-json'
import type { Decoding } from './parse-article'
import type { PreparedFile } from './prepare-file'

/**
 * What the main side asks the import worker: prepare the file at `path` (its request's `id`
 * names every reply about it), or send the next blocks of the article of request `id`, the
 * previous ones having been taken in.
 */
export type WorkerRequest =
  { kind: 'prepare'; id: number; path: string; decoding: Decoding } | { kind: 'more'; id: number }

/**
 * What the import worker answers: how far a file has come, an article's top-level blocks a few
 * at a time, then what it came to (an article's body then holds only the blocks not sent
 * before). Each message is small, and the worker sends an article's next blocks only when the
 * main side asks for them (`more`), so that the main thread takes in one message per turn of its
 * event loop rather than a queue of them at once.
 */
export type WorkerReply =
  | { id: number; kind: 'progress'; part: number }
  | { id: number; kind: 'blocks'; blocks: DocNodeJson[] }
  | { id: number; kind: 'done'; outcome: PreparedFile }
