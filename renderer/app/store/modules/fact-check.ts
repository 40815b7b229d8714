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
  /** The claim the story view is picking evidence for, or null. */
  evidenceTarget: EvidenceTarget | null
  /** A passage picked in the story view, to add to its claim once the claim's article is open. */
  pendingEvidence: PendingEvidence | null
}

/** The claim evidence is picked for: its article, its tag, and its words (to show). */
export interface EvidenceTarget {
  articleId: string
  tagId: string
  exact: string
}

/** A passage picked as evidence for a claim, waiting for the claim's article to open. */
export interface PendingEvidence {
  articleId: string
  tagId: string
  passage: EvidencePassage
}

/** The fact-check slice's reducers. */
export const factCheck = createStoreModule({
  initialState: (): FactCheckState => ({
    settings: null,
    passageRequest: null,
    evidenceTarget: null,
    pendingEvidence: null,
  }),
  reducers: {
    settingsLoaded: (state: FactCheckState, settings: FactCheckSettings): FactCheckState => ({
      ...state,
      settings,
    }),
    passageRequested: (
      state: FactCheckState,
      passageRequest: EvidencePassage | null,
    ): FactCheckState => ({ ...state, passageRequest }),
    evidenceTargeted: (
      state: FactCheckState,
      evidenceTarget: EvidenceTarget | null,
    ): FactCheckState => ({ ...state, evidenceTarget }),
    evidencePicked: (
      state: FactCheckState,
      pendingEvidence: PendingEvidence | null,
    ): FactCheckState => ({ ...state, pendingEvidence, evidenceTarget: null }),
  },
})

/** The library's rating scale: its own, or the default one until it has one (or is read). */
export function selectRatingScale(state: { factCheck: FactCheckState }): RatingScale {
  return state.factCheck.settings?.ratingScale ?? DEFAULT_RATING_SCALE
}
