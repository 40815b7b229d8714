import {
  countMatches,
  foldForSearch,
  foldQuery,
  snippetAt,
  type FoldedText,
  type SearchHit,
} from '../../../shared/library/search-text'
import type { Article, ArticleMeta } from '../../../shared/model/article'
import type { DocNodeJson } from '../../../shared/model/doc-json'

/** What the search reads: the library's list, and one article at a time. */
export interface TextSource {
  list(): ArticleMeta[]
  /** One article in full, without the source keeping it in memory. */
  peek(id: string): Promise<Article>
}

/** How many article files the search reads at once when it fills its cache. */
const READ_CONCURRENCY = 8

interface CachedText {
  /** The text hash of the version cached: a save that changed the text changes it. */
  textHash: string
  text: string
  folded: FoldedText
}

/**
 * An article's plain text from its stored body: textblocks (nodes holding text) joined by blank
 * lines, like `articleText`, without building the ProseMirror document.
 */
export function plainTextOf(body: DocNodeJson): string {
  const blocks: string[] = []
  const walk = (node: DocNodeJson): void => {
    const content = node.content ?? []
    const inline =
      content.length === 0 ? node.type !== 'doc' : content.some((c) => c.text !== undefined)
    if (inline && node.type !== 'doc') {
      blocks.push(content.map((child) => child.text ?? '').join(''))
      return
    }
    content.forEach(walk)
  }
  walk(body)
  return blocks.join('\n\n')
}

/**
 * Full-text search of the library, case- and accent-insensitive. Each article's plain text is
 * read once, the first time a search needs it, and kept folded in memory; an entry is dropped
 * when the article is saved, deleted or restored ({@link forget}), and is read again whenever
 * the index's text hash no longer matches it (a change made another way), so the search never
 * answers from stale text.
 */
export class TextSearch {
  private readonly cache = new Map<string, CachedText>()

  /** Searches the articles `source` lists. */
  constructor(private readonly source: TextSource) {}

  /** How many articles' texts are cached. */
  get size(): number {
    return this.cache.size
  }

  /** Drops article `id`'s cached text (it was saved, deleted or restored). */
  forget(id: string): void {
    this.cache.delete(id)
  }

  /**
   * The articles whose text contains `query` (folded; runs of white space count as one space),
   * most matches first, then in the library's order; each with its first match in context. An
   * empty query finds nothing. An article whose file cannot be read is left out.
   */
  async search(query: string): Promise<SearchHit[]> {
    const folded = foldQuery(query)
    if (folded === '') return []
    const articles = this.source.list()
    const listed = new Set(articles.map((meta) => meta.id))
    for (const id of this.cache.keys()) if (!listed.has(id)) this.cache.delete(id)
    await this.fill(articles)
    const hits: SearchHit[] = []
    for (const meta of articles) {
      const entry = this.cache.get(meta.id)
      if (!entry) continue
      const { count, first } = countMatches(entry.folded.text, folded)
      if (count === 0) continue
      hits.push({
        id: meta.id,
        matches: count,
        snippet: snippetAt(entry.text, entry.folded, first, folded.length),
      })
    }
    // Array.prototype.sort is stable: equal counts keep the library's order.
    return hits.sort((a, b) => b.matches - a.matches)
  }

  /** Reads the texts that are missing or stale, a few files at a time. */
  private async fill(articles: readonly ArticleMeta[]): Promise<void> {
    const wanted = articles.filter((meta) => this.cache.get(meta.id)?.textHash !== meta.textHash)
    let next = 0
    const worker = async () => {
      while (next < wanted.length) {
        const meta = wanted[next]
        next += 1
        if (!meta) continue
        try {
          const article = await this.source.peek(meta.id)
          const text = plainTextOf(article.body)
          this.cache.set(meta.id, { textHash: article.textHash, text, folded: foldForSearch(text) })
        } catch {
          // A damaged or vanished file: not searchable now; opening it reports the problem.
        }
      }
    }
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker))
  }
}
