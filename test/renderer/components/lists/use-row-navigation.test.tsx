// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useRowNavigation } from '../../../../renderer/components/lists/use-row-navigation'

afterEach(cleanup)

const NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']

function Table(props: { log: string[]; initial?: number }) {
  const { scroller, focused, handlers } = useRowNavigation({
    count: NAMES.length,
    rowHeight: 20,
    initialHeight: 100,
    rowAttribute: 'index',
    ...(props.initial === undefined ? {} : { initialFocused: () => props.initial ?? 0 }),
    onOpen: (index) => props.log.push(`open:${NAMES[index]}`),
    onRowKey: (event, index) => {
      if (event.key !== 'Delete') return false
      props.log.push(`delete:${NAMES[index]}`)
      return true
    },
    onFocusRow: (index) => props.log.push(`focus:${NAMES[index]}`),
  })
  return (
    <div ref={scroller} {...handlers}>
      <table>
        <tbody>
          {NAMES.map((name, index) => (
            <tr key={name} data-index={index} tabIndex={index === focused ? 0 : -1}>
              <td>{name}</td>
              <td>
                <button type="button">Delete {name}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function row(name: string): HTMLElement {
  const cell = screen.getByText(name)
  return cell.closest('tr') as HTMLElement
}

describe('useRowNavigation', () => {
  it('makes the first row the tab stop, or the one asked for', () => {
    render(<Table log={[]} />)
    expect(row('alpha').tabIndex).toBe(0)
    cleanup()
    render(<Table log={[]} initial={2} />)
    expect(row('gamma').tabIndex).toBe(0)
    expect(row('alpha').tabIndex).toBe(-1)
  })

  it('moves the focus with ↓, ↑, End and Home, and tells which row took it', () => {
    const log: string[] = []
    render(<Table log={log} />)
    fireEvent.keyDown(row('alpha'), { key: 'ArrowDown' })
    expect(document.activeElement).toBe(row('beta'))
    expect(row('beta').tabIndex).toBe(0)
    fireEvent.keyDown(row('beta'), { key: 'End' })
    expect(document.activeElement).toBe(row('epsilon'))
    fireEvent.keyDown(row('epsilon'), { key: 'ArrowUp' })
    expect(document.activeElement).toBe(row('delta'))
    fireEvent.keyDown(row('delta'), { key: 'Home' })
    expect(document.activeElement).toBe(row('alpha'))
    expect(log.filter((entry) => entry.startsWith('focus:'))).toEqual([
      'focus:beta',
      'focus:epsilon',
      'focus:delta',
      'focus:alpha',
    ])
  })

  it('opens the row on Enter, and leaves keys with a modifier alone', () => {
    const log: string[] = []
    render(<Table log={log} />)
    fireEvent.keyDown(row('gamma'), { key: 'Enter' })
    fireEvent.keyDown(row('gamma'), { key: 'ArrowDown', ctrlKey: true })
    expect(log).toEqual(['open:gamma'])
  })

  it('gives the table its own keys first, from the row or a button in it', () => {
    const log: string[] = []
    render(<Table log={log} />)
    const button = screen.getByRole('button', { name: 'Delete beta' })
    fireEvent.keyDown(button, { key: 'Delete' })
    // Enter on a button is the button's: it does not open the row.
    fireEvent.keyDown(button, { key: 'Enter' })
    fireEvent.keyDown(row('delta'), { key: 'Delete' })
    expect(log).toEqual(['delete:beta', 'delete:delta'])
  })
})
