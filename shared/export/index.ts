/**
 * Exports of an article and its tags (HTML, Markdown, W3C Web Annotation JSON-LD, CSV, JSON Lines,
 * Word, and HTML for printing to PDF) as pure functions, and safe file names for them.
 */
export { exportArticle } from './export-article'
export { safeFileName } from './file-name'
export { EXPORT_FORMATS } from './types'
export type { ExportContext, ExportedDocument, ExportFormat, ExportOptions } from './types'
