import type { ClaimsIndex } from '../../../../shared/claims/claims-model'
import { defaultClaimsView, type ClaimsView } from '../../../../shared/claims/claims-view'
import { createStoreModule } from '../create-store'

/** A claim to show when its article opens: the article puts its cursor on the tag. */
export interface ClaimReveal {
  articleId: string
  tagId: string
}

/** The claims board slice: whether it is shown, the library's claims, and how they are shown. */
export interface ClaimsState {
  /** Whether the board is shown instead of the library (it stays behind an article opened from it). */
  shown: boolean
  /** The library's claims, indexed for filtering; null until loaded. */
  index: ClaimsIndex | null
  loading: boolean
  /** Why the claims could not be loaded, if they could not. */
  error: string | null
  /** Filters, search, sort and grouping (kept while an article opened from the board is shown). */
  view: ClaimsView
  /** The tag whose row has the focus, to find it again after an article was opened. */
  focusedId: string | null
  /** The claim whose article is being opened from the board. */
  reveal: ClaimReveal | null
}

/** The claims board slice's reducers. */
export const claims = createStoreModule({
  initialState: (): ClaimsState => ({
    shown: false,
    index: null,
    loading: false,
    error: null,
    view: defaultClaimsView(),
    focusedId: null,
    reveal: null,
  }),
  reducers: {
    shown: (state: ClaimsState, shown: boolean): ClaimsState =>
      state.shown === shown ? state : { ...state, shown },
    loading: (state: ClaimsState): ClaimsState => ({ ...state, loading: true, error: null }),
    loaded: (state: ClaimsState, index: ClaimsIndex): ClaimsState => ({
      ...state,
      index,
      loading: false,
      error: null,
    }),
    failed: (state: ClaimsState, error: string): ClaimsState => ({
      ...state,
      loading: false,
      error,
    }),
    viewChanged: (state: ClaimsState, view: ClaimsView): ClaimsState => ({ ...state, view }),
    focused: (state: ClaimsState, focusedId: string | null): ClaimsState =>
      state.focusedId === focusedId ? state : { ...state, focusedId },
    revealed: (state: ClaimsState, reveal: ClaimReveal | null): ClaimsState =>
      state.reveal === reveal ? state : { ...state, reveal },
  },
})
