import { createStoreModule } from '../create-store'

/** The app-wide dialogs, one at a time. */
export type AppModal = 'shortcuts' | 'about' | 'agreement' | null
/** The dialogs of identity and exchange (File > Settings, Switch Editor, packages). */
export type IdentityModal = 'settings' | 'switch' | 'export-package' | 'import-package' | null

/** Where the export dialog was opened: on one article, or on the library. */
export interface ExportTarget {
  /** The open article, or null when the dialog was opened from the library. */
  articleId: string | null
  /** The article to preview from when exporting the library. */
  previewId: string | null
}

/** The modal slice: which dialogs are open. */
export interface ModalState {
  modal: AppModal
  identity: IdentityModal
  /** The export dialog's target while it is open. */
  exportTarget: ExportTarget | null
}

/** The modal slice's reducers. */
export const modal = createStoreModule({
  initialState: (): ModalState => ({ modal: null, identity: null, exportTarget: null }),
  reducers: {
    opened: (state: ModalState, modal: AppModal): ModalState => ({ ...state, modal }),
    identityOpened: (state: ModalState, identity: IdentityModal): ModalState => ({
      ...state,
      identity,
    }),
    exportOpened: (state: ModalState, exportTarget: ExportTarget | null): ModalState => ({
      ...state,
      exportTarget,
    }),
  },
})
