// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, screen, within } from '@testing-library/react'
import type { Annotation, TagKind } from '../../../../shared/model/annotation'
import { agreementReport } from '../../../../shared/review/agreement-report'
import type { AgreementView } from '../../../../shared/review/agreement-view'
import { splitSentences } from '../../../../shared/text/sentences'
import { AgreementDialog } from '../../../../renderer/components/review/AgreementDialog'
import { ANA, ARTICLE_ID, BEN, tag } from '../../../shared/review/tags'
import { renderWithServices } from '../fake-services'

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

const TEXT = Array.from({ length: 6 }, (_, index) => `Sentence number ${index + 1}.`).join(' ')
const SENTENCES = splitSentences(TEXT)

function tags(editor: typeof ANA, kinds: (TagKind | null)[]): Annotation[] {
  return kinds.flatMap((kind, index) =>
    kind === null ? [] : [tag(editor, kind, TEXT, SENTENCES[index]!.start, SENTENCES[index]!.end)],
  )
}

/**
 * Ana: quote, –, claim, –, –, disputed; Ben: quote, –, quote, –, claim, disputed. Sentences 1
 * and 6 agree, 3 is a conflict (claim against quote), 5 a coverage gap. p_o = 4/6; Ana uses
 * none 3, quote 1, claim 1, disputed 1 and Ben none 2, quote 2, claim 1, disputed 1, so
 * p_e = (6 + 2 + 1 + 1)/36 and κ = (24 − 10)/(36 − 10) = 0.538: moderate.
 */
function view(): AgreementView {
  const annotations = [
    ...tags(ANA, ['quote', null, 'claim', null, null, 'disputed']),
    ...tags(BEN, ['quote', null, 'quote', null, 'claim', 'disputed']),
  ]
  const report = agreementReport({
    articles: [
      { id: ARTICLE_ID, title: 'Six sentences', text: TEXT, sentences: SENTENCES, annotations },
    ],
    editors: [ANA, BEN],
  })
  return { editors: [ANA, BEN], report }
}

describe('AgreementDialog', () => {
  it('counts conflicts apart from gaps, reads κ and α, and says which definitions it uses', async () => {
    renderWithServices(<AgreementDialog articleId={ARTICLE_ID} onClose={() => undefined} />, {
      agreement: () => view(),
    })
    const row = (await screen.findByRole('rowheader', { name: 'Six sentences' })).closest('tr')!
    const headers = screen
      .getAllByRole('columnheader')
      .map((header) => header.textContent)
      .slice(0, 7)
    expect(headers).toEqual(['Article', 'Sentences', 'Conflicts', 'Gaps', 'Agreement', 'κ', 'α'])
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(cells.slice(0, 3)).toEqual(['6 / 6', '1', '1'])
    expect(cells[3]).toBe('66.7%')
    expect(cells[4]).toBe('0.538 moderate')
    expect(cells[5]).toMatch(/^0\.\d{3} unreliable$/)
    expect(within(row).getAllByRole('cell')[4]!.title).toMatch(/Landis & Koch/)
    const definitions = screen.getByText(/Review mode counts them the same way/)
    expect(definitions.textContent).toMatch(/different kinds/)
    expect(definitions.textContent).toMatch(/tagged by some editors and not by others/)
  })
})
