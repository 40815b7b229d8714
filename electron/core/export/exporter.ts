import type { ExportFormat, ExportOptions } from '../../../shared/export/types'
import type {
  ExportPreview,
  ExportReport,
  ExportRequest,
} from '../../../shared/export/export-request'
import { FactmarkError } from '../../../shared/ipc/result'
import type { LibraryStore } from '../store/library-store'
import type { HtmlRenderer } from './html-renderer'
import {
  claimReviewProblems,
  hasClaimVerdict,
  renderExport,
  type ExportStamp,
} from './render-export'
import { writeExportFile, writeIntoFolder } from './write-export'

/** The most text a preview carries; the dialog says when it was cut. */
export const PREVIEW_CHARACTERS = 20_000

/** The width, in CSS pixels, of a preview picture. */
export const PREVIEW_WIDTH = 860

/** The native parts of exporting: where to save, and showing the result. */
export interface ExportDialogs {
  /** Asks where to save one export, offering `defaultName`; null when the editor cancels. */
  chooseExportFile(defaultName: string, format: ExportFormat): Promise<string | null>
  /** Asks for a folder to export the library into; null when the editor cancels. */
  chooseExportFolder(): Promise<string | null>
  /** Shows a file in the system's file manager. */
  showInFolder(path: string): void
}

/** What exporting works with. */
export interface ExporterContext {
  store: LibraryStore
  dialogs: ExportDialogs
  /** Prints PDFs and draws previews; null where no browser engine is at hand. */
  renderer: HtmlRenderer | null
  stamp: ExportStamp
}

/** Export as the IPC handlers offer it: preview, export, and reveal what was exported. */
export interface Exporter {
  preview(articleId: string, format: ExportFormat, options: ExportOptions): Promise<ExportPreview>
  exportArticles(request: ExportRequest): Promise<ExportReport>
  reveal(path: string): void
}

function base64(data: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < data.length; index += 0x8000) {
    binary += String.fromCharCode(...data.subarray(index, index + 0x8000))
  }
  return btoa(binary)
}

/**
 * Creates the export service: previews from the saved state (a picture of the first page for
 * HTML, PDF and Word, since they are read as pages; the text itself for the others), exports that
 * ask where to write and never replace a file silently, and a reveal limited to this session's
 * exports, so a compromised renderer cannot open arbitrary paths.
 */
export function createExporter(context: ExporterContext): Exporter {
  const { store, dialogs, renderer, stamp } = context
  const exported = new Set<string>()

  async function preview(
    articleId: string,
    format: ExportFormat,
    options: ExportOptions,
  ): Promise<ExportPreview> {
    if (format === 'claimreview') {
      const problems = await claimReviewProblems(store, articleId, options)
      if (problems.missing.length > 0) return { kind: 'missing', ...problems }
      const { data } = await renderExport(store, articleId, format, options, stamp, null)
      const text = new TextDecoder().decode(data)
      const truncated = text.length > PREVIEW_CHARACTERS
      return {
        kind: 'text',
        text: truncated ? text.slice(0, PREVIEW_CHARACTERS) : text,
        truncated,
        warnings: problems.warnings,
      }
    }
    const paged = format === 'html' || format === 'pdf' || format === 'docx'
    const shown = paged ? 'html' : format
    const { data } = await renderExport(store, articleId, shown, options, stamp, null)
    const text = new TextDecoder().decode(data)
    if (paged && renderer) {
      const png = await renderer.png(text, PREVIEW_WIDTH)
      return { kind: 'image', dataUrl: `data:image/png;base64,${base64(png)}` }
    }
    const truncated = text.length > PREVIEW_CHARACTERS
    return { kind: 'text', text: truncated ? text.slice(0, PREVIEW_CHARACTERS) : text, truncated }
  }

  async function exportArticles(request: ExportRequest): Promise<ExportReport> {
    const { articleId, format, options } = request
    if (articleId !== null) {
      const rendered = await renderExport(store, articleId, format, options, stamp, renderer)
      const path = await dialogs.chooseExportFile(rendered.fileName, format)
      if (path === null) return { canceled: true, paths: [] }
      const written = await writeExportFile(path, rendered.data)
      exported.add(written)
      return { canceled: false, paths: [written] }
    }
    const articles = store.list()
    if (articles.length === 0) throw new FactmarkError('not-found', 'The library has no articles.')
    // A library's ClaimReviews: one file per article with a claim that has a verdict.
    const chosen: typeof articles = []
    for (const meta of articles) {
      if (format !== 'claimreview' || (await hasClaimVerdict(store, meta.id))) chosen.push(meta)
    }
    if (chosen.length === 0) {
      throw new FactmarkError('not-found', 'No article in the library has a claim with a verdict.')
    }
    const folder = await dialogs.chooseExportFolder()
    if (folder === null) return { canceled: true, paths: [] }
    const paths: string[] = []
    for (const meta of chosen) {
      const rendered = await renderExport(store, meta.id, format, options, stamp, renderer)
      const written = await writeIntoFolder(folder, rendered.fileName, rendered.data)
      exported.add(written)
      paths.push(written)
    }
    return { canceled: false, paths }
  }

  function reveal(path: string): void {
    if (!exported.has(path)) {
      throw new FactmarkError('forbidden', 'Only files exported in this session can be shown.')
    }
    dialogs.showInFolder(path)
  }

  return { preview, exportArticles, reveal }
}
