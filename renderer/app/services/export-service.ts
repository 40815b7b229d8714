import type { Api } from '../../../shared/ipc/contract'
import type { ExportPreview, ExportReport } from '../../../shared/export/export-request'
import type { EditorRef } from '../../../shared/model/annotation'
import { unwrap } from '../../api'
import type { ArgsOf } from './api-types'
import type { ArticleSession } from './article-session'

/**
 * Exports of articles and of the acting editor's package. Each first saves the open article's
 * pending work (through the session), so what is exported is what the editor sees.
 */
export class ExportService {
  constructor(
    private readonly api: Api,
    private readonly session: ArticleSession,
  ) {}

  /** The editors who tagged an article, by name. */
  async editorsOf(articleId: string): Promise<EditorRef[]> {
    await this.session.flush()
    const tags = await unwrap(this.api.listTags({ articleId }))
    const byId = new Map(tags.map((tag) => [tag.author.id, tag.author]))
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
  }

  /** A preview of an article's export in one format. */
  async preview(request: ArgsOf<'previewExport'>): Promise<ExportPreview> {
    await this.session.flush()
    return unwrap(this.api.previewExport(request))
  }

  /** Exports an article or the library (the main process asks where). */
  async exportArticles(request: ArgsOf<'exportArticles'>): Promise<ExportReport> {
    await this.session.flush()
    return unwrap(this.api.exportArticles(request))
  }

  /** Shows an exported file in its folder. */
  reveal(path: string): Promise<void> {
    return unwrap(this.api.revealExport({ path }))
  }

  /** Exports the acting editor's package: one article's work, or the library's. */
  async exportPackage(articleId: string | null) {
    await this.session.flush()
    return unwrap(this.api.exportPackage({ articleId }))
  }
}
