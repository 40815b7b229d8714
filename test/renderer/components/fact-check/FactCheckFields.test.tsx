// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { Annotation } from '../../../../shared/model/annotation'
import {
  DEFAULT_RATING_SCALE,
  SUMMARY_SOFT_LIMIT,
  type EvidencePassage,
  type FactCheck,
} from '../../../../shared/model/fact-check'
import { FactCheckFields } from '../../../../renderer/components/fact-check/FactCheckFields'

afterEach(cleanup)

const NOW = '2026-12-07T12:00:00.000Z'

function claim(factCheck?: FactCheck): Annotation {
  return {
    id: 'tag-00000001',
    articleId: '0123456789abcdef',
    author: { id: 'ana', name: 'Ana' },
    kind: 'claim',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'Crime fell 40%.', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 15 },
    },
    note: '',
    created: '2026-12-07T10:00:00.000Z',
    modified: '2026-12-07T10:00:00.000Z',
    ...(factCheck ? { factCheck } : {}),
  }
}

function renderFields(factCheck?: FactCheck, claimants: string[] = []) {
  const changes: FactCheck[] = []
  const opened: EvidencePassage[] = []
  const returned: number[] = []
  const view = render(
    <FactCheckFields
      annotation={claim(factCheck)}
      scale={DEFAULT_RATING_SCALE}
      claimants={claimants}
      now={() => NOW}
      onChange={(next) => changes.push(next)}
      onOpenPassage={(passage) => opened.push(passage)}
      articleTitle={(id) => `Title of ${id}`}
      onReturnToText={() => returned.push(1)}
    />,
  )
  return { changes, opened, returned, view }
}

describe('FactCheckFields', () => {
  it('offers the story’s speakers as claimants and saves the one typed when left', () => {
    const { changes, view } = renderFields(undefined, ['Ana Ruiz', 'Ben Ode'])
    const claimant = screen.getByLabelText('Claimant') as HTMLInputElement
    const list = view.container.querySelector(
      `datalist#${CSS.escape(claimant.getAttribute('list') ?? '')}`,
    )
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual([
      'Ana Ruiz',
      'Ben Ode',
    ])
    fireEvent.change(claimant, { target: { value: ' Ben Ode ' } })
    fireEvent.blur(claimant)
    expect(changes).toEqual([{ status: 'to-check', claimant: 'Ben Ode' }])
  })

  it('keeps the verdict disabled until the status is “Verdict”, then stamps it', () => {
    const first = renderFields({ status: 'researching' })
    const verdict = screen.getByLabelText('Verdict') as HTMLSelectElement
    expect(verdict.disabled).toBe(true)
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'verdict' } })
    expect(first.changes).toEqual([{ status: 'verdict' }])
    cleanup()
    const second = renderFields({ status: 'verdict' })
    const enabled = screen.getByLabelText('Verdict') as HTMLSelectElement
    expect(enabled.disabled).toBe(false)
    expect([...enabled.options].map((option) => option.text)).toEqual([
      'No verdict',
      ...DEFAULT_RATING_SCALE.ratings.map((rating) => rating.name),
    ])
    fireEvent.change(enabled, { target: { value: 'mostly-false' } })
    expect(second.changes).toEqual([{ status: 'verdict', verdict: 'mostly-false', verdictAt: NOW }])
  })

  it('counts the summary and warns past the soft limit', () => {
    renderFields({ status: 'to-check' })
    const summary = screen.getByLabelText('Summary (one line)') as HTMLInputElement
    fireEvent.change(summary, { target: { value: 'x'.repeat(SUMMARY_SOFT_LIMIT) } })
    const counter = screen.getByTestId('summary-counter')
    expect(counter.textContent).toBe(`${SUMMARY_SOFT_LIMIT} / ${SUMMARY_SOFT_LIMIT} characters`)
    expect(counter.classList.contains('is-over')).toBe(false)
    fireEvent.change(summary, { target: { value: 'x'.repeat(SUMMARY_SOFT_LIMIT + 1) } })
    expect(counter.classList.contains('is-over')).toBe(true)
    expect(counter.textContent).toContain('long for one line')
  })

  it('refuses an address that is not a web link, in plain words, and saves nothing', () => {
    const { changes } = renderFields({ status: 'published' })
    const address = screen.getByLabelText('Fact-check address (optional)')
    fireEvent.change(address, { target: { value: 'example.org/check' } })
    fireEvent.blur(address)
    expect(changes).toEqual([])
    expect(screen.getByRole('alert').textContent).toContain('must start with http:// or https://')
  })

  it('saves and goes back to the text with Escape', () => {
    const { changes, returned } = renderFields({ status: 'to-check' })
    const summary = screen.getByLabelText('Summary (one line)')
    fireEvent.change(summary, { target: { value: 'Crime fell by 40%' } })
    fireEvent.keyDown(summary, { key: 'Escape' })
    expect(changes).toEqual([{ status: 'to-check', summary: 'Crime fell by 40%' }])
    expect(returned).toEqual([1])
  })

  it('lists the evidence passages, opens one and removes one', () => {
    const passage = {
      articleId: 'fedcba9876543210',
      start: 10,
      end: 30,
      exact: 'Crime rose, police say.',
    }
    const { changes, opened } = renderFields({ status: 'researching', passages: [passage] })
    fireEvent.click(screen.getByRole('button', { name: /^“?Crime rose, police say/ }))
    expect(opened).toEqual([passage])
    expect(screen.getByText('Title of fedcba9876543210')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /Remove the passage/ }))
    expect(changes).toEqual([{ status: 'researching', passages: [] }])
  })
})
