/** The rows of a long list to draw: from `first` up to, not including, `last`. */
export interface ListWindow {
  first: number
  last: number
}

/** What {@link listWindow} needs to know about the list and where it is scrolled. */
export interface ListViewport {
  /** How many rows the list has. */
  count: number
  /** The height of every row, in pixels. */
  rowHeight: number
  /** How far the list is scrolled, in pixels. */
  scrollTop: number
  /** The height of the visible part of the list, in pixels. */
  height: number
  /** How many rows to draw beyond each edge, so that scrolling shows no gap. */
  overscan: number
}

/**
 * The rows of a fixed-row-height list that are on screen, plus `overscan` on either side: a list
 * of ten thousand rows draws a few dozen.
 */
export function listWindow(viewport: ListViewport): ListWindow {
  const { count, rowHeight, scrollTop, height, overscan } = viewport
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 }
  const top = Math.max(0, scrollTop)
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight) - overscan))
  const last = Math.min(count, Math.ceil((top + Math.max(0, height)) / rowHeight) + overscan)
  return { first, last: Math.max(first + 1, last) }
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible from
 * `scrollTop` (unchanged when the row is already in view).
 */
export function scrollToRow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
): number {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top < scrollTop) return top
  if (bottom > scrollTop + height) return Math.max(0, bottom - height)
  return scrollTop
}

/**
 * The row a key moves the focus to in a list of `count` rows (↑/↓ by one, Page Up/Down by
 * `pageRows`, Home/End to the ends), or null for a key that does not move it.
 */
export function rowAfterKey(
  key: string,
  index: number,
  count: number,
  pageRows: number,
): number | null {
  if (count <= 0) return null
  const page = Math.max(1, pageRows)
  const target =
    key === 'ArrowDown'
      ? index + 1
      : key === 'ArrowUp'
        ? index - 1
        : key === 'PageDown'
          ? index + page
          : key === 'PageUp'
            ? index - page
            : key === 'Home'
              ? 0
              : key === 'End'
                ? count - 1
                : null
  return target === null ? null : Math.min(count - 1, Math.max(0, target))
}

/**
 * The rows to draw: the window, and the list's tab stop wherever it is, so that Tab can always
 * reach the list and a focused row scrolled away keeps its focus.
 */
export function rowsToDraw(window: ListWindow, tabStop: number | null): number[] {
  const rows: number[] = []
  if (tabStop !== null && tabStop < window.first) rows.push(tabStop)
  for (let index = window.first; index < window.last; index += 1) rows.push(index)
  if (tabStop !== null && tabStop >= window.last) rows.push(tabStop)
  return rows
}
