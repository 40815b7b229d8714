import type { TagKind } from '../model/annotation'

/** Every format an article can be exported to. */
export const EXPORT_FORMATS = ['html', 'md', 'w3c', 'csv', 'jsonl', 'docx', 'pdf'] as const

/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Which tags an export carries. */
export interface ExportOptions {
  /** Editor ids whose tags are included; [] means every editor. */
  editors: string[]
  /** Kinds included; [] means every kind. */
  kinds: TagKind[]
  /** Include notes (and per-kind fields such as speaker, reason, evidence). */
  notes: boolean
}

/** What every export records about its making. */
export interface ExportContext {
  /** ISO time of the export (as `Date.prototype.toISOString` writes it). */
  exportedAt: string
  /** The version of Factmark that made the export. */
  appVersion: string
}

/** One exported document. */
export interface ExportedDocument {
  /** The file name extension, without the dot (`html`, `docx`…). */
  extension: string
  /** The IANA media type of `data`, with its parameters. */
  mediaType: string
  /** Text (to be written as UTF-8) or bytes. */
  data: string | Uint8Array
}
