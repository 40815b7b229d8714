// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { Annotation } from '../../../../shared/model/annotation'
import type { TagFields } from '../../../../renderer/editor/commands'
import { TagDetails } from '../../../../renderer/components/article/TagDetails'

afterEach(cleanup)

function annotation(kind: Annotation['kind'], extra: Partial<Annotation> = {}): Annotation {
  return {
    id: 'tag-1',
    articleId: '0123456789abcdef',
    author: { id: 'ana', name: 'Ana' },
    kind,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'The bridge will open in May.',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 0, end: 28 },
    },
    note: '',
    created: '2026-11-19T10:00:00.000Z',
    modified: '2026-11-19T10:00:00.000Z',
    ...extra,
  }
}

function renderDetails(tag: Annotation) {
  const updates: TagFields[] = []
  const returned: number[] = []
  render(
    <TagDetails
      tag={{ annotation: tag }}
      focusNote={null}
      onNoteFocused={() => undefined}
      onUpdate={(fields) => updates.push(fields)}
      onReturnToText={() => returned.push(1)}
    />,
  )
  return { updates, returned }
}

describe('TagDetails', () => {
  it('saves a changed note when the field is left, and nothing when it is unchanged', () => {
    const { updates } = renderDetails(annotation('claim', { note: 'old' }))
    const note = screen.getByLabelText('Note')
    fireEvent.blur(note)
    expect(updates).toEqual([])
    fireEvent.change(note, { target: { value: 'Check the council minutes' } })
    fireEvent.blur(note)
    expect(updates).toEqual([{ note: 'Check the council minutes' }])
  })

  it('asks for the speaker of a quote only', () => {
    renderDetails(annotation('quote', { speaker: 'The mayor' }))
    expect((screen.getByLabelText('Speaker') as HTMLInputElement).value).toBe('The mayor')
    cleanup()
    renderDetails(annotation('claim'))
    expect(screen.queryByLabelText('Speaker')).toBeNull()
  })

  it('refuses an evidence link that is not a web or mail link, and names it', () => {
    const { updates } = renderDetails(annotation('disputed'))
    const evidence = screen.getByLabelText('Evidence links')
    fireEvent.change(evidence, { target: { value: 'javascript:alert(1)' } })
    fireEvent.blur(evidence)
    expect(updates).toEqual([])
    expect(screen.getByText(/“javascript:alert\(1\)” is not a web/)).toBeTruthy()
    fireEvent.change(evidence, { target: { value: 'https://example.org/minutes' } })
    fireEvent.blur(evidence)
    expect(updates).toEqual([{ evidence: ['https://example.org/minutes'] }])
  })

  it('marks a tag from an unsigned package as unverified beside its author', () => {
    renderDetails(annotation('claim', { unverified: true }))
    expect(screen.getByRole('heading').textContent).toBe('Claim by Anaunverified')
    cleanup()
    renderDetails(annotation('claim'))
    expect(screen.queryByText('unverified')).toBeNull()
  })

  it('splits the evidence on new lines only, so a link with a space in it is refused whole', () => {
    const { updates } = renderDetails(annotation('disputed'))
    const evidence = screen.getByLabelText('Evidence links')
    fireEvent.change(evidence, { target: { value: 'https://a.example/x https://b.example/y' } })
    fireEvent.blur(evidence)
    expect(updates).toEqual([])
    expect(screen.getByRole('alert').textContent).toContain(
      'https://a.example/x https://b.example/y',
    )
    fireEvent.change(evidence, {
      target: { value: ' https://a.example/x \nhttps://b.example/y\n' },
    })
    fireEvent.blur(evidence)
    expect(updates).toEqual([{ evidence: ['https://a.example/x', 'https://b.example/y'] }])
  })

  it('tells a disputed tag’s note from its reason', () => {
    renderDetails(annotation('disputed'))
    const note = screen.getByLabelText('Note')
    const reason = screen.getByLabelText('Reason')
    const hint = (field: HTMLElement) =>
      document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent
    expect(hint(note)).toMatch(/your own remark/)
    expect(hint(reason)).toMatch(/what makes this sentence disputed/)
  })

  it('goes back to the text on Escape, Ctrl+Enter and Tab out of the last field, saving once', () => {
    const { updates, returned } = renderDetails(annotation('quote'))
    const note = screen.getByLabelText('Note')
    const speaker = screen.getByLabelText('Speaker')
    fireEvent.change(note, { target: { value: 'On the record' } })
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true })
    // The focus leaves the field: the same note is not sent a second time.
    fireEvent.blur(note)
    expect(updates).toEqual([{ note: 'On the record' }])
    expect(returned).toHaveLength(1)
    fireEvent.keyDown(note, { key: 'Tab' })
    expect(returned).toHaveLength(1)
    fireEvent.change(speaker, { target: { value: 'The mayor' } })
    fireEvent.keyDown(speaker, { key: 'Tab', shiftKey: true })
    expect(returned).toHaveLength(1)
    fireEvent.keyDown(speaker, { key: 'Tab' })
    expect(returned).toHaveLength(2)
    expect(updates.at(-1)).toEqual({ speaker: 'The mayor' })
    fireEvent.keyDown(speaker, { key: 'Escape' })
    expect(returned).toHaveLength(3)
  })
})
