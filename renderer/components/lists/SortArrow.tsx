/** Props of {@link SortArrow}. */
export interface SortArrowProps {
  /** The column's sort direction, or null when the table is sorted by another column. */
  direction: 'ascending' | 'descending' | null
}

/** The arrow beside a sortable column's name: ▲ or ▼ when sorted by it, ↕ when not. */
export function SortArrow({ direction }: SortArrowProps) {
  return (
    <span className="sort-arrow" aria-hidden="true">
      {direction === null ? '↕' : direction === 'ascending' ? '▲' : '▼'}
    </span>
  )
}
