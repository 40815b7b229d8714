// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { ExportDialog } from '../../../../renderer/components/export/ExportDialog'
import { renderWithServices, type FakeAnswers } from '../fake-services'

afterEach(cleanup)

beforeAll(() => {
  // happy-dom may lack the modal API; the dialog only needs it to open.
  const proto = HTMLDialogElement.prototype as { showModal?: () => void }
  if (!proto.showModal) {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
  }
})

const ARTICLE = '0123456789abcdef'

function tagBy(author: EditorRef, id: string): Annotation {
  return {
    id,
    articleId: ARTICLE,
    author,
    kind: 'claim',
    target: { quote: { exact: 'x', prefix: '', suffix: '' } } as Annotation['target'],
    note: '',
    created: '2026-11-19T10:00:00.000Z',
    modified: '2026-11-19T10:00:00.000Z',
  }
}

function renderDialog(answers: FakeAnswers = {}) {
  const closed: number[] = []
  const rendered = renderWithServices(
    <ExportDialog
      target={{ articleId: ARTICLE, previewId: ARTICLE }}
      onClose={() => closed.push(1)}
    />,
    {
      listTags: [tagBy({ id: 'sam', name: 'Sam' }, 't1'), tagBy({ id: 'ana', name: 'Ana' }, 't2')],
      previewExport: { kind: 'text', text: 'PREVIEW OF THE EXPORT', truncated: false },
      exportArticles: { canceled: false, paths: ['/out/bridge.html'] },
      ...answers,
    },
  )
  return { ...rendered, closed }
}

describe('ExportDialog', () => {
  it('lists the editors who tagged the article, by name, and previews the export', async () => {
    renderDialog()
    await screen.findByText('PREVIEW OF THE EXPORT')
    const names = screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)
    expect(names).toContain('Ana')
    expect(names).toContain('Sam')
    expect(names.indexOf('Ana')).toBeLessThan(names.indexOf('Sam'))
  })

  it('exports the open article with the chosen options and says where it went', async () => {
    const { calls } = renderDialog()
    await screen.findByText('PREVIEW OF THE EXPORT')
    fireEvent.click(screen.getByLabelText('Sam'))
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }))
    await screen.findByText(/Exported to/)
    const exported = calls.filter((call) => call.channel === 'exportArticles')
    expect(exported).toEqual([
      {
        channel: 'exportArticles',
        args: {
          articleId: ARTICLE,
          format: 'html',
          options: { editors: ['ana'], kinds: [], notes: true },
        },
      },
    ])
    expect(screen.getByText('/out/bridge.html')).toBeTruthy()
  })

  it('shows why the preview failed', async () => {
    renderDialog({
      previewExport: () => Promise.reject(new Error('export: the article is missing')),
    })
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('export: the article is missing'),
    )
  })

  it('exports a publishable copy, or one without rejected tags, when asked', async () => {
    const { calls } = renderDialog()
    await screen.findByText('PREVIEW OF THE EXPORT')
    fireEvent.click(screen.getByLabelText('Rejected tags left out'))
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }))
    await screen.findByText(/Exported to/)
    fireEvent.click(screen.getByRole('checkbox', { name: /Publishable copy/ }))
    expect((screen.getByLabelText('Rejected tags left out') as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }))
    await waitFor(() =>
      expect(calls.filter((call) => call.channel === 'exportArticles')).toHaveLength(2),
    )
    const options = calls
      .filter((call) => call.channel === 'exportArticles')
      .map((call) => (call.args as { options: unknown }).options)
    expect(options).toEqual([
      { editors: [], kinds: [], notes: true, rejected: 'omit' },
      { editors: [], kinds: [], notes: true, rejected: 'omit', preset: 'publishable' },
    ])
  })

  it('lists the missing ClaimReview fields in plain words and holds the export back', async () => {
    const { calls } = renderDialog({
      previewExport: (args: unknown) =>
        Promise.resolve(
          (args as { format: string }).format === 'claimreview'
            ? {
                kind: 'missing',
                missing: ['The publisher (ClaimReview author) is not set.'],
                warnings: ['Claim 1 (“x”): has no claimant (who made the claim).'],
              }
            : { kind: 'text', text: 'PREVIEW OF THE EXPORT', truncated: false },
        ),
    })
    await screen.findByText('PREVIEW OF THE EXPORT')
    fireEvent.click(screen.getByLabelText(/ClaimReview/))
    await screen.findByText('The publisher (ClaimReview author) is not set.')
    expect(screen.getByRole('alert').textContent).toContain('cannot be exported yet')
    expect(screen.getByText(/has no claimant/)).toBeTruthy()
    const button = screen.getByRole('button', { name: 'Export…' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(screen.getByText(/Fill in the missing fields/)).toBeTruthy()
    expect(calls.filter((call) => call.channel === 'exportArticles')).toEqual([])
  })
})

describe('ExportDialog’s preview pane', () => {
  it('says what it is preparing from the moment it opens, until the preview comes', async () => {
    let answer: (preview: unknown) => void = () => undefined
    renderDialog({ previewExport: () => new Promise((resolve) => (answer = resolve)) })
    const pane = screen.getByRole('region', { name: 'Preview' })
    expect(pane.getAttribute('aria-busy')).toBe('true')
    expect(pane.textContent).toBe('Preparing the preview of the Web page (HTML)…')
    await waitFor(() => expect(answer).not.toBe(undefined))
    await waitFor(() => {
      answer({ kind: 'text', text: 'THE PREVIEW', truncated: false })
      expect(pane.textContent).toBe('THE PREVIEW')
    })
    expect(pane.getAttribute('aria-busy')).toBe('false')
  })

  it('says so when the picture of the first page cannot be drawn', async () => {
    renderDialog({ previewExport: { kind: 'image', dataUrl: 'data:image/png;base64,' } })
    await waitFor(() => {
      // happy-dom may already have refused the empty picture; if not, the browser would.
      const picture = screen.queryByRole('img', { name: 'The first page of the export' })
      if (picture) fireEvent.error(picture)
      expect(screen.getByRole('alert').textContent).toMatch(/^The preview could not be drawn\./)
    })
  })
})
