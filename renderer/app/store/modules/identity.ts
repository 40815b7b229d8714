import type { EditorSettings } from '../../../../shared/model/editor-settings'
import type { SyncStatus } from '../../../../shared/sync/sync-status'
import { createStoreModule } from '../create-store'

/** The identity slice: who is editing, and the team folder's state. */
export interface IdentityState {
  /** The settings, or null before they are read. */
  settings: EditorSettings | null
  syncStatus: SyncStatus
}

/** The identity slice's reducers. */
export const identity = createStoreModule({
  initialState: (): IdentityState => ({ settings: null, syncStatus: { state: 'off' } }),
  reducers: {
    settingsLoaded: (state: IdentityState, settings: EditorSettings): IdentityState => ({
      ...state,
      settings,
    }),
    syncStatus: (state: IdentityState, syncStatus: SyncStatus): IdentityState => ({
      ...state,
      syncStatus,
    }),
  },
})
