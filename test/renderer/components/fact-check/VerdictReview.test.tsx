// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { Annotation } from '../../../../shared/model/annotation'
import { DEFAULT_RATING_SCALE } from '../../../../shared/model/fact-check'
import type { Review } from '../../../../shared/model/review'
import { VerdictReview } from '../../../../renderer/components/fact-check/VerdictReview'

afterEach(cleanup)

const ANA = { id: 'ana', name: 'Ana' }
const SAM = { id: 'sam', name: 'Sam' }

const claim: Annotation = {
  id: 'sam-tag-0001',
  articleId: '0123456789abcdef',
  author: SAM,
  kind: 'claim',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'Crime fell.', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 11 },
  },
  note: '',
  factCheck: {
    status: 'verdict',
    claimant: 'The mayor',
    verdict: 'mostly-false',
    summary: 'Crime fell by 40%',
    verdictAt: '2026-12-07T12:00:00.000Z',
  },
  created: '2026-12-07T10:00:00.000Z',
  modified: '2026-12-07T10:00:00.000Z',
}

function lee(verdict: 'accept' | 'reject', modified: string, text = ''): Review {
  return {
    id: 'lee-rev-0001',
    articleId: claim.articleId,
    annotationId: claim.id,
    author: { id: 'lee', name: 'Lee' },
    verdict,
    subject: 'verdict',
    text,
    created: modified,
    modified,
  }
}

function renderReview(reviews: Review[] = [], mine = false) {
  const accepted: number[] = []
  const rejected: string[] = []
  render(
    <VerdictReview
      annotation={mine ? { ...claim, author: ANA } : claim}
      reviews={reviews}
      scale={DEFAULT_RATING_SCALE}
      me={ANA}
      mine={mine}
      onAccept={() => accepted.push(1) > 0}
      onReject={(reason) => rejected.push(reason)}
      onReturnToText={() => undefined}
    />,
  )
  return { accepted, rejected }
}

describe('VerdictReview', () => {
  it('shows claimant, status, verdict by name and summary', () => {
    renderReview()
    const fields = screen.getByRole('region', { name: 'Fact-check' }).textContent
    expect(fields).toContain('ClaimantThe mayor')
    expect(fields).toContain('StatusVerdict')
    expect(fields).toContain('VerdictMostly false')
    expect(fields).toContain('SummaryCrime fell by 40%')
  })

  it('accepts, and rejects only with a reason', () => {
    const { accepted, rejected } = renderReview()
    fireEvent.click(screen.getByRole('button', { name: 'Accept Verdict' }))
    expect(accepted).toEqual([1])
    fireEvent.click(screen.getByRole('button', { name: 'Reject Verdict…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Reject Verdict' }))
    expect(rejected).toEqual([])
    expect(screen.getByRole('alert').textContent).toBe('Say why you reject this verdict.')
    fireEvent.change(screen.getByLabelText(/Why do you reject the verdict/), {
      target: { value: 'It is 38%.' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reject Verdict' }))
    expect(rejected).toEqual(['It is 38%.'])
  })

  it('lists reviews of the verdict, flagging those older than the verdict', () => {
    renderReview([lee('reject', '2026-12-07T11:00:00.000Z', 'Too harsh.')])
    const list = screen.getByRole('list', { name: 'Reviews of the verdict' }).textContent
    expect(list).toContain('Verdict rejected by Lee: Too harsh.')
    expect(list).toContain('(the verdict changed since)')
    cleanup()
    renderReview([lee('accept', '2026-12-07T13:00:00.000Z')])
    expect(screen.getByRole('list', { name: 'Reviews of the verdict' }).textContent).not.toContain(
      'changed since',
    )
  })

  it('offers no accept or reject on one’s own verdict', () => {
    renderReview([], true)
    expect(screen.queryByRole('button', { name: 'Accept Verdict' })).toBeNull()
  })
})
