import type { ImportReport } from '../ipc/contract'

/** A report of an import that has done nothing yet. */
export function emptyImportReport(): Required<ImportReport> {
  return { imported: [], failures: [], updated: [], alreadyInLibrary: [], offers: [] }
}

/** One report of several imports, their lists joined in order. */
export function mergeImportReports(reports: readonly ImportReport[]): Required<ImportReport> {
  const merged = emptyImportReport()
  for (const report of reports) {
    merged.imported.push(...report.imported)
    merged.failures.push(...report.failures)
    merged.updated.push(...(report.updated ?? []))
    merged.alreadyInLibrary.push(...(report.alreadyInLibrary ?? []))
    merged.offers.push(...(report.offers ?? []))
  }
  return merged
}
