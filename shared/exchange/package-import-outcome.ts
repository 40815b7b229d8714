import type { EditorRef } from '../model/annotation'
import type { PackageImportReport } from './import-report'

/** An unsigned package waiting for the editor's confirmation before it is imported. */
export interface UnsignedPackageQuestion {
  /** Names the package to `confirmUnsignedPackage` (the main process keeps it meanwhile). */
  token: string
  /** Whom the package claims as its author (nothing proves it). */
  author: EditorRef
  /** Why it asks, in words for the editor. */
  message: string
}

/**
 * What importing a package file did; `canceled` when the editor closed the open dialog. An
 * unsigned package from an editor this library knows no key of is not imported at once: the
 * outcome then has no report and asks (`unsigned`).
 */
export type PackageImportOutcome =
  | { canceled: true }
  | { canceled: false; fileName: string; report: PackageImportReport }
  | { canceled: false; fileName: string; report: null; unsigned: UnsignedPackageQuestion }
