// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { ImportProgressPanel } from '../../../../renderer/components/import/ImportProgressPanel'
import type { ImportProgress } from '../../../../shared/import/import-report'

afterEach(cleanup)

/** The panel under a button that stands for where the editor was, shown while `shown`. */
function Harness({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  const [shown, setShown] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setShown((now) => !now)}>
        Import
      </button>
      {shown && <ImportProgressPanel progress={progress} onCancel={onCancel} />}
    </>
  )
}

describe('ImportProgressPanel', () => {
  it('names the file and how far the whole import has come, within a file too', () => {
    const { rerender } = render(
      <ImportProgressPanel
        progress={{ done: 1, total: 4, file: 'harbour.html', part: 0.5 }}
        onCancel={() => {}}
      />,
    )
    expect(screen.getByRole('status').textContent).toBe('Importing “harbour.html” (file 2 of 4)…')
    const bar = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(bar.getAttribute('value')).toBe('37')
    expect(bar.getAttribute('aria-valuetext')).toBe('37%')
    rerender(
      <ImportProgressPanel
        progress={{ done: 0, total: 1, file: 'report.txt', part: 0.9 }}
        onCancel={() => {}}
      />,
    )
    expect(screen.getByRole('status').textContent).toBe('Importing “report.txt”…')
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('90')
  })

  it('takes the focus, cancels once on Escape, and gives the focus back when it goes', () => {
    let cancels = 0
    render(
      <Harness
        progress={{ done: 0, total: 1, file: 'big.txt', part: 0.2 }}
        onCancel={() => (cancels += 1)}
      />,
    )
    const opener = screen.getByRole('button', { name: 'Import' })
    opener.focus()
    fireEvent.click(opener)
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    expect(document.activeElement).toBe(cancel)
    fireEvent.keyDown(cancel, { key: 'Escape' })
    expect(cancels).toBe(1)
    expect(screen.getByRole('status').textContent).toMatch(/^Cancelling the import/)
    expect((cancel as HTMLButtonElement).disabled).toBe(true)
    fireEvent.keyDown(screen.getByRole('region', { name: 'Import' }), { key: 'Escape' })
    fireEvent.click(cancel)
    expect(cancels).toBe(1)
    fireEvent.click(opener)
    expect(screen.queryByRole('region', { name: 'Import' })).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('cancels on its button, and ignores keys other than Escape', () => {
    let cancels = 0
    render(
      <ImportProgressPanel
        progress={{ done: 2, total: 3, file: 'c.pdf' }}
        onCancel={() => (cancels += 1)}
      />,
    )
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    fireEvent.keyDown(cancel, { key: 'q' })
    expect(cancels).toBe(0)
    fireEvent.click(cancel)
    expect(cancels).toBe(1)
  })
})
