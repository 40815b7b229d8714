import { describe, expect, it } from 'vitest'
import {
  listWindow,
  rowAfterKey,
  rowsToDraw,
  scrollToRow,
} from '../../../../renderer/components/lists/list-window'

const ROW = 50

describe('list window', () => {
  it('draws the rows in view plus the overscan, whatever the length of the list', () => {
    const view = { rowHeight: ROW, height: 500, overscan: 5 }
    expect(listWindow({ ...view, count: 10_000, scrollTop: 0 })).toEqual({ first: 0, last: 15 })
    expect(listWindow({ ...view, count: 10_000, scrollTop: 100_000 })).toEqual({
      first: 1995,
      last: 2015,
    })
    // A scroll position between rows draws the partly visible rows too.
    expect(listWindow({ ...view, count: 10_000, scrollTop: 125, overscan: 0 })).toEqual({
      first: 2,
      last: 13,
    })
    // At the end, and past it (an overscrolled list), never beyond the last row.
    expect(listWindow({ ...view, count: 10_000, scrollTop: 499_500 })).toEqual({
      first: 9985,
      last: 10_000,
    })
    expect(listWindow({ ...view, count: 30, scrollTop: 99_999 })).toEqual({ first: 29, last: 30 })
    expect(listWindow({ ...view, count: 3, scrollTop: 0 })).toEqual({ first: 0, last: 3 })
    expect(listWindow({ ...view, count: 0, scrollTop: 0 })).toEqual({ first: 0, last: 0 })
    expect(listWindow({ ...view, count: 10, scrollTop: -40 })).toEqual({ first: 0, last: 10 })
  })

  it('scrolls as little as it takes to show a row whole', () => {
    expect(scrollToRow(3, ROW, 0, 500)).toBe(0)
    expect(scrollToRow(10, ROW, 0, 500)).toBe(50)
    expect(scrollToRow(2, ROW, 400, 500)).toBe(100)
    expect(scrollToRow(9999, ROW, 0, 500)).toBe(499_500)
    expect(scrollToRow(0, ROW, 30, 20)).toBe(0)
  })

  it('moves between rows with the arrow keys, Page Up/Down, Home and End, within the list', () => {
    expect(rowAfterKey('ArrowDown', 4, 100, 9)).toBe(5)
    expect(rowAfterKey('ArrowUp', 4, 100, 9)).toBe(3)
    expect(rowAfterKey('ArrowUp', 0, 100, 9)).toBe(0)
    expect(rowAfterKey('ArrowDown', 99, 100, 9)).toBe(99)
    expect(rowAfterKey('PageDown', 4, 100, 9)).toBe(13)
    expect(rowAfterKey('PageDown', 95, 100, 9)).toBe(99)
    expect(rowAfterKey('PageUp', 4, 100, 9)).toBe(0)
    expect(rowAfterKey('PageDown', 4, 100, 0)).toBe(5)
    expect(rowAfterKey('Home', 40, 100, 9)).toBe(0)
    expect(rowAfterKey('End', 40, 100, 9)).toBe(99)
    expect(rowAfterKey('Enter', 40, 100, 9)).toBeNull()
    expect(rowAfterKey('a', 40, 100, 9)).toBeNull()
    expect(rowAfterKey('ArrowDown', 0, 0, 9)).toBeNull()
  })

  it('always draws the tab stop, so that Tab reaches the list and focus survives scrolling', () => {
    const window = { first: 100, last: 105 }
    expect(rowsToDraw(window, 102)).toEqual([100, 101, 102, 103, 104])
    expect(rowsToDraw(window, 3)).toEqual([3, 100, 101, 102, 103, 104])
    expect(rowsToDraw(window, 500)).toEqual([100, 101, 102, 103, 104, 500])
    expect(rowsToDraw(window, null)).toEqual([100, 101, 102, 103, 104])
  })
})
