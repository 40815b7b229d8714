import { strToU8, zipSync, type Zippable } from 'fflate'
import { commentsXml } from './docx-comments'
import { commentsExtendedXml, docxReplies } from './docx-replies'
import { documentXml } from './docx-document'
import {
  CONTENT_TYPES_XML,
  coreXml,
  DOCUMENT_RELS_XML,
  PACKAGE_RELS_XML,
  STYLES_XML,
} from './docx-package'
import type { TaggedArticle } from './placed-tags'
import type { ExportContext } from './types'

/**
 * The XML parts of the Word document, by path in the package, in the order they are zipped
 * (`[Content_Types].xml` first, as Office writes it).
 */
export function docxParts(tagged: TaggedArticle, context: ExportContext): Record<string, string> {
  const replies = docxReplies(tagged)
  return {
    '[Content_Types].xml': CONTENT_TYPES_XML,
    '_rels/.rels': PACKAGE_RELS_XML,
    'docProps/core.xml': coreXml(tagged, context),
    'word/document.xml': documentXml(tagged, context, replies),
    'word/_rels/document.xml.rels': DOCUMENT_RELS_XML,
    'word/styles.xml': STYLES_XML,
    'word/comments.xml': commentsXml(tagged, replies),
    'word/commentsExtended.xml': commentsExtendedXml(tagged, replies),
  }
}

/**
 * The ZIP entries' modification time: the export time's UTC date and time, read as local time
 * because ZIP (DOS) times are local and `fflate` reads them so; thus the same export gives the
 * same bytes in every time zone (but within an hour skipped by a daylight-saving change). Clamped
 * to the years ZIP can hold, 1980–2099.
 */
function zipTime(exportedAt: string): Date {
  const time = new Date(exportedAt)
  if (Number.isNaN(time.getTime())) return new Date(1980, 0, 1)
  const year = Math.min(2099, Math.max(1980, time.getUTCFullYear()))
  if (year !== time.getUTCFullYear()) return new Date(year, 0, 1)
  return new Date(
    year,
    time.getUTCMonth(),
    time.getUTCDate(),
    time.getUTCHours(),
    time.getUTCMinutes(),
    time.getUTCSeconds(),
  )
}

/**
 * The article as a Word document (Office Open XML, `.docx`): its headings and paragraphs, each
 * tag a native Word comment by its editor over exactly the tagged text (see `documentXml` and
 * `commentsXml`), its discussion as threaded replies (`commentsExtended.xml`), zipped with `fflate` (pure, so it runs in the renderer, main process or CLI).
 */
export function docxExport(tagged: TaggedArticle, context: ExportContext): Uint8Array {
  const parts = docxParts(tagged, context)
  const entries: Zippable = {}
  for (const [path, xml] of Object.entries(parts)) entries[path] = strToU8(xml)
  return zipSync(entries, { level: 6, mtime: zipTime(context.exportedAt) })
}
