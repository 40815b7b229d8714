// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import type { PackageImportReport } from '../../../../shared/exchange/import-report'
import type { PackageImportOutcome } from '../../../../shared/exchange/package-import-outcome'
import { PackageImportDialog } from '../../../../renderer/components/exchange/PackageImportDialog'
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

const BEN = { id: 'ben', name: 'Ben Okafor' }
const FINGERPRINT = 'SHA256:Zx8kQ3m5bC1u0e2Vq7Hc9YwJp4s6Lr8tNf0aDg2hKiM'

function report(trust: PackageImportReport['trust']): PackageImportReport {
  return {
    author: BEN,
    checksum: 'c'.repeat(64),
    trust,
    articles: [
      {
        articleId: '0123456789abcdef',
        title: 'Water board',
        status: 'merged',
        added: 2,
        updated: 0,
        deleted: 0,
        unchanged: 0,
        clashes: 0,
        textChanged: false,
        reviews: { added: 0, updated: 0, deleted: 0, unchanged: 0, clashes: 0 },
      },
    ],
  }
}

function renderDialog(answers: FakeAnswers) {
  const closed: number[] = []
  const rendered = renderWithServices(
    <PackageImportDialog onClose={() => closed.push(1)} />,
    answers,
  )
  return { ...rendered, closed }
}

describe('PackageImportDialog', () => {
  it('shows the fingerprint of a key accepted on first use', async () => {
    const outcome: PackageImportOutcome = {
      canceled: false,
      fileName: 'ben.factmark.json',
      report: report({ status: 'first-use', fingerprint: FINGERPRINT }),
    }
    renderDialog({ importPackage: outcome })
    const line = await screen.findByText(/Signed by a key new to this library/)
    expect(line.textContent).toContain(`remembered as Ben Okafor’s`)
    expect(line.textContent).toContain(FINGERPRINT)
  })

  it('names a known key with the day it was first accepted', async () => {
    renderDialog({
      importPackage: {
        canceled: false,
        fileName: 'ben.factmark.json',
        report: report({
          status: 'known',
          fingerprint: FINGERPRINT,
          since: '2026-12-01T09:00:00.000Z',
        }),
      },
    })
    const line = await screen.findByText(/Signed by Ben Okafor’s key, known since 2026-12-01/)
    expect(line.textContent).toContain(FINGERPRINT)
  })

  it('asks before an unsigned package, and imports it as unverified only when confirmed', async () => {
    const { calls } = renderDialog({
      importPackage: {
        canceled: false,
        fileName: 'old.json',
        report: null,
        unsigned: { token: 't-1', author: BEN, message: 'The package is not signed.' },
      },
      confirmUnsignedPackage: {
        canceled: false,
        fileName: 'old.json',
        report: report({ status: 'unverified' }),
      },
    })
    expect((await screen.findByRole('alert')).textContent).toBe(
      'old.json: The package is not signed.',
    )
    expect(calls.some((call) => call.channel === 'confirmUnsignedPackage')).toBe(false)
    expect(document.activeElement?.textContent).toBe('Don’t import')
    fireEvent.click(screen.getByRole('button', { name: 'Import as unverified' }))
    await screen.findByText(/Not signed: nothing proves these are Ben Okafor’s/)
    expect(calls.find((call) => call.channel === 'confirmUnsignedPackage')?.args).toEqual({
      token: 't-1',
    })
  })

  it('says a refused package changed nothing, and why', async () => {
    renderDialog({
      importPackage: () => {
        throw new Error('fake.json: The package claims to be by Ben Okafor (ben), but …')
      },
    })
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Nothing was imported. fake.json: The package claims to be by Ben Okafor (ben), but …',
      ),
    )
  })
})
