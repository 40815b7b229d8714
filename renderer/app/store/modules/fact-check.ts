import {
  DEFAULT_RATING_SCALE,
  type EvidencePassage,
  type FactCheckSettings,
  type RatingScale,
} from '../../../../shared/model/fact-check'
import { createStoreModule } from '../create-store'

/** The fact-check slice: the library's fact-check settings, and a passage waiting to be shown. */
export interface FactCheckState {
  /** The settings as last read or saved, or null before they are read. */
  settings: FactCheckSettings | null
  /** An evidence passage to select once its article is open, or null. */
  passageRequest: EvidencePassage | null
}

/** The fact-check slice's reducers. */
export const factCheck = createStoreModule({
  initialState: (): FactCheckState => ({ settings: null, passageRequest: null }),
  reducers: {
    settingsLoaded: (state: FactCheckState, settings: FactCheckSettings): FactCheckState => ({
      ...state,
      settings,
    }),
    passageRequested: (
      state: FactCheckState,
      passageRequest: EvidencePassage | null,
    ): FactCheckState => ({ ...state, passageRequest }),
  },
})

/** The library's rating scale: its own, or the default one until it has one (or is read). */
export function selectRatingScale(state: { factCheck: FactCheckState }): RatingScale {
  return state.factCheck.settings?.ratingScale ?? DEFAULT_RATING_SCALE
}
