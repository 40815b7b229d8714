import { useEffect } from 'react'
import type { SearchHit } from '../../../shared/library/search-text'
import type { ArticleMeta } from '../../../shared/model/article'
import type { LibrarySort, SortKey } from './library-rows'
import { LibraryRow, type LibraryRowActions } from './LibraryRow'
import { listWindow } from '../lists/list-window'
import { useRowNavigation } from '../lists/use-row-navigation'
import { SortArrow } from '../lists/SortArrow'
import { SpacerRow } from '../lists/SpacerRow'
import { focusIsFree } from '../../editor/focus-text'

/** A row's height in pixels, without and with a search snippet under the title. */
export const LIBRARY_ROW_HEIGHT = 52
export const LIBRARY_SNIPPET_ROW_HEIGHT = 88
/** Rows drawn beyond each edge of the visible part. */
const OVERSCAN_ROWS = 10
/** The visible height before it has been measured. */
const INITIAL_HEIGHT = 600

/** The table's columns: the sortable ones carry their sort key. */
const COLUMNS: readonly { label: string; key?: SortKey; className?: string }[] = [
  { label: 'Title', key: 'title', className: 'title-col' },
  { label: 'Outlet', key: 'outlet', className: 'outlet-col' },
  { label: 'Published', key: 'published', className: 'date-col' },
  { label: 'Sentences', className: 'numeric count-col' },
  { label: 'Your tags', key: 'tagCount', className: 'numeric count-col tags-col' },
  { label: 'Status', className: 'status-col' },
  { label: 'Actions', className: 'actions-col' },
]

/** Props of {@link LibraryTable}. */
export interface LibraryTableProps {
  rows: readonly ArticleMeta[]
  hits: ReadonlyMap<string, SearchHit>
  foldedQuery: string
  sort: LibrarySort
  onSort: (key: SortKey) => void
  /** The acting editor, whose own tags the Tags column counts (null before settings load). */
  editorId: string | null
  actions: LibraryRowActions
}

/**
 * The library's articles as a table, windowed: only the rows in view are in the DOM (spacer rows
 * keep the scroll height), so ten thousand articles cost what thirty do. The sortable column
 * headers are buttons with `aria-sort`. The rows are one tab stop: ↑/↓, Page Up/Down, Home and
 * End move between them, Enter opens the article, Delete deletes it.
 */
export function LibraryTable({
  rows,
  hits,
  foldedQuery,
  sort,
  onSort,
  editorId,
  actions,
}: LibraryTableProps) {
  const rowHeight = hits.size > 0 ? LIBRARY_SNIPPET_ROW_HEIGHT : LIBRARY_ROW_HEIGHT
  const count = rows.length
  const { scroller, height, focusRow, scrollTop, focused, handlers } = useRowNavigation({
    count,
    rowHeight,
    initialHeight: INITIAL_HEIGHT,
    rowAttribute: 'index',
    onOpen: (index) => {
      const article = rows[index]
      if (article) actions.onOpen(article.id)
    },
    onRowKey: (event, index) => {
      const article = rows[index]
      if (event.key !== 'Delete' || !article) return false
      event.preventDefault()
      // The row that takes its place keeps the focus.
      focusRow.current = Math.min(index, count - 2)
      actions.onDelete(article)
      return true
    },
  })

  const window = listWindow({ count, rowHeight, scrollTop, height, overscan: OVERSCAN_ROWS })
  // The tab stop stays among the drawn rows: one scrolled away gives way to the nearest drawn.
  const tabStop = count === 0 ? -1 : Math.min(Math.max(focused, window.first), window.last - 1)

  // The library opens ready for ↑/↓: its current row takes the focus unless something holds it.
  useEffect(() => {
    const element = scroller.current
    if (!element || !focusIsFree(element.ownerDocument)) return
    element.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus({ preventScroll: true })
  }, [scroller])

  const drawn: number[] = []
  for (let index = window.first; index < window.last; index += 1) drawn.push(index)

  return (
    <div className="library-scroller" ref={scroller} {...handlers}>
      <table className="library-table" aria-rowcount={count + 1}>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.label} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const sorted = column.key !== undefined && sort.key === column.key
              return (
                <th
                  key={column.label}
                  scope="col"
                  className={column.className}
                  aria-sort={sorted ? sort.direction : column.key ? 'none' : undefined}
                >
                  {column.key ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => column.key && onSort(column.key)}
                    >
                      {column.label}
                      <SortArrow direction={sorted ? sort.direction : null} />
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          <SpacerRow rows={window.first} rowHeight={rowHeight} />
          {count > 0 &&
            drawn.map((index) => {
              const article = rows[index]
              if (!article) return null
              return (
                <LibraryRow
                  key={article.id}
                  article={article}
                  index={index}
                  height={rowHeight}
                  hit={hits.get(article.id)}
                  foldedQuery={foldedQuery}
                  tabStop={index === tabStop}
                  editorId={editorId}
                  actions={actions}
                />
              )
            })}
          <SpacerRow rows={count - window.last} rowHeight={rowHeight} />
        </tbody>
      </table>
    </div>
  )
}
