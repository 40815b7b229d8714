// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import type { ClaimRow, ClaimsList } from '../../../../shared/claims/claim-row'
import type { ClaimsView } from '../../../../shared/claims/claims-view'
import { DEFAULT_RATING_SCALE } from '../../../../shared/model/fact-check'
import { ClaimsBoard } from '../../../../renderer/components/claims/ClaimsBoard'
import { renderWithServices } from '../fake-services'

afterEach(cleanup)

const ANA = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const BEN = { id: 'ben-okafor', name: 'Ben Okafor' }

function row(id: string, fields: Partial<ClaimRow>): ClaimRow {
  return {
    id,
    articleId: 'a000000000000001',
    kind: 'claim',
    text: `Text of ${id}.`,
    claimant: '',
    status: null,
    verdict: null,
    summary: '',
    editor: ANA,
    review: 'unreviewed',
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    start: 0,
    ...fields,
  }
}

const LIST: ClaimsList = {
  scale: DEFAULT_RATING_SCALE,
  stories: [{ id: 'story-0000000a', name: 'Budget' }],
  articles: [
    {
      id: 'a000000000000001',
      title: 'City budget',
      outlet: 'Gazette',
      published: null,
      storyId: 'story-0000000a',
    },
    {
      id: 'a000000000000002',
      title: 'Zoning fight',
      outlet: 'Herald',
      published: null,
      storyId: null,
    },
  ],
  rows: [
    row('tag-00000001', {
      text: 'Taxes rose by 3 percent.',
      claimant: 'The mayor',
      status: 'verdict',
      verdict: 'false',
      modified: '2026-11-03T10:00:00.000Z',
    }),
    row('tag-00000002', {
      text: 'The café closed in 2020.',
      editor: BEN,
      review: 'accepted',
      modified: '2026-11-05T10:00:00.000Z',
    }),
    row('tag-00000003', {
      articleId: 'a000000000000002',
      kind: 'disputed',
      text: 'Zoning is unconstitutional.',
      review: 'rejected',
      modified: '2026-11-02T10:00:00.000Z',
    }),
  ],
}

async function renderBoard(answers = {}) {
  const backs: number[] = []
  const rendered = renderWithServices(
    <ClaimsBoard
      onBack={() => backs.push(1)}
      onOpen={(claim) => void rendered.services.claims.open(claim.articleId, claim.id)}
    />,
    { listClaims: LIST, ...answers },
  )
  await act(() => rendered.services.claims.load())
  return { ...rendered, backs }
}

function shownTexts(): string[] {
  return [...document.querySelectorAll('.claims-text-body')].map((node) => node.textContent ?? '')
}

describe('ClaimsBoard', () => {
  it('lists every claim, youngest first, with its columns', async () => {
    await renderBoard()
    expect(screen.getByText('3 claims in the library')).toBeTruthy()
    expect(shownTexts()).toEqual([
      'The café closed in 2020.',
      'Taxes rose by 3 percent.',
      'Zoning is unconstitutional.',
    ])
    const taxes = screen.getByText('Taxes rose by 3 percent.').closest('tr') as HTMLElement
    expect(taxes.textContent).toContain('The mayor')
    expect(taxes.textContent).toContain('City budget')
    expect(taxes.textContent).toContain('Gazette')
    expect(taxes.textContent).toContain('Verdict')
    expect(taxes.textContent).toContain('False')
    expect(taxes.textContent).toContain('Unreviewed')
    // The search box has the focus.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('searchbox', { name: 'Search the claims' }),
      ),
    )
  })

  it('searches ignoring accents and filters, saying how many are shown', async () => {
    await renderBoard()
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the claims' }), {
      target: { value: 'CAFÉ' },
    })
    await waitFor(() => expect(shownTexts()).toEqual(['The café closed in 2020.']))
    expect(screen.getByText(/Showing 1 of 3 claims/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }))
    fireEvent.change(screen.getByLabelText('Review'), { target: { value: 'rejected' } })
    await waitFor(() => expect(shownTexts()).toEqual(['Zoning is unconstitutional.']))
    fireEvent.change(screen.getByLabelText('Review'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('Editor'), { target: { value: BEN.id } })
    await waitFor(() => expect(shownTexts()).toEqual(['The café closed in 2020.']))
  })

  it('sorts by a header, both ways, and groups by story', async () => {
    await renderBoard()
    const claimHeader = () => screen.getByRole('columnheader', { name: 'Claim' })
    fireEvent.click(screen.getByRole('button', { name: 'Claim' }))
    await waitFor(() => expect(claimHeader().getAttribute('aria-sort')).toBe('ascending'))
    expect(shownTexts()).toEqual([
      'Taxes rose by 3 percent.',
      'The café closed in 2020.',
      'Zoning is unconstitutional.',
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Claim' }))
    await waitFor(() => expect(claimHeader().getAttribute('aria-sort')).toBe('descending'))
    expect(shownTexts()[0]).toBe('Zoning is unconstitutional.')

    fireEvent.click(screen.getByLabelText('Group by story'))
    await waitFor(() => expect(document.querySelectorAll('.claims-group')).toHaveLength(2))
    const groups = [...document.querySelectorAll('.claims-group')].map((node) => node.textContent)
    expect(groups).toEqual(['Budget2 claims', 'In no story1 claim'])
  })

  it('moves through the rows with the keys and opens a claim with Enter', async () => {
    const { services } = await renderBoard()
    const search = screen.getByRole('searchbox', { name: 'Search the claims' })
    fireEvent.keyDown(search, { key: 'ArrowDown' })
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('The café closed in 2020.'),
    )
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' })
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Zoning is unconstitutional.'),
    )
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' })
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Taxes rose by 3 percent.'),
    )
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' })
    await waitFor(() => expect(services.store.getState().article.openId).toBe('a000000000000001'))
    expect(services.store.getState().claims.reveal).toEqual({
      articleId: 'a000000000000001',
      tagId: 'tag-00000001',
    })
    expect(services.store.getState().claims.focusedId).toBe('tag-00000001')
  })

  it('exports what is shown as CSV, and goes back on Esc (after clearing the search)', async () => {
    const views: ClaimsView[] = []
    const { backs } = await renderBoard({
      exportClaims: ({ view }: { view: ClaimsView }) => {
        views.push(view)
        return { canceled: false, paths: ['/tmp/Claims.csv'] }
      },
    })
    const search = screen.getByRole('searchbox', { name: 'Search the claims' })
    fireEvent.change(search, { target: { value: 'zoning' } })
    await waitFor(() => expect(shownTexts()).toEqual(['Zoning is unconstitutional.']))
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV…' }))
    await waitFor(() => expect(screen.getByText('Saved 1 claim to /tmp/Claims.csv.')).toBeTruthy())
    expect(views[0]?.query).toBe('zoning')

    fireEvent.keyDown(search, { key: 'Escape' })
    await waitFor(() => expect((search as HTMLInputElement).value).toBe(''))
    expect(backs).toEqual([])
    fireEvent.keyDown(search, { key: 'Escape' })
    expect(backs).toEqual([1])
  })
})
