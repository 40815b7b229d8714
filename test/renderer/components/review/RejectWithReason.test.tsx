// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { RejectWithReason } from '../../../../renderer/components/review/RejectWithReason'

afterEach(cleanup)

function renderForm(focusRequest?: number) {
  const log: string[] = []
  const props = {
    label: 'Why do you reject it? (required)',
    emptyMessage: 'Say why you reject this tag.',
    confirmLabel: 'Reject',
    onReject: (reason: string) => log.push(`reject:${reason}`),
    onClose: () => log.push('close'),
    onReturnToText: () => log.push('text'),
    ...(focusRequest === undefined ? {} : { focusRequest }),
  }
  const view = render(<RejectWithReason {...props} />)
  const box = screen.getByRole('textbox', { name: props.label })
  return {
    log,
    box,
    rerender: (next: number) => view.rerender(<RejectWithReason {...props} focusRequest={next} />),
  }
}

describe('RejectWithReason', () => {
  it('takes the focus when it opens', () => {
    const { box } = renderForm()
    expect(document.activeElement).toBe(box)
  })

  it('refuses an empty reason, says why and keeps the focus in the box', () => {
    const { log, box } = renderForm()
    fireEvent.change(box, { target: { value: '   ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))
    expect(screen.getByRole('alert').textContent).toBe('Say why you reject this tag.')
    expect(document.activeElement).toBe(box)
    expect(log).toEqual([])
    fireEvent.change(box, { target: { value: 'Not a claim.' } })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('rejects with the reason on Ctrl+Enter, then closes and returns to the text', () => {
    const { log, box } = renderForm()
    fireEvent.change(box, { target: { value: 'Not a claim.' } })
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true })
    expect(log).toEqual(['reject:Not a claim.', 'close', 'text'])
  })

  it('rejects by its button the same way', () => {
    const { log, box } = renderForm()
    fireEvent.change(box, { target: { value: 'Opinion.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))
    expect(log).toEqual(['reject:Opinion.', 'close', 'text'])
  })

  it('closes on Esc returning to the text, and on Cancel staying put', () => {
    const { log, box } = renderForm()
    fireEvent.keyDown(box, { key: 'Escape' })
    expect(log).toEqual(['close', 'text'])
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(log).toEqual(['close', 'text', 'close'])
  })

  it('takes the focus back on a new focus request', () => {
    const { box, rerender } = renderForm(1)
    screen.getByRole('button', { name: 'Cancel' }).focus()
    expect(document.activeElement).not.toBe(box)
    rerender(2)
    expect(document.activeElement).toBe(box)
  })
})
