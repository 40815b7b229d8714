import type { DocNodeJson } from '../../../shared/model/doc-json'
import type { Decoding } from './parse-article'
import type { PreparedBody } from '../../../shared/store/prepared-article'
import type { PreparedFile } from './prepare-file'

/**
 * An edited article body checked and measured in the worker: `body` is null when the checked
 * document's JSON is the body as it was sent (the usual case: the editor sends its document's
 * JSON), so that its megabytes need not come back.
 */
export type MeasuredBody = Omit<PreparedBody, 'body'> & { body: DocNodeJson | null }

/** What checking and measuring an edited article body came to: the body measured, or why not. */
export type BodyOutcome =
  { kind: 'body'; prepared: MeasuredBody } | (PreparedFile & { kind: 'failure' })

/**
 * What the main side asks the import worker: prepare the file at `path` (its request's `id`
 * names every reply about it), check and measure an edited article body sent as its JSON's UTF-8
 * bytes (the store saving a big article's text), or send the next blocks of the article of
 * request `id`, the previous ones having been taken in.
 */
export type WorkerRequest =
  | { kind: 'prepare'; id: number; path: string; decoding: Decoding }
  | { kind: 'body'; id: number; json: Uint8Array }
  | { kind: 'more'; id: number }

/**
 * What the import worker answers: how far a file has come, an article's top-level blocks a few
 * at a time, then what it came to (`done` for a file, `body` for an edited body; an article's
 * body then holds only the blocks not sent before). Each message is small, and the worker sends an article's next blocks only when the
 * main side asks for them (`more`), so that the main thread takes in one message per turn of its
 * event loop rather than a queue of them at once.
 */
export type WorkerReply =
  | { id: number; kind: 'progress'; part: number }
  | { id: number; kind: 'blocks'; blocks: DocNodeJson[] }
  | { id: number; kind: 'done'; outcome: PreparedFile }
  | { id: number; kind: 'body'; outcome: BodyOutcome }
