import type { TagKind } from '../model/annotation'

/** The formats of an annotated copy: the article's text or tags with every tag's review outcome. */
export const ANNOTATED_FORMATS = ['html', 'md', 'w3c', 'csv', 'jsonl', 'docx', 'pdf'] as const

/**
 * Every format an article can be exported to: the annotated copies, and 'claimreview' (schema.org
 * ClaimReviews of the claims with a verdict, refused while a required field is missing).
 */
export const EXPORT_FORMATS = [...ANNOTATED_FORMATS, 'claimreview'] as const

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
  /**
   * What becomes of tags the reviewers rejected: 'mark' (the default) keeps them, struck through
   * where the format can show it; 'omit' leaves them out.
   */
  rejected?: RejectedTags | undefined
  /** A preset that narrows the tags: 'publishable' keeps only accepted and unreviewed ones. */
  preset?: ExportPreset | undefined
}

/** What an export does with rejected tags. */
export const REJECTED_CHOICES = ['mark', 'omit'] as const

/** What an export does with rejected tags. */
export type RejectedTags = (typeof REJECTED_CHOICES)[number]

/** The export presets: 'publishable', only tags that are accepted or unreviewed. */
export const EXPORT_PRESETS = ['publishable'] as const

/** An export preset. */
export type ExportPreset = (typeof EXPORT_PRESETS)[number]

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
