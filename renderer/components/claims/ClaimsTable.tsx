import { memo, useLayoutEffect, useMemo, useState } from 'react'
import { REVIEW_STATE_NAMES, type ClaimRow } from '../../../shared/claims/claim-row'
import {
  verdictName,
  type ClaimsIndex,
  type ClaimsLine,
  type ClaimsShown,
} from '../../../shared/claims/claims-model'
import type { ClaimSortKey, ClaimsView } from '../../../shared/claims/claims-view'
import { claimStatusName } from '../../../shared/model/fact-check'
import { TAG_KIND_SPECS } from '../../../shared/model/tag-kinds'
import { listWindow } from '../lists/list-window'
import { useRowNavigation } from '../lists/use-row-navigation'
import { formatDate } from '../library/format'
import { SortArrow } from '../lists/SortArrow'
import { SpacerRow } from '../lists/SpacerRow'
import { formatAge } from './claim-format'

/** Every line's height in pixels (rows and story headings alike), so the table can be windowed. */
export const CLAIMS_LINE_HEIGHT = 56
/** Lines drawn beyond each edge of the visible part. */
const OVERSCAN_LINES = 10
/** The visible height before it has been measured. */
const INITIAL_HEIGHT = 600

/** The table's columns, each sortable. */
const COLUMNS: readonly { label: string; key: ClaimSortKey; className: string }[] = [
  { label: 'Claim', key: 'text', className: 'claims-text-col' },
  { label: 'Claimant', key: 'claimant', className: 'claims-claimant-col' },
  { label: 'Article & outlet', key: 'article', className: 'claims-article-col' },
  { label: 'Editor', key: 'editor', className: 'claims-editor-col' },
  { label: 'Status', key: 'status', className: 'claims-status-col' },
  { label: 'Verdict', key: 'verdict', className: 'claims-verdict-col' },
  { label: 'Review', key: 'review', className: 'claims-review-col' },
  { label: 'Age', key: 'age', className: 'claims-age-col' },
]

/** Props of {@link ClaimsTable}. */
export interface ClaimsTableProps {
  index: ClaimsIndex
  shown: ClaimsShown
  sort: ClaimsView['sort']
  onSort: (key: ClaimSortKey) => void
  /** Enter on a row: open its tag in its article. */
  onOpen: (row: ClaimRow) => void
  /** The row (by tag id) to have the focus at first; the first row without it. */
  initialId: string | null
  /** Whether to move the focus to that row when the table first draws. */
  focusInitially: boolean
  onFocusRow: (row: ClaimRow) => void
  /** Time “now” for the age column. */
  now: number
  /** Takes the function that moves the focus to the first row (for ↓ in the search box). */
  bindFocusFirst?: (focusFirst: () => void) => void
}

interface RowProps {
  row: ClaimRow
  index: ClaimsIndex
  at: number
  position: number
  line: number
  tabStop: boolean
  now: number
}

const ClaimsRowView = memo(function ClaimsRowView({
  row,
  index,
  at,
  position,
  line,
  tabStop,
  now,
}: RowProps) {
  const article = index.articleOf[at]
  const kind = TAG_KIND_SPECS[row.kind]
  const verdict = verdictName(index.list, row.verdict)
  return (
    <tr
      className={`claims-row kind-${row.kind}`}
      data-position={position}
      data-id={row.id}
      aria-rowindex={line + 2}
      tabIndex={tabStop ? 0 : -1}
      style={{ height: CLAIMS_LINE_HEIGHT }}
    >
      <th scope="row" className="claims-text">
        <div className="claims-text-cell">
          <span className="claims-kind" title={kind.name}>
            <span aria-hidden="true">{kind.letter}</span>
            <span className="visually-hidden">{kind.name}: </span>
          </span>
          <span className="claims-text-body">{row.text}</span>
        </div>
      </th>
      <td className={row.claimant ? undefined : 'claims-missing'}>{row.claimant || '—'}</td>
      <td className="claims-article">
        <span className="claims-article-title">{article?.title}</span>
        <span className="claims-article-outlet">
          {article?.outlet || 'No outlet'}
          {article?.published ? ` · ${formatDate(article.published)}` : ''}
        </span>
      </td>
      <td>{row.editor.name}</td>
      <td>
        {row.status ? (
          <span className={`claims-status status-${row.status}`}>
            {claimStatusName(row.status)}
          </span>
        ) : (
          <span className="claims-missing">—</span>
        )}
      </td>
      <td className={verdict ? undefined : 'claims-missing'}>{verdict || '—'}</td>
      <td>
        <span className={`claims-review review-${row.review}`}>
          {REVIEW_STATE_NAMES[row.review]}
        </span>
      </td>
      <td className="claims-age">
        <time dateTime={row.modified} title={new Date(row.modified).toLocaleString('en-GB')}>
          {formatAge(row.modified, now)}
        </time>
      </td>
    </tr>
  )
})

