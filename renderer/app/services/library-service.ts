import type { Api } from '../../../shared/ipc/contract'
import type { SearchHit } from '../../../shared/library/search-text'
import type { ArticleMeta } from '../../../shared/model/article'
import { unwrap } from '../../api'
import type { LibrarySort, StatusFilter } from '../../components/library/library-rows'
import type { AppStore } from '../store/app-store'
import { lastDeleted } from '../store/modules/library'
import { errorNotice } from '../error-notice'

/** What the editor may change of an article's metadata (as `updateArticleMeta` takes it). */
export type MetaChanges = Parameters<Api['updateArticleMeta']>[0]['changes']

/**
 * The library's articles: loads them into the store, searches, deletes and puts back, and saves
 * metadata. Failures to load become notices; the others reject for the caller to show.
 */
export class LibraryService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
  ) {}

  /** Reads every article's metadata again; a failure becomes a notice. */
  async refresh(): Promise<void> {
    try {
      this.store.actions.library.loaded(await unwrap(this.api.listArticles()))
    } catch (error) {
      this.store.actions.notices.added([errorNotice(error)])
    }
  }

  /** The articles whose text matches a folded query. */
  search(query: string): Promise<SearchHit[]> {
    return unwrap(this.api.searchLibrary({ query }))
  }

  /** The ids of the articles opened last, most recent first. */
  recent(): Promise<string[]> {
    return unwrap(this.api.recentArticles())
  }

  /** Moves an article to the trash; it can be put back this session. */
  async delete(article: ArticleMeta): Promise<ArticleMeta> {
    const meta = await unwrap(this.api.deleteArticle({ id: article.id }))
    this.store.actions.library.deleted(meta)
    return meta
  }

  /** Puts back the article deleted last; null when there is none. */
  async restoreLast(): Promise<ArticleMeta | null> {
    const last = lastDeleted(this.store.getState().library)
    if (!last) return null
    const meta = await unwrap(this.api.restoreArticle({ id: last.id }))
    this.store.actions.library.restored(meta)
    return meta
  }

  /** Saves changes to an article's metadata; the library shows the result. */
  async updateMeta(id: string, changes: MetaChanges): Promise<ArticleMeta> {
    const meta = await unwrap(this.api.updateArticleMeta({ id, changes }))
    this.metaSaved(meta)
    return meta
  }

  /** Shows an article's new metadata (after any save). */
  metaSaved(meta: ArticleMeta): void {
    this.store.actions.library.metaSaved(meta)
  }

  /** Sorts the library's table. */
  sortBy(sort: LibrarySort): void {
    this.store.actions.library.sorted(sort)
  }

  /** Filters the library's table by status. */
  filterBy(filter: StatusFilter): void {
    this.store.actions.library.filtered(filter)
  }
}
