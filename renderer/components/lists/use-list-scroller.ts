import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** What {@link useListScroller} gives a windowed list. */
export interface ListScroller {
  /** The scroll box (attach it as the element's `ref`). */
  scroller: RefObject<HTMLDivElement | null>
  /** The scroll box's visible height, kept up to date as it is resized. */
  height: number
  /**
   * The index of a row to focus once it is drawn (set it, then scroll or re-render): windowed
   * rows exist only while they are near the visible part of the list.
   */
  focusRow: RefObject<number | null>
}

/**
 * The scroll box of a windowed list (see `list-window.ts`): its element, its measured height,
 * and a row to focus after the next render. `rowSelector` finds the row of an index in the box.
 */
export function useListScroller(
  initialHeight: number,
  rowSelector: (index: number) => string,
): ListScroller {
  const scroller = useRef<HTMLDivElement | null>(null)
  const [height, setHeight] = useState(initialHeight)
  const focusRow = useRef<number | null>(null)

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    setHeight(element.clientHeight || initialHeight)
    const observer = new ResizeObserver(() => setHeight(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [initialHeight])

  // Moves the focus to a row once it is drawn.
  useEffect(() => {
    const index = focusRow.current
    if (index === null) return
    focusRow.current = null
    scroller.current?.querySelector<HTMLElement>(rowSelector(index))?.focus()
  })

  return { scroller, height, focusRow }
}
