import { describe, expect, it } from 'vitest'
import type { ClaimsList } from '../../../shared/claims/claim-row'
import { CLAIMS_CSV_COLUMNS, claimsCsv } from '../../../shared/claims/claims-csv'
import { indexClaims, showClaims } from '../../../shared/claims/claims-model'
import { defaultClaimsView } from '../../../shared/claims/claims-view'
import { DEFAULT_RATING_SCALE } from '../../../shared/model/fact-check'

const LIST: ClaimsList = {
  scale: DEFAULT_RATING_SCALE,
  stories: [{ id: 'story-0000000a', name: 'Budget' }],
  articles: [
    {
      id: 'a000000000000001',
      title: 'Budget, "final"',
      outlet: 'Gazette',
      published: '2026-11-01',
      storyId: 'story-0000000a',
    },
  ],
  rows: [
    {
      id: 'tag-00000001',
      articleId: 'a000000000000001',
      kind: 'claim',
      text: '=HYPERLINK("http://evil")',
      claimant: '@mayor',
      status: 'verdict',
      verdict: 'mostly-false',
      summary: 'Line one\nline two',
      editor: { id: 'ana-ruiz', name: 'Ana Ruiz' },
      review: 'conflict',
      created: '2026-11-01T10:00:00.000Z',
      modified: '2026-11-02T10:00:00.000Z',
      start: 4,
    },
    {
      id: 'tag-00000002',
      articleId: 'a000000000000001',
      kind: 'disputed',
      text: 'Hidden by the filter.',
      claimant: '',
      status: null,
      verdict: null,
      summary: '',
      editor: { id: 'ana-ruiz', name: 'Ana Ruiz' },
      review: 'unreviewed',
      created: '2026-11-01T10:00:00.000Z',
      modified: '2026-11-01T10:00:00.000Z',
      start: 40,
    },
  ],
}

describe('the CSV of the claims shown', () => {
  it('writes only the rows shown, quoted per RFC 4180 and guarded against formulas', () => {
    const index = indexClaims(LIST)
    const shown = showClaims(index, { ...defaultClaimsView(), kinds: ['claim'] })
    const csv = claimsCsv(index, shown.rows)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const records = csv.slice(1).split('\r\n')
    expect(records.at(-1)).toBe('')
    expect(records[0]).toBe(CLAIMS_CSV_COLUMNS.join(','))
    expect(csv).not.toContain('Hidden by the filter')
    expect(records[1]).toBe(
      [
        `"'=HYPERLINK(""http://evil"")"`,
        `'@mayor`,
        '"Budget, ""final"""',
        'Gazette',
        '2026-11-01',
        'Budget',
        'Ana Ruiz',
        'claim',
        'Verdict',
        'Mostly false',
        '"Line one\nline two"',
        'Accepted and rejected',
        '2026-11-01T10:00:00.000Z',
        '2026-11-02T10:00:00.000Z',
        'tag-00000001',
        'a000000000000001',
      ].join(','),
    )
  })
})
