/** Props of {@link SpacerRow}. */
export interface SpacerRowProps {
  /** How many rows it stands for (nothing is drawn for none). */
  rows: number
  /** The height of one row, in pixels. */
  rowHeight: number
}

/**
 * A windowed table's stand-in for the rows not drawn above or below the window, as tall as they
 * would be, so that the scroll bar is true. Hidden from assistive technology.
 */
export function SpacerRow({ rows, rowHeight }: SpacerRowProps) {
  if (rows <= 0) return null
  return <tr aria-hidden="true" className="spacer-row" style={{ height: rows * rowHeight }} />
}
