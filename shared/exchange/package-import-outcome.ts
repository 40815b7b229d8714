import type { PackageImportReport } from './import-report'

/** What importing a package file did; `canceled` when the editor closed the open dialog. */
export type PackageImportOutcome =
  { canceled: true } | { canceled: false; fileName: string; report: PackageImportReport }
