import { indexClaims, searchTexts } from '../../../shared/claims/claims-model'
import type { ClaimsView } from '../../../shared/claims/claims-view'
import type { ExportReport } from '../../../shared/export/export-request'
import type { Api } from '../../../shared/ipc/contract'
import { unwrap } from '../../api'
import type { AppStore } from '../store/app-store'
import { afterPaint } from './after-paint'
import type { ArticleSession } from './article-session'

/**
 * The claims board: shows it (after saving the open article, so that the board lists its latest
 * tags), loads the library's claims and indexes them for filtering, opens a claim's article at
 * its tag, and saves what the board shows as CSV.
 */
export class ClaimsService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly session: ArticleSession,
  ) {}

  /** Shows the board instead of the library (closing the open article, saved) and loads it. */
  async show(): Promise<void> {
    await this.session.open(null)
    this.store.actions.story.shown(null)
    this.store.actions.claims.shown(true)
    await this.load()
  }

  /** Hides the board (back to the library). */
  hide(): void {
    this.store.actions.claims.shown(false)
    this.store.actions.claims.revealed(null)
  }

  /** Reads the library's claims again. */
  async load(): Promise<void> {
    this.store.actions.claims.loading()
    try {
      const index = indexClaims(await unwrap(this.api.listClaims()))
      this.store.actions.claims.loaded(index)
      // Once the board is drawn, the search texts are folded, ready for the first keystroke.
      afterPaint(() => void searchTexts(index))
    } catch (error) {
      this.store.actions.claims.failed((error as Error).message)
    }
  }

  /** Changes what the board shows. */
  setView(view: ClaimsView): void {
    this.store.actions.claims.viewChanged(view)
  }

  /** Remembers the row that has the focus. */
  focus(tagId: string | null): void {
    this.store.actions.claims.focused(tagId)
  }

  /** Opens a claim's article with the cursor on its tag; closing it shows the board again. */
  async open(articleId: string, tagId: string): Promise<void> {
    this.store.actions.claims.focused(tagId)
    this.store.actions.claims.revealed({ articleId, tagId })
    await this.session.open(articleId)
  }

  /** The article has put its cursor on the claim. */
  revealed(): void {
    this.store.actions.claims.revealed(null)
  }

  /** Saves what the board shows as CSV, where the editor chooses. */
  exportCsv(view: ClaimsView): Promise<ExportReport> {
    return unwrap(this.api.exportClaims({ view }))
  }
}
