import type { ExportFormat, ExportOptions } from './types'

/** What to export: one article or the whole library, in which format, with which tags. */
export interface ExportRequest {
  /** One article's id, or null for every article in the library (one file each, into a folder). */
  articleId: string | null
  format: ExportFormat
  options: ExportOptions
}

/**
 * A look at an export before it is written: its text (with, for ClaimReview, the recommended
 * fields it lacks as `warnings`), a picture of its first page, or for a ClaimReview export that
 * would be refused, the required fields it lacks (`missing`) in plain words.
 */
export type ExportPreview =
  | { kind: 'text'; text: string; truncated: boolean; warnings?: string[] }
  | { kind: 'image'; dataUrl: string }
  | { kind: 'missing'; missing: string[]; warnings: string[] }

/** What an export wrote; nothing when the editor cancelled the save dialog. */
export interface ExportReport {
  canceled: boolean
  /** The files written, in the order of the articles. */
  paths: string[]
}
