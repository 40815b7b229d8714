import type { ArticleFile } from '../../../shared/model/store-files'
import { metaOf } from '../../../shared/store/article-edits'
import type { LibraryIndex } from './library-index'

/** What the migration reads article files with (the article repository). */
export interface EditorCountsReader {
  /** Reads an article file without keeping it; its metadata then has the per-editor counts. */
  readUncached(id: string): Promise<ArticleFile>
}

/**
 * Brings an index written before the per-editor tag counts existed up to date, once, when the
 * library opens: an article without tags gets empty counts at once, and a tagged one has its file
 * read (the file's own migration counts its tags by author). Nothing is taken away: an article
 * whose file cannot be read keeps its entry and its total, and is tried again at the next open.
 * Returns how many entries changed (they are written with the index's next write).
 */
export async function migrateEditorCounts(
  index: LibraryIndex,
  articles: EditorCountsReader,
): Promise<number> {
  const stale = index.data.articles.filter((meta) => meta.tagsByEditor === undefined)
  let changed = 0
  for (const meta of stale) {
    try {
      if (meta.tagCount === 0) {
        await index.record(() => Promise.resolve({ ...meta, tagsByEditor: [] }))
      } else {
        const file = await articles.readUncached(meta.id)
        await index.record(() => Promise.resolve(metaOf(file.article)))
      }
      changed += 1
    } catch {
      // Left as it was: its total still shows, and the next open tries again.
    }
  }
  return changed
}
