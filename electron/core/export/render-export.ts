import { exportArticle } from '../../../shared/export/export-article'
import { safeFileName } from '../../../shared/export/file-name'
import type { ExportFormat, ExportOptions } from '../../../shared/export/types'
import { FactmarkError } from '../../../shared/ipc/result'
import type { LibraryStore } from '../store/library-store'
import type { HtmlRenderer } from './html-renderer'

/** One article's export, ready to be written. */
export interface RenderedExport {
  /** A file name safe on every platform, made from the article's title. */
  fileName: string
  data: Uint8Array
}

/** What every export records about itself. */
export interface ExportStamp {
  appVersion: string
  /** When the export is made; now unless a test fixes it. */
  now?: () => Date
}

/**
 * Exports one saved article from the store in `format`: the pure formatters of `shared/export`,
 * plus printing for PDF. Reads the saved state, so the caller flushes pending saves first.
 */
export async function renderExport(
  store: LibraryStore,
  articleId: string,
  format: ExportFormat,
  options: ExportOptions,
  stamp: ExportStamp,
  renderer: HtmlRenderer | null,
): Promise<RenderedExport> {
  const article = await store.get(articleId)
  const annotations = await store.tags(articleId)
  const reviews = await store.reviews(articleId)
  const exported = exportArticle(
    format,
    article,
    annotations,
    options,
    { exportedAt: (stamp.now?.() ?? new Date()).toISOString(), appVersion: stamp.appVersion },
    reviews,
  )
  if (format === 'pdf') {
    if (!renderer) {
      throw new FactmarkError('export-failure', 'PDF export needs a browser engine to print with.')
    }
    const html = typeof exported.data === 'string' ? exported.data : decodeUtf8(exported.data)
    return { fileName: safeFileName(article.title, 'pdf'), data: await renderer.pdf(html) }
  }
  return {
    fileName: safeFileName(article.title, exported.extension),
    data:
      typeof exported.data === 'string' ? new TextEncoder().encode(exported.data) : exported.data,
  }
}

function decodeUtf8(data: Uint8Array): string {
  return new TextDecoder('utf-8').decode(data)
}
