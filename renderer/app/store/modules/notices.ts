import type { Notice } from '../../../../shared/model/notice'
import { createStoreModule } from '../create-store'

/** The notices slice: messages for the editor, oldest first, until dismissed. */
export interface NoticesState {
  list: readonly Notice[]
}

/** The notices slice's reducers. */
export const notices = createStoreModule({
  initialState: (): NoticesState => ({ list: [] }),
  reducers: {
    added: (state: NoticesState, more: readonly Notice[]): NoticesState =>
      more.length === 0 ? state : { list: [...state.list, ...more] },
    dismissed: (state: NoticesState, index: number): NoticesState => ({
      list: state.list.filter((_, other) => other !== index),
    }),
  },
})
