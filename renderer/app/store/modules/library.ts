import type { ArticleMeta } from '../../../../shared/model/article'
import {
  DEFAULT_SORT,
  type LibrarySort,
  type StatusFilter,
} from '../../../components/library/library-rows'
import { createStoreModule } from '../create-store'

/** The library slice: the articles, the view's choices, and this session's deletes to undo. */
export interface LibraryState {
  /** Every article's metadata, or null before the first load. */
  articles: ArticleMeta[] | null
  sort: LibrarySort
  filter: StatusFilter
  /** The articles deleted this session that can still be put back, the last one last. */
  deleted: readonly ArticleMeta[]
  /** Bumped whenever other editors' tags came in (views that compare editors reload). */
  tagsRevision: number
}

/** The library slice's reducers. */
export const library = createStoreModule({
  initialState: (): LibraryState => ({
    articles: null,
    sort: DEFAULT_SORT,
    filter: 'all',
    deleted: [],
    tagsRevision: 0,
  }),
  reducers: {
    loaded: (state: LibraryState, articles: ArticleMeta[]): LibraryState => ({
      ...state,
      articles,
    }),
    /** One article's metadata changed (a save, an edit of its details). */
    metaSaved: (state: LibraryState, meta: ArticleMeta): LibraryState =>
      state.articles
        ? {
            ...state,
            articles: state.articles.map((article) => (article.id === meta.id ? meta : article)),
          }
        : state,
    deleted: (state: LibraryState, meta: ArticleMeta): LibraryState => ({
      ...state,
      articles: state.articles?.filter((other) => other.id !== meta.id) ?? null,
      deleted: [...state.deleted.filter((other) => other.id !== meta.id), meta],
    }),
    restored: (state: LibraryState, meta: ArticleMeta): LibraryState => ({
      ...state,
      articles: state.articles
        ? [...state.articles.filter((other) => other.id !== meta.id), meta]
        : state.articles,
      deleted: state.deleted.filter((other) => other.id !== meta.id),
    }),
    sorted: (state: LibraryState, sort: LibrarySort): LibraryState => ({ ...state, sort }),
    filtered: (state: LibraryState, filter: StatusFilter): LibraryState => ({ ...state, filter }),
    tagsChanged: (state: LibraryState): LibraryState => ({
      ...state,
      tagsRevision: state.tagsRevision + 1,
    }),
  },
})

/** The article deleted last this session, if any can be put back. */
export function lastDeleted(state: LibraryState): ArticleMeta | undefined {
  return state.deleted.at(-1)
}

/** One article's metadata, when the library has it. */
export function articleById(state: LibraryState, id: string | null): ArticleMeta | undefined {
  return id ? state.articles?.find((article) => article.id === id) : undefined
}
