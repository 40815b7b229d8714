import { createStoreModule } from '../create-store'

/** Which story the story view shows. */
export interface StoryTarget {
  storyId: string
  name: string
  articleIds: string[]
}

/** The story slice: the story shown instead of the library, if any. */
export interface StoryState {
  target: StoryTarget | null
  /** Bumped by Review > Story View…: the library's stories section takes the focus. */
  focusSignal: number
}

/** The story slice's reducers. */
export const story = createStoreModule({
  initialState: (): StoryState => ({ target: null, focusSignal: 0 }),
  reducers: {
    shown: (state: StoryState, target: StoryTarget | null): StoryState => ({ ...state, target }),
    focusRequested: (state: StoryState): StoryState => ({
      target: null,
      focusSignal: state.focusSignal + 1,
    }),
  },
})
