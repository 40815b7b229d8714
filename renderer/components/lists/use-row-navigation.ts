import { useState, type FocusEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { rowAfterKey, scrollToRow } from './list-window'
import { useListScroller, type ListScroller } from './use-list-scroller'

/** What a windowed table tells {@link useRowNavigation}. */
export interface RowNavigationOptions {
  /** How many rows there are (positions 0 to count − 1). */
  count: number
  /** The height of a line of the table, in pixels. */
  rowHeight: number
  /** The visible height before it has been measured. */
  initialHeight: number
  /**
   * The `data-*` attribute (without `data-`) that holds a row's position on its `tr`, e.g.
   * `index` for `<tr data-index="3">`.
   */
  rowAttribute: string
  /** The row focused at first (0 when not given). */
  initialFocused?: () => number
  /** The line a row position stands on, where other lines (headings) come between rows. */
  lineOf?: (position: number) => number
  /** Enter on a row. */
  onOpen: (position: number) => void
  /**
   * Any other key on a row or inside it (a button in a cell), before the moves: true when it was
   * handled (the moves are then skipped).
   */
  onRowKey?: (event: ReactKeyboardEvent<HTMLDivElement>, position: number) => boolean
  /** A row took the focus. */
  onFocusRow?: (position: number) => void
}

/** What {@link useRowNavigation} gives the table. */
export interface RowNavigation extends ListScroller {
  /** The scroll box's scroll position, kept as it scrolls. */
  scrollTop: number
  /** The position of the row that has (or last had) the focus. */
  focused: number
  /** Focuses the row at `position`, scrolling it into view below the header row. */
  moveTo: (position: number) => void
  /** The scroll box's handlers: attach them to the element that holds `scroller`. */
  handlers: {
    onScroll: (event: { currentTarget: HTMLElement }) => void
    onKeyDown: (event: ReactKeyboardEvent<HTMLDivElement>) => void
    onFocus: (event: FocusEvent<HTMLDivElement>) => void
  }
}

/**
 * Keyboard row navigation for a windowed table whose rows are one tab stop: ↑/↓, Page Up/Down,
 * Home and End move the focus between rows (`rowAfterKey`), scrolling the row into view under the
 * sticky header; Enter opens the row. Rows are found by their `data-<rowAttribute>`; a move to a
 * row not drawn yet focuses it once it is (`useListScroller`'s `focusRow`).
 */
export function useRowNavigation(options: RowNavigationOptions): RowNavigation {
  const { count, rowHeight, rowAttribute } = options
  const selector = `tr[data-${rowAttribute}]`
  const list = useListScroller(
    options.initialHeight,
    (position) => `tr[data-${rowAttribute}="${position}"]`,
  )
  const { scroller, focusRow } = list
  const [scrollTop, setScrollTop] = useState(0)
  const [focused, setFocused] = useState(() => options.initialFocused?.() ?? 0)

  const positionOf = (target: EventTarget): { row: HTMLElement; position: number } | null => {
    const row = (target as HTMLElement).closest<HTMLElement>(selector)
    if (!row) return null
    const position = Number(row.getAttribute(`data-${rowAttribute}`))
    return Number.isInteger(position) && position >= 0 ? { row, position } : null
  }

  const moveTo = (next: number) => {
    setFocused(next)
    focusRow.current = next
    const element = scroller.current
    if (!element) return
    // The header row stays on top: keep the row below it.
    const header = element.querySelector('thead')?.clientHeight ?? 0
    const line = options.lineOf?.(next) ?? next
    const top = scrollToRow(line, rowHeight, element.scrollTop, element.clientHeight - header)
    if (top !== element.scrollTop) {
      element.scrollTop = top
      setScrollTop(top)
    } else {
      // Drawn already: focus it now (no re-render may follow).
      element.querySelector<HTMLElement>(`tr[data-${rowAttribute}="${next}"]`)?.focus()
    }
  }

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const found = positionOf(event.target)
    if (!found || event.altKey || event.ctrlKey || event.metaKey) return
    if (found.position >= count) return
    if (options.onRowKey?.(event, found.position)) return
    if (event.target !== found.row) return
    if (event.key === 'Enter') {
      event.preventDefault()
      options.onOpen(found.position)
      return
    }
    const element = scroller.current
    const pageRows = element ? Math.floor(element.clientHeight / rowHeight) - 1 : 1
    const next = rowAfterKey(event.key, found.position, count, pageRows)
    if (next === null) return
    event.preventDefault()
    moveTo(next)
  }

  return {
    ...list,
    scrollTop,
    focused,
    moveTo,
    handlers: {
      onScroll: (event) => setScrollTop(event.currentTarget.scrollTop),
      onKeyDown,
      onFocus: (event) => {
        const found = positionOf(event.target)
        if (!found) return
        setFocused(found.position)
        options.onFocusRow?.(found.position)
      },
    },
  }
}
