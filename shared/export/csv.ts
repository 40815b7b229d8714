import type { TaggedArticle } from './placed-tags'
import { csvField, toCsv } from '../text/csv'
import { tagTable, type TagCell } from './tag-table'

/**
 * One CSV cell: a number as digits; text, or links joined by spaces; nothing as an empty cell;
 * quoted and guarded against spreadsheet formulas as {@link csvField} does.
 */
export function csvCell(value: TagCell): string {
  return csvField(flatCell(value))
}

function flatCell(value: TagCell): string | number | null {
  return Array.isArray(value) ? value.join(' ') : value
}

/**
 * The tags as CSV (RFC 4180: CRLF after every record, fields quoted when needed, quotes doubled),
 * one row per tag with a header row (columns as in `tagTable`, then `authorUnverified`, "true"
 * for a tag taken from an unsigned package, and `unverifiedReviewers`, the names, joined by "; ",
 * of those whose reviews of it were so taken: nothing proves they made them), guarded against
 * spreadsheet formula injection. Begins with a UTF-8 byte order mark, which spreadsheet programs
 * need to read the file as UTF-8 (others treat it as a zero-width no-break space before the
 * first header).
 */
export function csvExport(tagged: TaggedArticle): string {
  const { columns, rows, marks } = tagTable(tagged)
  const marked = rows.map((row, index): TagCell[] => {
    const mark = marks[index]
    return [
      ...row,
      mark?.authorUnverified ? 'true' : null,
      mark && mark.unverifiedReviewers.length > 0 ? mark.unverifiedReviewers.join('; ') : null,
    ]
  })
  const header = [...columns, 'authorUnverified', 'unverifiedReviewers']
  return `\uFEFF${toCsv([header, ...marked].map((row) => row.map(flatCell)))}`
}
