import type { ImportOffer, ImportProgress } from '../../../../shared/import/import-report'
import { createStoreModule } from '../create-store'

/** The imports slice: a long import's progress, and the questions imports asked. */
export interface ImportsState {
  progress: ImportProgress | null
  /** Questions about files (not UTF-8, a newer version), oldest first. */
  offers: readonly ImportOffer[]
  /** Articles just imported without an outlet or a date, whose details are asked for in turn. */
  missingDetails: readonly string[]
}

/** The imports slice's reducers. */
export const imports = createStoreModule({
  initialState: (): ImportsState => ({ progress: null, offers: [], missingDetails: [] }),
  reducers: {
    progressed: (state: ImportsState, progress: ImportProgress | null): ImportsState => ({
      ...state,
      progress: progress && progress.done >= progress.total ? null : progress,
    }),
    offered: (state: ImportsState, more: readonly ImportOffer[]): ImportsState =>
      more.length === 0 ? state : { ...state, offers: [...state.offers, ...more] },
    answered: (state: ImportsState, token: string): ImportsState => ({
      ...state,
      offers: state.offers.filter((offer) => offer.token !== token),
    }),
    detailsMissing: (state: ImportsState, ids: readonly string[]): ImportsState => {
      const more = ids.filter((id) => !state.missingDetails.includes(id))
      return more.length === 0
        ? state
        : { ...state, missingDetails: [...state.missingDetails, ...more] }
    },
    detailsAsked: (state: ImportsState, id: string): ImportsState => ({
      ...state,
      missingDetails: state.missingDetails.filter((missing) => missing !== id),
    }),
  },
})
