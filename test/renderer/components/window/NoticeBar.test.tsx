// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { NoticeEntry } from '../../../../renderer/app/store/modules/notices'
import { NoticeBar } from '../../../../renderer/components/window/NoticeBar'

afterEach(cleanup)

describe('NoticeBar', () => {
  it('shows nothing without notices', () => {
    const { container } = render(<NoticeBar notices={[]} onDismiss={() => undefined} />)
    expect(container.textContent).toBe('')
  })

  it('shows each notice and dismisses the one whose button is pressed', () => {
    const notices: NoticeEntry[] = [
      { id: 4, view: 'library', level: 'info', message: 'Imported 3 articles.' },
      { id: 7, view: 'library', level: 'error', message: 'Could not read a.pdf.' },
    ]
    const dismissed: number[] = []
    render(<NoticeBar notices={notices} onDismiss={(index) => dismissed.push(index)} />)
    expect(screen.getByText('Imported 3 articles.')).toBeTruthy()
    expect(screen.getByText('Could not read a.pdf.')).toBeTruthy()
    const buttons = screen.getAllByRole('button')
    expect(buttons).toHaveLength(2)
    fireEvent.click(buttons[1] as HTMLElement)
    expect(dismissed).toEqual([7])
  })

  it('keeps an error’s system code in a closed Details fold under the words', () => {
    const notices: NoticeEntry[] = [
      {
        id: 1,
        view: 'library',
        level: 'error',
        message: 'Factmark could not open the file “a.txt”: it is not there.',
        details: 'ENOENT: no such file or directory, open /tmp/a.txt',
      },
      { id: 2, view: 'library', level: 'info', message: 'Imported 1 article.' },
    ]
    const { container } = render(<NoticeBar notices={notices} onDismiss={() => undefined} />)
    const folds = container.querySelectorAll('details')
    expect(folds).toHaveLength(1)
    expect(folds[0]!.open).toBe(false)
    expect(folds[0]!.querySelector('summary')?.textContent).toBe('Details')
    expect(folds[0]!.textContent).toContain('ENOENT')
    expect(screen.getByRole('alert').textContent).toMatch(/^Error.*it is not there\./)
  })
})
