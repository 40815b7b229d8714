// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { ArticleMeta } from '../../../../shared/model/article'
import { LibraryView } from '../../../../renderer/components/library/LibraryView'
import { renderWithServices } from '../fake-services'

afterEach(cleanup)

function meta(id: string, title: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    title,
    outlet: 'The Daily',
    url: '',
    published: '2026-11-01',
    language: 'en',
    sourceName: `${id}.txt`,
    textHash: 'a'.repeat(64),
    sentenceCount: 12,
    tagCount: 0,
    createdAt: '2026-11-17T10:00:00.000Z',
    updatedAt: '2026-11-17T10:00:00.000Z',
    ...extra,
  }
}

const FIRST = meta('a'.repeat(16), 'Mayor promises new bridge')
const SECOND = meta('b'.repeat(16), 'Flood defences delayed again', { tagCount: 3 })

function renderLibrary(answers = {}) {
  const opened: string[] = []
  const imported: number[] = []
  const rendered = renderWithServices(
    <LibraryView
      articles={[FIRST, SECOND]}
      onOpen={(id) => opened.push(id)}
      onImport={() => imported.push(1)}
    />,
    { recentArticles: [], searchLibrary: [], ...answers },
  )
  act(() => rendered.services.store.actions.library.loaded([FIRST, SECOND]))
  return { ...rendered, opened, imported }
}

describe('LibraryView', () => {
  it('lists the articles and opens the one clicked', () => {
    const { opened } = renderLibrary()
    expect(screen.getByText('2 articles')).toBeTruthy()
    fireEvent.click(screen.getByText('Flood defences delayed again'))
    expect(opened).toEqual([SECOND.id])
  })

  it('asks for an import from its button', () => {
    const { imported } = renderLibrary()
    fireEvent.click(screen.getByRole('button', { name: 'Import articles…' }))
    expect(imported).toEqual([1])
  })

  it('filters by title as the editor types, and says how many are shown', async () => {
    renderLibrary()
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), {
      target: { value: 'bridge' },
    })
    await waitFor(() => expect(screen.getByText(/1 of 2 articles shown/)).toBeTruthy())
    expect(screen.queryByText('Flood defences delayed again')).toBeNull()
  })

  it('deletes through the library service and offers to undo it', async () => {
    const { calls, services } = renderLibrary({ deleteArticle: FIRST, restoreArticle: FIRST })
    fireEvent.click(screen.getByRole('button', { name: /Delete “Mayor promises new bridge”/ }))
    await screen.findByText(/Deleted “Mayor promises new bridge”/)
    expect(calls.filter((call) => call.channel === 'deleteArticle')).toEqual([
      { channel: 'deleteArticle', args: { id: FIRST.id } },
    ])
    expect(services.store.getState().library.deleted).toEqual([FIRST])
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await screen.findByText('Restored “Mayor promises new bridge”.')
    expect(services.store.getState().library.deleted).toEqual([])
  })
})

describe('LibraryView’s status filter', () => {
  it('counts as in progress only the articles the acting editor tagged', () => {
    const ana = { id: 'ana-ruiz', name: 'Ana Ruiz' }
    const sam = { id: 'sam-reviewer', name: 'Sam Reviewer' }
    const sampled = meta('c'.repeat(16), 'Sampled by Sam', {
      tagCount: 4,
      tagsByEditor: [{ ...sam, count: 4 }],
    })
    const mine = meta('d'.repeat(16), 'Tagged by Ana', {
      tagCount: 3,
      tagsByEditor: [
        { ...sam, count: 2 },
        { ...ana, count: 1 },
      ],
    })
    const rendered = renderWithServices(
      <LibraryView
        articles={[sampled, mine]}
        onOpen={() => undefined}
        onImport={() => undefined}
      />,
      { recentArticles: [], searchLibrary: [] },
    )
    act(() => {
      rendered.services.store.actions.library.loaded([sampled, mine])
      rendered.services.store.actions.identity.settingsLoaded({
        editor: ana,
        confirmed: true,
        editors: [ana],
        teamFolder: null,
      })
    })
    const filters = screen.getByRole('group', { name: 'Show articles by status' })
    const count = (name: RegExp) =>
      within(filters).getByRole('button', { name }).querySelector('.filter-count')?.textContent
    expect(count(/^In progress/)).toBe('1')
    expect(count(/^Untagged/)).toBe('1')
    fireEvent.click(within(filters).getByRole('button', { name: /^In progress/ }))
    expect(screen.queryByText('Sampled by Sam')).toBeNull()
    expect(screen.getByText('Tagged by Ana')).toBeTruthy()
  })
})
