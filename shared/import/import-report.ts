import type { ArticleMeta } from '../model/article'

/** What an import brought in, and what it could not, file by file. */
export interface ImportReport {
  imported: ArticleMeta[]
  /** Files that could not be imported: why in plain words, and technical details if any. */
  failures: { file: string; message: string; details?: string }[]
  /** Articles replaced by a newer version of them (their tags kept, anchored again on opening). */
  updated?: ArticleMeta[]
  /** Articles whose very text is already in the library: skipped, nothing changed. */
  alreadyInLibrary?: { file: string; title: string }[]
  /** Offers that wait for the editor's answer (see `resolveImport`). */
  offers?: ImportOffer[]
  /** Annotation files (W3C JSON-LD) read: their tags placed in articles of the library. */
  annotations?: AnnotationImportSummary[]
  /** Files not imported because the editor cancelled: the one being read, and those after it. */
  cancelled?: string[]
}

/**
 * What importing one annotation file did: tags placed in an article's text, tags with no place
 * (orphans: kept in their article when it is known, else only listed here), annotations skipped
 * (unreadable, already in the library, a review of a tag not found), and reviews restored.
 */
export interface AnnotationImportSummary {
  file: string
  placed: number
  orphaned: number
  skipped: number
  reviews: number
  /** The articles that received tags or reviews. */
  articleIds: string[]
  /** The first orphans: what they quote and where from (at most `MAX_LISTED`). */
  orphans: { quote: string; source: string | null; kept: boolean }[]
  /** The first skipped annotations, with the reason (at most `MAX_LISTED`). */
  skippedReasons: { id: string; reason: string }[]
}

/**
 * A question an import asks the editor about one file, answered through `resolveImport` with its
 * token: the main process alone knows which file a token stands for (the page never names a path).
 * `encoding`: the file is not valid UTF-8 (read it as Windows-1252?); `newer-version`: it looks
 * like a newer version of an article in the library (update that one, keeping its tags?).
 */
export type ImportOffer =
  | { kind: 'encoding'; token: string; file: string; preview: string }
  | {
      kind: 'newer-version'
      token: string
      file: string
      title: string
      existing: { id: string; title: string; tagCount: number }
      reason: 'same-url' | 'same-title'
    }

/** The editor's answer to an {@link ImportOffer}. */
export type ImportOfferAction = 'windows-1252' | 'update' | 'add' | 'skip'

/** How far a long import has come: `done` of `total` files, the next one being `file`. */
export interface ImportProgress {
  done: number
  total: number
  /** The file being read (its name, never its path). */
  file?: string
  /** How much of that file is read, from 0 to 1. */
  part?: number
}

/** A report of an import that has done nothing yet. */
export function emptyImportReport(): Required<ImportReport> {
  return {
    imported: [],
    failures: [],
    updated: [],
    alreadyInLibrary: [],
    offers: [],
    annotations: [],
    cancelled: [],
  }
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
    merged.annotations.push(...(report.annotations ?? []))
    merged.cancelled.push(...(report.cancelled ?? []))
  }
  return merged
}
