import { claimRowsOf } from '../../../shared/claims/claim-rows'
import type {
  ClaimArticle,
  ClaimRow,
  ClaimsList,
  ClaimStory,
} from '../../../shared/claims/claim-row'
import type { ArticleMeta } from '../../../shared/model/article'
import type { RatingScale } from '../../../shared/model/fact-check'
import type { ArticleFile } from '../../../shared/model/store-files'

/** What the claims query reads: the library's list, and one article's file at a time. */
export interface ClaimsSource {
  list(): ArticleMeta[]
  /** One article's file, without the source keeping it in memory. */
  peekFile(id: string): Promise<Pick<ArticleFile, 'annotations' | 'reviews'>>
}

/** What else the board needs: the saved stories (newest first) and the library's rating scale. */
export interface ClaimsContext {
  stories(): Promise<readonly { id: string; name: string; articleIds: readonly string[] }[]>
  scale(): RatingScale
}

/** How many article files the query reads at once when it fills its cache. */
const READ_CONCURRENCY = 8

interface CachedRows {
  /** The index entry the rows were read for: any save of the article changes it. */
  stamp: string
  rows: ClaimRow[]
}

/** What of an article's index entry changes whenever its tags or reviews may have. */
function stampOf(meta: ArticleMeta): string {
  return `${meta.updatedAt}|${meta.tagCount}|${meta.textHash}`
}

/**
 * Every claim and disputed tag across the library, for the claims board and `factmark claims`.
 * Each article's file is read once and its rows are kept, keyed by the article's index entry
 * (updated by every save, package merge and metadata edit), so opening the board again reads
 * only the articles that changed; {@link forget} drops an entry at once. Linear in articles plus
 * tags plus reviews. An article whose file cannot be read is left out (opening it reports why).
 */
export class ClaimsQuery {
  private readonly cache = new Map<string, CachedRows>()

  constructor(
    private readonly source: ClaimsSource,
    private readonly context: ClaimsContext,
  ) {}

  /** How many articles' rows are cached. */
  get size(): number {
    return this.cache.size
  }

  /** Drops article `id`'s cached rows (it was saved, deleted or restored). */
  forget(id: string): void {
    this.cache.delete(id)
  }

  /** Every claim and disputed tag of the library, with their articles, stories and scale. */
  async list(): Promise<ClaimsList> {
    const metas = this.source.list()
    const listed = new Set(metas.map((meta) => meta.id))
    for (const id of this.cache.keys()) if (!listed.has(id)) this.cache.delete(id)
    const [, saved] = await Promise.all([this.fill(metas), this.context.stories()])
    const storyOf = new Map<string, string>()
    // Newest first: an article in several stories is grouped under the newest.
    for (const story of saved) {
      for (const id of story.articleIds) if (!storyOf.has(id)) storyOf.set(id, story.id)
    }
    const rows: ClaimRow[] = []
    const articles: ClaimArticle[] = []
    const used = new Set<string>()
    for (const meta of metas) {
      const cached = this.cache.get(meta.id)
      if (!cached || cached.rows.length === 0) continue
      for (const row of cached.rows) rows.push(row)
      const storyId = storyOf.get(meta.id) ?? null
      if (storyId) used.add(storyId)
      articles.push({
        id: meta.id,
        title: meta.title,
        outlet: meta.outlet,
        published: meta.published,
        storyId,
      })
    }
    const stories: ClaimStory[] = saved
      .filter((story) => used.has(story.id))
      .map((story) => ({ id: story.id, name: story.name }))
    return { rows, articles, stories, scale: this.context.scale() }
  }

  /** Reads the articles whose rows are missing or stale, a few files at a time. */
  private async fill(metas: readonly ArticleMeta[]): Promise<void> {
    const wanted = metas.filter(
      (meta) => meta.tagCount > 0 && this.cache.get(meta.id)?.stamp !== stampOf(meta),
    )
    for (const meta of metas) if (meta.tagCount === 0) this.cache.delete(meta.id)
    let next = 0
    const worker = async () => {
      while (next < wanted.length) {
        const meta = wanted[next]
        next += 1
        if (!meta) continue
        try {
          const file = await this.source.peekFile(meta.id)
          this.cache.set(meta.id, {
            stamp: stampOf(meta),
            rows: claimRowsOf(meta.id, file.annotations, file.reviews),
          })
        } catch {
          this.cache.delete(meta.id)
        }
      }
    }
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker))
  }
}
