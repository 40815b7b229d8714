import type { AnnotationImportSummary, ImportReport } from '../../../shared/import/import-report'
import type { Notice } from '../../../shared/model/notice'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** How many files a notice names before it says how many more there are. */
const FILES_NAMED = 3

/** The first files' names, and how many more. */
function namesOf(files: readonly string[]): string {
  const named = files.slice(0, FILES_NAMED).join(', ')
  return files.length > FILES_NAMED ? `${named} and ${files.length - FILES_NAMED} more` : named
}

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
  for (const summary of report.annotations ?? []) notices.push(...annotationNotices(summary))
  const cancelled = report.cancelled ?? []
  if (cancelled.length > 0) {
    notices.push({
      level: 'warning',
      message: `Import cancelled: ${plural(cancelled.length, 'file')} not imported (${namesOf(cancelled)}). Nothing of them was added; import them again when you want them.`,
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

/** How many orphans an annotation notice quotes by name. */
const ORPHANS_QUOTED = 3

/**
 * What an annotation file's import tells the editor: the tags placed, orphaned and skipped and
 * the reviews restored; then, as a warning, the first orphans by their quote (those kept in their
 * article show there as orphans) and why the first annotation was skipped.
 */
export function annotationNotices(summary: AnnotationImportSummary): Notice[] {
  const reviews = summary.reviews > 0 ? `; ${plural(summary.reviews, 'review')} restored` : ''
  const notices: Notice[] = [
    {
      level: 'info',
      message: `${summary.file}: ${summary.placed} placed, ${summary.orphaned} orphaned, ${summary.skipped} skipped${reviews}.`,
    },
  ]
  if (summary.orphaned > 0) {
    const quoted = summary.orphans
      .slice(0, ORPHANS_QUOTED)
      .map(
        (orphan) =>
          `“${orphan.quote.length > 60 ? `${orphan.quote.slice(0, 60)}…` : orphan.quote}”`,
      )
    const more = summary.orphaned - quoted.length
    const kept = summary.orphans.some((orphan) => orphan.kept)
      ? ' Those whose article was found are kept in it as orphans.'
      : ''
    notices.push({
      level: 'warning',
      message: `${summary.file}: no place found for ${quoted.join(', ')}${more > 0 ? ` and ${more} more` : ''}.${kept}`,
    })
  }
  const firstSkip = summary.skippedReasons.find(
    (entry) => !/already in the library/.test(entry.reason),
  )
  if (firstSkip) {
    notices.push({
      level: 'warning',
      message: `${summary.file}: skipped ${firstSkip.id}: ${firstSkip.reason}.`,
    })
  }
  return notices
}
