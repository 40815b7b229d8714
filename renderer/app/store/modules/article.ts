import type { SaveStatus } from '../../../editor/autosave'
import { createStoreModule } from '../create-store'

/** The open-article slice: which article is open, and how its autosave stands. */
export interface ArticleState {
  /** The open article's id, or null in the library or a story. */
  openId: string | null
  /** Bumped when the acting editor changes: the open article reloads as theirs. */
  epoch: number
  saveStatus: SaveStatus
}

/** The open-article slice's reducers. */
export const article = createStoreModule({
  initialState: (): ArticleState => ({
    openId: null,
    epoch: 0,
    saveStatus: { kind: 'saved', at: null },
  }),
  reducers: {
    opened: (state: ArticleState, openId: string | null): ArticleState =>
      state.openId === openId
        ? state
        : { ...state, openId, saveStatus: { kind: 'saved', at: null } },
    reloaded: (state: ArticleState): ArticleState => ({ ...state, epoch: state.epoch + 1 }),
    saveStatus: (state: ArticleState, saveStatus: SaveStatus): ArticleState =>
      JSON.stringify(state.saveStatus) === JSON.stringify(saveStatus)
        ? state
        : { ...state, saveStatus },
  },
})
