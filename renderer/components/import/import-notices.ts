import type { ImportReport } from '../../../shared/import/import-report'
import type { Notice } from '../../../shared/model/notice'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * What an import report tells the editor: how many articles came in or were updated, which files
 * were already in the library, and each failure. Offers are not notices: a dialog asks them.
 */
export function importNotices(report: ImportReport): Notice[] {
  const notices: Notice[] = []
  if (report.imported.length > 0) {
    notices.push({
      level: 'info',
      message: `Imported ${plural(report.imported.length, 'article')}.`,
    })
  }
  for (const meta of report.updated ?? []) {
    notices.push({
      level: 'info',
      message: `Updated “${meta.title}” to the newer version. Its ${plural(meta.tagCount, 'tag')} will be checked against the new text when you open it.`,
    })
  }
  for (const same of report.alreadyInLibrary ?? []) {
    notices.push({
      level: 'info',
      message: `${same.file}: already in the library as “${same.title}”; nothing was changed.`,
    })
  }
  for (const failure of report.failures) {
    notices.push({
      level: 'error',
      message: `${failure.file}: ${failure.message}`,
      ...(failure.details !== undefined ? { details: failure.details } : {}),
    })
  }
  return notices
}
