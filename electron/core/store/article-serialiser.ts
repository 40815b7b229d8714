import type { ArticleFile } from '../../../shared/model/store-files'
import { storeJsonInChunks, type SerialisedValue } from './chunked-json'

/**
 * Turns article files into their bytes for saving ({@link storeJsonInChunks}: `storeJson`'s
 * bytes, made without holding the event loop for long), and remembers the serialised form of
 * each article body and each tag by identity. A save that changes only tags (the body object is
 * the same one, as `withEditorWork` keeps it) writes the body from those bytes instead of
 * serialising its megabytes again, and the tags an autosave sent unchanged (the stored objects,
 * see `reuseUnchanged`) likewise. Bodies and tags are never mutated in the store (a change makes
 * new objects), so the bytes kept stay true; they go when the object is no longer referenced.
 */
export class ArticleSerialiser {
  private readonly kept = new WeakMap<object, SerialisedValue>()

  /** The bytes of `file` as a store file. */
  bytes(file: ArticleFile): Promise<Buffer> {
    const body: unknown = file.article.body
    const tags = new Set<unknown>(file.annotations)
    return storeJsonInChunks(file, {
      cache: this.kept,
      keep: (value) => value === body || tags.has(value),
    })
  }
}
