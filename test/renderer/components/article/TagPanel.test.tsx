// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { Annotation } from '../../../../shared/model/annotation'
import { TagPanel, type TagPanelProps } from '../../../../renderer/components/article/TagPanel'
import { PlacedList } from '../../../../renderer/editor/placed-list'
import type { PlacedTag } from '../../../../renderer/editor/tag-record'

afterEach(cleanup)

function placed(id: string, kind: Annotation['kind'], from: number): PlacedTag {
  const exact = `Sentence ${id} here.`
  const annotation: Annotation = {
    id,
    articleId: '0123456789abcdef',
    author: { id: 'ana', name: 'Ana' },
    kind,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: from, end: from + exact.length },
    },
    note: '',
    created: '2026-12-07T10:00:00.000Z',
    modified: '2026-12-07T10:00:00.000Z',
  }
  return { record: { annotation }, from, to: from + exact.length }
}

function props(list: PlacedList): TagPanelProps {
  return {
    placed: list,
    unplaced: [],
    active: null,
    hasCursor: true,
    noteRequest: null,
    onNoteFocused: () => undefined,
    onJump: () => undefined,
    onUpdate: () => undefined,
    onReattach: () => undefined,
    onDelete: () => undefined,
    onReturnToText: () => undefined,
  }
}

const rows = () => Array.from(document.querySelectorAll('.tag-list-windowed > li'))

describe('TagPanel', () => {
  it('lists the chunked list in order with its counts, and follows a patch of it', () => {
    const tags = [placed('tag-0001', 'claim', 10), placed('tag-0002', 'quote', 40)]
    const list = PlacedList.of(tags)
    const { rerender } = render(<TagPanel {...props(list)} />)
    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringContaining('tag-0001'),
      expect.stringContaining('tag-0002'),
    ])
    expect(rows().map((row) => row.getAttribute('aria-setsize'))).toEqual(['2', '2'])
    expect(document.querySelector('[data-kind-count="claim"]')?.textContent).toBe('1')

    const added = placed('tag-0003', 'claim', 25)
    const firstRow = rows()[0]
    rerender(<TagPanel {...props(list.patched([], [added]) ?? list)} />)
    expect(
      rows().map((row) => row.querySelector('[data-tag-id]')?.getAttribute('data-tag-id')),
    ).toEqual(['tag-0001', 'tag-0003', 'tag-0002'])
    // Every row, drawn again or not, tells the new length.
    expect(rows().map((row) => row.getAttribute('aria-setsize'))).toEqual(['3', '3', '3'])
    expect(rows().map((row) => row.getAttribute('aria-posinset'))).toEqual(['1', '2', '3'])
    expect(rows()[0]).toBe(firstRow)
    expect(document.querySelector('[data-kind-count="claim"]')?.textContent).toBe('2')
  })

  it('moves the rows below a tag added above them to their new places, and jumps from there', () => {
    const tags = [placed('tag-0001', 'claim', 10), placed('tag-0002', 'quote', 40)]
    const list = PlacedList.of(tags)
    const jumped: string[] = []
    const onJump = (tag: PlacedTag) => jumped.push(tag.record.annotation.id)
    const { rerender } = render(<TagPanel {...props(list)} onJump={onJump} />)
    const place = () =>
      rows().map((row) => [
        row.querySelector('[data-tag-id]')?.getAttribute('data-tag-id'),
        (row as HTMLElement).style.top,
        row.querySelector('[data-index]')?.getAttribute('data-index'),
      ])
    expect(place()).toEqual([
      ['tag-0001', '0px', '0'],
      ['tag-0002', '50px', '1'],
    ])

    const added = placed('tag-0000', 'context', 2)
    rerender(<TagPanel {...props(list.patched([], [added]) ?? list)} onJump={onJump} />)
    expect(place()).toEqual([
      ['tag-0000', '0px', '0'],
      ['tag-0001', '50px', '1'],
      ['tag-0002', '100px', '2'],
    ])
    expect(rows().map((row) => row.getAttribute('aria-posinset'))).toEqual(['1', '2', '3'])
    fireEvent.click(rows()[2]?.querySelector('button') ?? document.body)
    expect(jumped).toEqual(['tag-0002'])
    // The list's one tab stop follows the row jumped from.
    expect(rows()[2]?.querySelector('button')?.tabIndex).toBe(0)
  })

  it('hides the kinds switched off, counting only the rows shown', () => {
    const list = PlacedList.of([
      placed('tag-0001', 'claim', 10),
      placed('tag-0002', 'quote', 40),
      placed('tag-0003', 'claim', 70),
    ])
    render(<TagPanel {...props(list)} />)
    fireEvent.click(screen.getByRole('button', { name: /^Claim/, pressed: true }))
    expect(
      rows().map((row) => row.querySelector('[data-tag-id]')?.getAttribute('data-tag-id')),
    ).toEqual(['tag-0002'])
    expect(rows().map((row) => row.getAttribute('aria-setsize'))).toEqual(['1'])
  })
})
