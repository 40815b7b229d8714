import type { Api } from '../../../shared/ipc/contract'
import type {
  ImportOffer,
  ImportOfferAction,
  ImportReport,
} from '../../../shared/import/import-report'
import type { ArticleMeta, ArticleMetaEdit } from '../../../shared/model/article'
import type { Notice } from '../../../shared/model/notice'
import type { Result } from '../../../shared/ipc/result'
import { unwrap } from '../../api'
import { importNotices } from '../../components/import/import-notices'
import type { AppStore } from '../store/app-store'
import type { ArticleSession } from './article-session'
import type { LibraryService } from './library-service'
import { errorNotice } from '../error-notice'

/**
 * Bringing work in: articles (the open dialog, or files dropped on the window), the questions
 * imports ask, and other editors' packages. An import may update the open article, so its
 * pending work is saved first.
 */
export class ImportService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly session: ArticleSession,
    private readonly library: LibraryService,
  ) {}

  /** File > Import: the system's open dialog, then what the import did. */
  async importArticles(): Promise<void> {
    try {
      await this.session.flush()
      this.takeReport(await unwrap(this.api.importArticles()))
      await this.library.refresh()
    } catch (error) {
      this.notify([errorNotice(error)])
    } finally {
      this.store.actions.imports.progressed(null)
    }
  }

  /**
   * Stops the import under way (the progress bar's Cancel): the files already added stay, the
   * one being read is dropped; the import's own report then says which files were left out.
   */
  async cancel(): Promise<void> {
    try {
      await unwrap(this.api.cancelImport())
    } catch (error) {
      this.notify([errorNotice(error)])
    }
  }

  /** Files dropped on the window were imported (or the import failed as a whole). */
  dropped(result: Result<ImportReport>): void {
    this.store.actions.imports.progressed(null)
    if (result.ok) this.takeReport(result.value)
    else this.notify([errorNotice(Object.assign(new Error(result.error.message), result.error))])
    void this.library.refresh()
  }

  /** Answers the question an import asked about a file; a failure drops the question. */
  async answer(offer: ImportOffer, action: ImportOfferAction): Promise<void> {
    try {
      await this.session.flush()
      const report = await unwrap(this.api.resolveImport({ token: offer.token, action }))
      this.store.actions.imports.answered(offer.token)
      this.takeReport(report)
      void this.library.refresh()
    } catch (error) {
      this.store.actions.imports.answered(offer.token)
      this.notify([errorNotice(error, `${offer.file}: `)])
    }
  }

  /**
   * Saves the outlet and date asked for after an import (`changes` may be empty: skipped), and
   * goes on to the next article whose details are missing.
   */
  async giveDetails(id: string, changes: ArticleMetaEdit): Promise<void> {
    try {
      if (Object.keys(changes).length > 0) await this.library.updateMeta(id, changes)
    } catch (error) {
      this.notify([{ level: 'error', message: (error as Error).message }])
    } finally {
      this.store.actions.imports.detailsAsked(id)
    }
  }

  /** Review > Import Tags: another editor's package, merged. */
  async importPackage() {
    await this.session.flush()
    return unwrap(this.api.importPackage())
  }

  /** Imports the unsigned package an import asked about, on the editor's confirmation. */
  async confirmUnsignedPackage(token: string) {
    await this.session.flush()
    return unwrap(this.api.confirmUnsignedPackage({ token }))
  }

  private takeReport(report: ImportReport): void {
    this.notify(importNotices(report))
    this.store.actions.imports.offered(report.offers ?? [])
    this.store.actions.imports.detailsMissing(
      [...report.imported, ...(report.updated ?? [])].filter(lacksDetails).map((meta) => meta.id),
    )
    // Annotation files change articles' tags: the open one reloads to show them (its own tags too).
    const changed = (report.annotations ?? []).flatMap((summary) => summary.articleIds)
    const open = this.store.getState().article.openId
    if (open !== null && changed.includes(open)) this.session.reload()
  }

  private notify(notices: Notice[]): void {
    this.store.actions.notices.added(notices)
  }
}

/**
 * Whether an imported text article came without an outlet or a date (the editor is asked; web
 * pages, Word documents and PDFs carry their own details or none to find).
 */
function lacksDetails(meta: ArticleMeta): boolean {
  const text = /\.(txt|text|md|markdown)$/i.test(meta.sourceName)
  return text && (meta.outlet.trim() === '' || meta.published === null)
}
