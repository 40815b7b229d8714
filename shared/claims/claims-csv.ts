import { claimStatusName } from '../model/fact-check'
import { toCsv, type CsvCell } from '../text/csv'
import { REVIEW_STATE_NAMES, type ClaimArticle, type ClaimRow } from './claim-row'
import { verdictName, type ClaimsIndex } from './claims-model'

/** The CSV's columns, in order. */
export const CLAIMS_CSV_COLUMNS = [
  'Text',
  'Claimant',
  'Article',
  'Outlet',
  'Published',
  'Story',
  'Editor',
  'Kind',
  'Status',
  'Verdict',
  'Summary',
  'Review',
  'Created',
  'Modified',
  'Tag id',
  'Article id',
] as const

/**
 * The rows shown on the claims board (indices into the index's rows, in the order shown) as CSV:
 * RFC 4180 (CRLF after every record, fields quoted when needed, quotes doubled), a header row,
 * text cells guarded against spreadsheet formulas (`toCsv`), and a UTF-8 byte order mark first,
 * like the other CSV exports.
 */
export function claimsCsv(index: ClaimsIndex, shown: readonly number[]): string {
  const records: CsvCell[][] = [[...CLAIMS_CSV_COLUMNS]]
  for (const at of shown) {
    const row = index.list.rows[at] as ClaimRow
    const article = index.articleOf[at] as ClaimArticle
    records.push([
      row.text,
      row.claimant,
      article.title,
      article.outlet,
      article.published,
      article.storyId ? (index.storyNames.get(article.storyId) ?? '') : '',
      row.editor.name,
      row.kind,
      row.status ? claimStatusName(row.status) : '',
      verdictName(index.list, row.verdict),
      row.summary,
      REVIEW_STATE_NAMES[row.review],
      row.created,
      row.modified,
      row.id,
      row.articleId,
    ])
  }
  return `\uFEFF${toCsv(records)}`
}