/**
 * The claims as a table, windowed: only the lines in view are in the DOM (spacer rows keep the
 * scroll height), so 50,000 claims cost what forty do. Column headers are sort buttons with
 * `aria-sort`. The rows are one tab stop: ↑/↓, Page Up/Down, Home and End move between them
 * (over story headings), Enter opens the tag in its article.
 */
export function ClaimsTable({
  index,
  shown,
  sort,
  onSort,
  onOpen,
  initialId,
  focusInitially,
  onFocusRow,
  now,
  bindFocusFirst,
}: ClaimsTableProps) {
  const rows = index.list.rows
  const count = shown.rows.length
  const lineCount = shown.lines.length
  // The line of each shown row (rows and lines differ by the story headings).
  const lineOf = useMemo(() => {
    const lines = new Uint32Array(count)
    let position = 0
    shown.lines.forEach((line, at) => {
      if (line.type === 'row') lines[position++] = at
    })
    return lines
  }, [shown, count])
  const { scroller, height, scrollTop, focused, moveTo, handlers } = useRowNavigation({
    count,
    rowHeight: CLAIMS_LINE_HEIGHT,
    initialHeight: INITIAL_HEIGHT,
    rowAttribute: 'position',
    initialFocused: () => {
      if (initialId === null) return 0
      const at = shown.rows.findIndex((row) => rows[row]?.id === initialId)
      return Math.max(0, at)
    },
    lineOf: (position) => lineOf[position] ?? 0,
    onOpen: (position) => {
      const row = rows[shown.rows[position] ?? -1]
      if (row) onOpen(row)
    },
    onFocusRow: (position) => {
      const row = rows[shown.rows[position] ?? -1]
      if (row) onFocusRow(row)
    },
  })
  const [initialised, setInitialised] = useState(false)

  const window = listWindow({
    count: lineCount,
    rowHeight: CLAIMS_LINE_HEIGHT,
    scrollTop,
    height,
    overscan: OVERSCAN_LINES,
  })
  // The first row position at or after `line` (count when none).
  const positionFrom = (line: number): number => {
    let low = 0
    let high = count
    while (low < high) {
      const middle = (low + high) >> 1
      if ((lineOf[middle] as number) < line) low = middle + 1
      else high = middle
    }
    return low
  }
  // The tab stop stays among the drawn rows: one scrolled away gives way to the nearest drawn.
  const firstDrawn = positionFrom(window.first)
  const lastDrawn = positionFrom(window.last) - 1
  const tabStop =
    count === 0
      ? -1
      : lastDrawn < firstDrawn
        ? Math.min(focused, count - 1)
        : Math.min(Math.max(Math.min(focused, count - 1), firstDrawn), lastDrawn)

  bindFocusFirst?.(() => {
    if (count > 0) moveTo(Math.min(tabStop < 0 ? 0 : tabStop, count - 1))
  })

  // The first time there are rows: the remembered row (or the first) is scrolled to and focused.
  useLayoutEffect(() => {
    if (initialised || count === 0) return
    setInitialised(true)
    if (focusInitially) moveTo(Math.min(focused, count - 1))
  }, [count, initialised])

  const positionOfLine = (line: number): number => {
    const position = positionFrom(line)
    return lineOf[position] === line ? position : -1
  }

  const drawLine = (line: number, entry: ClaimsLine) => {
    if (entry.type === 'group') {
      return (
        <tr
          key={`group-${entry.storyId ?? 'none'}`}
          className="claims-group"
          aria-rowindex={line + 2}
          style={{ height: CLAIMS_LINE_HEIGHT }}
        >
          <th scope="colgroup" colSpan={COLUMNS.length}>
            {entry.name}
            <span className="claims-group-count">
              {entry.count} {entry.count === 1 ? 'claim' : 'claims'}
            </span>
          </th>
        </tr>
      )
    }
    const row = rows[entry.row]
    if (!row) return null
    const position = positionOfLine(line)
    return (
      <ClaimsRowView
        key={row.id}
        row={row}
        index={index}
        at={entry.row}
        position={position}
        line={line}
        tabStop={position === tabStop}
        now={now}
      />
    )
  }

  const drawn: number[] = []
  for (let line = window.first; line < window.last; line += 1) drawn.push(line)
  return (
    <div className="claims-scroller" ref={scroller} {...handlers}>
      <table className="claims-table" aria-rowcount={lineCount + 1} aria-label="Claims">
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.key} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const sorted = sort.key === column.key
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={sorted ? sort.direction : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    <SortArrow direction={sorted ? sort.direction : null} />
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          <SpacerRow rows={window.first} rowHeight={CLAIMS_LINE_HEIGHT} />
          {drawn.map((line) => {
            const entry = shown.lines[line]
            return entry ? drawLine(line, entry) : null
          })}
          <SpacerRow rows={lineCount - window.last} rowHeight={CLAIMS_LINE_HEIGHT} />
        </tbody>
      </table>
    </div>
  )
}
