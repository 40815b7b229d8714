// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, screen, within } from '@testing-library/react'
import type { ArticleMeta } from '../../../../shared/model/article'
import {
  LibraryRow,
  type LibraryRowActions,
} from '../../../../renderer/components/library/LibraryRow'
import { renderWithServices } from '../fake-services'

afterEach(cleanup)

const ana = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const sam = { id: 'sam-reviewer', name: 'Sam Reviewer' }
const ben = { id: 'ben-okafor', name: 'Ben Okafor' }

function meta(extra: Partial<ArticleMeta>): ArticleMeta {
  return {
    id: 'a'.repeat(16),
    title: 'Mayor promises new bridge',
    outlet: 'The Daily',
    url: '',
    published: '2026-11-01',
    language: 'en',
    sourceName: 'a.txt',
    textHash: 'a'.repeat(64),
    sentenceCount: 12,
    tagCount: 0,
    createdAt: '2026-11-17T10:00:00.000Z',
    updatedAt: '2026-11-17T10:00:00.000Z',
    ...extra,
  }
}

const actions: LibraryRowActions = {
  onOpen: () => undefined,
  onEdit: () => undefined,
  onDelete: () => undefined,
  onError: () => undefined,
}

function renderRow(article: ArticleMeta, editorId: string | null = ana.id) {
  renderWithServices(
    <table>
      <tbody>
        <LibraryRow
          article={article}
          index={0}
          height={52}
          hit={undefined}
          foldedQuery=""
          tabStop
          editorId={editorId}
          actions={actions}
        />
      </tbody>
    </table>,
    {},
  )
  const row = screen.getByRole('row')
  const cell = row.querySelector<HTMLElement>('td.tag-count')
  const status = row.querySelector<HTMLElement>('td.status-cell')
  if (!cell || !status) throw new Error('the row lacks its tag or status cell')
  return { row, cell, status }
}

describe('LibraryRow’s Tags and Status columns', () => {
  it('count only the acting editor’s tags, the sample review apart and named', () => {
    const { cell, status } = renderRow(
      meta({ tagCount: 11, tagsByEditor: [{ ...sam, count: 11 }] }),
    )
    expect(cell.querySelector('.own-count')?.textContent).toBe('0')
    expect(cell.querySelector('.others-count')?.textContent).toBe('+11 by Sam')
    expect(cell.title).toBe('0 tags yours, 11 tags by Sam Reviewer (sample review)')
    expect(within(cell).getByText(cell.title).className).toBe('visually-hidden')
    expect(status.querySelector('.status-badge')?.textContent).toBe('Untagged')
    expect(status.querySelector('.sample-review')?.textContent).toBe('Sample review by Sam')
  })

  it('shows the editor’s own tags as progress, and several others as a count of editors', () => {
    const { cell, status } = renderRow(
      meta({
        tagCount: 9,
        tagsByEditor: [
          { ...ben, count: 4 },
          { ...ana, count: 3 },
          { ...sam, count: 2 },
        ],
      }),
    )
    expect(cell.querySelector('.own-count')?.textContent).toBe('3')
    expect(cell.querySelector('.others-count')?.textContent).toBe('+6 by 2 others')
    expect(cell.title).toBe(
      '3 tags yours, 4 tags by Ben Okafor, 2 tags by Sam Reviewer (sample review)',
    )
    expect(status.querySelector('.status-badge')?.textContent).toBe('In progress')
  })

  it('shows no second figure when only the editor tagged, and no sample label for other editors', () => {
    const { cell, status } = renderRow(meta({ tagCount: 1, tagsByEditor: [{ ...ana, count: 1 }] }))
    expect(cell.querySelector('.own-count')?.textContent).toBe('1')
    expect(cell.querySelector('.others-count')).toBeNull()
    expect(status.querySelector('.sample-review')).toBeNull()
  })

  it('counts every tag as the editor’s while the metadata has no per-editor counts', () => {
    const { cell, status } = renderRow(meta({ tagCount: 5 }))
    expect(cell.querySelector('.own-count')?.textContent).toBe('5')
    expect(cell.querySelector('.others-count')).toBeNull()
    expect(status.querySelector('.status-badge')?.textContent).toBe('In progress')
  })
})
