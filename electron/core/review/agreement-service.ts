import type { AgreementView } from '../../../shared/review/agreement-view'
import type { ExportReport } from '../../../shared/export/export-request'
import { FactmarkError } from '../../../shared/ipc/result'
import { agreementCsv, confusionCsv } from '../../../shared/review/agreement-csv'
import { agreementReport } from '../../../shared/review/agreement-report'
import type { ExportDialogs } from '../export/exporter'
import { writeExportFile } from '../export/write-export'
import type { LibraryStore } from '../store/library-store'
import { agreementInput } from './agreement-input'

/**
 * Agreement on one article (or the library, when `articleId` is null) between the chosen editors
 * (every editor who tagged, when `editorIds` is empty), with the list of everyone to choose from.
 */
export async function agreementView(
  store: LibraryStore,
  articleId: string | null,
  editorIds: readonly string[],
): Promise<AgreementView> {
  const input = await agreementInput(store, articleId === null ? null : [articleId])
  const chosen =
    editorIds.length === 0
      ? input.editors
      : input.editors.filter((editor) => editorIds.includes(editor.id))
  return {
    editors: input.editors,
    report: agreementReport({ articles: input.articles, editors: chosen }),
  }
}

/**
 * Saves the agreement figures (`summary`: one row per article and the library) or the two
 * editors' confusion matrix as CSV, where the editor chooses in the save dialog.
 */
export async function exportAgreement(
  store: LibraryStore,
  dialogs: ExportDialogs,
  request: {
    articleId: string | null
    editorIds: readonly string[]
    which: 'summary' | 'confusion'
  },
): Promise<ExportReport> {
  const { report } = await agreementView(store, request.articleId, request.editorIds)
  const confusion =
    request.articleId === null ? report.library.confusion : report.articles[0]?.confusion
  if (request.which === 'confusion' && !confusion) {
    throw new FactmarkError('invalid-argument', 'A confusion matrix compares exactly two editors.')
  }
  const csv =
    request.which === 'confusion' && confusion ? confusionCsv(confusion) : agreementCsv(report)
  const name = request.which === 'confusion' ? 'Agreement matrix.csv' : 'Agreement.csv'
  const path = await dialogs.chooseExportFile(name, 'csv')
  if (path === null) return { canceled: true, paths: [] }
  return { canceled: false, paths: [await writeExportFile(path, new TextEncoder().encode(csv))] }
}
