// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ArticleMeta, ArticleMetaEdit } from '../../../../shared/model/article'
import { ImportDetailsDialog } from '../../../../renderer/components/import/ImportDetailsDialog'

afterEach(cleanup)

const META: ArticleMeta = {
  id: '0123456789abcdef',
  title: 'Council Approves Night Ferry Trial',
  outlet: '',
  url: '',
  published: null,
  language: 'en',
  sourceName: 'night-ferry.txt',
  textHash: 'a'.repeat(64),
  sentenceCount: 4,
  tagCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

function renderDialog(article: ArticleMeta = META) {
  const done: [string, ArticleMetaEdit][] = []
  render(
    <ImportDetailsDialog
      article={article}
      waiting={2}
      onDone={async (id, changes) => {
        done.push([id, changes])
      }}
    />,
  )
  return done
}

describe('ImportDetailsDialog', () => {
  it('asks for the missing outlet and date, the outlet first, and saves them on Enter', async () => {
    const done = renderDialog()
    expect(screen.getByRole('region', { name: 'Where and when was it published?' })).toBeTruthy()
    expect(screen.getByText('1 of 2 articles')).toBeTruthy()
    expect(screen.getByText(/names no outlet or date/)).toBeTruthy()
    const outlet = screen.getByLabelText('Outlet') as HTMLInputElement
    expect(document.activeElement).toBe(outlet)
    fireEvent.change(outlet, { target: { value: '  The Harbour Times ' } })
    fireEvent.change(screen.getByLabelText('Date published'), { target: { value: '2024-05-02' } })
    fireEvent.submit(outlet.form as HTMLFormElement)
    await waitFor(() => expect(done).toHaveLength(1))
    expect(done[0]).toEqual([META.id, { outlet: 'The Harbour Times', published: '2024-05-02' }])
  })

  it('skips with Escape or the Skip button, changing nothing', async () => {
    const done = renderDialog({ ...META, outlet: 'Reuters' })
    expect(screen.getByText(/names no date\./)).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByLabelText('Date published'))
    fireEvent.keyDown(screen.getByLabelText('Date published'), { key: 'Escape' })
    await waitFor(() => expect(done).toEqual([[META.id, {}]]))
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await waitFor(() => expect(done).toHaveLength(2))
    expect(done[1]).toEqual([META.id, {}])
  })
})
