import type { TaggedArticle } from './placed-tags'
import { tagTable } from './tag-table'

/**
 * Line and paragraph separators JSON leaves raw but some line splitters (Python's
 * `str.splitlines`, for one) take for line ends; escaped, every record stays on its own line.
 */
const LINE_LIKE = /[\u0085\u2028\u2029]/g

/**
 * The tags as JSON Lines: one JSON object per tag and per line (LF), keys in the fixed order of
 * `tagTable`'s columns, `null` for what a tag lacks (an unplaced tag has no sentence or offsets).
 * A tag taken from an unsigned package ends with `"authorUnverified": true`: nothing proves its
 * author made it; a tag with reviews so taken ends with `"unverifiedReviewers"`, their names.
 */
export function jsonlExport(tagged: TaggedArticle): string {
  const { columns, rows, marks } = tagTable(tagged)
  return rows
    .map((row, index) => {
      const record: Record<string, unknown> = Object.fromEntries(
        columns.map((column, at) => [column, row[at]]),
      )
      const mark = marks[index]
      if (mark?.authorUnverified) record.authorUnverified = true
      if (mark && mark.unverifiedReviewers.length > 0) {
        record.unverifiedReviewers = mark.unverifiedReviewers
      }
      const line = JSON.stringify(record).replace(
        LINE_LIKE,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
      return `${line}\n`
    })
    .join('')
}
