import { describe, expect, it } from 'vitest'
import { agreementCsv, confusionCsv } from '../../../shared/review/agreement-csv'
import type { AgreementReport } from '../../../shared/review/agreement-report'
import { ANA, BEN } from './tags'

const confusion = {
  rows: ANA,
  columns: BEN,
  labels: ['none', 'quote', 'claim', 'disputed', 'context'] as AgreementReport['labels'],
  counts: [
    [2, 0, 1, 0, 0],
    [0, 1, 0, 0, 0],
    [1, 0, 0, 0, 0],
    [0, 0, 0, 1, 0],
    [0, 0, 0, 0, 0],
  ],
}

const report: AgreementReport = {
  editors: [ANA, BEN],
  labels: ['none', 'quote', 'claim', 'disputed', 'context'],
  articles: [
    {
      id: '1111111111111111',
      title: 'Budget vote, "final" round',
      units: 6,
      pairedUnits: 6,
      coders: [ANA.id, BEN.id],
      percentAgreement: 4 / 6,
      kappa: 0.5,
      alpha: 13 / 24,
      agreements: 2,
      conflicts: 0,
      gaps: 2,
      confusion,
    },
    {
      id: '2222222222222222',
      title: '-40% turnout',
      units: 4,
      pairedUnits: 0,
      coders: [ANA.id],
      percentAgreement: null,
      kappa: null,
      alpha: null,
      agreements: 0,
      conflicts: 0,
      gaps: 0,
      confusion: { ...confusion, counts: confusion.counts.map((row) => row.map(() => 0)) },
    },
  ],
  library: {
    units: 10,
    pairedUnits: 6,
    coders: [ANA.id, BEN.id],
    percentAgreement: 4 / 6,
    kappa: 0.5,
    alpha: 13 / 24,
    agreements: 2,
    conflicts: 1,
    gaps: 2,
    confusion,
  },
}

describe('agreementCsv', () => {
  it('writes a header, one row per article and a library row, CRLF-terminated', () => {
    const twoThirds = String(4 / 6)
    const alpha = String(13 / 24)
    expect(agreementCsv(report)).toBe(
      [
        'scope,article_id,title,units,paired_units,coders,percent_agreement,kappa,alpha,agreements,conflicts,coverage_gaps',
        `article,1111111111111111,"Budget vote, ""final"" round",6,6,ana-ruiz ben-okafor,${twoThirds},0.5,${alpha},2,0,2`,
        "article,2222222222222222,'-40% turnout,4,0,ana-ruiz,,,,0,0,0",
        `library,,,10,6,ana-ruiz ben-okafor,${twoThirds},0.5,${alpha},2,1,2`,
        '',
      ].join('\r\n'),
    )
  })

  it('writes only the header and the library row for an empty report', () => {
    const empty: AgreementReport = {
      ...report,
      articles: [],
      library: { ...report.library, units: 0, pairedUnits: 0, coders: [], kappa: null },
    }
    expect(agreementCsv(empty).split('\r\n')).toHaveLength(3)
    expect(agreementCsv(empty)).toContain(`\r\nlibrary,,,0,0,,${String(4 / 6)},,`)
  })
})

describe('confusionCsv', () => {
  it('writes the matrix with its sides, labels and totals', () => {
    expect(confusionCsv(confusion)).toBe(
      [
        'Ana Ruiz \\ Ben Okafor,none,quote,claim,disputed,context,total',
        'none,2,0,1,0,0,3',
        'quote,0,1,0,0,0,1',
        'claim,1,0,0,0,0,1',
        'disputed,0,0,0,1,0,1',
        'context,0,0,0,0,0,0',
        'total,3,1,1,1,0,6',
        '',
      ].join('\r\n'),
    )
  })

  it('quotes editor names that need it', () => {
    const named = { ...confusion, rows: { id: 'x', name: 'Ruiz, Ana' } }
    expect(confusionCsv(named).split('\r\n')[0]).toBe(
      '"Ruiz, Ana \\ Ben Okafor",none,quote,claim,disputed,context,total',
    )
  })
})
