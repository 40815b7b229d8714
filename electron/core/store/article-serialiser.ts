import type { ArticleFile } from '../../../shared/model/store-files'
import { storeJsonInChunks, type SerialisedValue } from './chunked-json'

/**
 * Turns article files into their bytes for saving ({@link storeJsonInChunks}: `storeJson`'s
 * bytes, made without holding the event loop for long), and remembers each article body's
 * serialised form by identity. A save that changes only tags (the body object is the same one,
 * as `withEditorWork` keeps it) writes the body from those bytes instead of serialising its
 * megabytes again. Bodies are never mutated in the store (a change makes a new file object), so
 * the bytes kept for a body stay true; they go when the body is no longer referenced.
 */
export class ArticleSerialiser {
  private readonly bodies = new WeakMap<object, SerialisedValue>()

  /** The bytes of `file` as a store file. */
  bytes(file: ArticleFile): Promise<Buffer> {
    const body: unknown = file.article.body
    return storeJsonInChunks(file, { cache: this.bodies, keep: (value) => value === body })
  }
}
