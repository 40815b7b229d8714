import { describe, expect, it } from 'vitest'
import { csvCell, csvExport } from '../../../shared/export/csv'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import { tagTable, type TagCell } from '../../../shared/export/tag-table'
import type { ExportOptions } from '../../../shared/export/types'
import { hostileCase } from './hostile-article'
import { parseRfc4180 } from './rfc4180'
import { HOSTILE_NOTE, SEED_NAMES, seedCase } from './seed-annotations'
import { reviewedTagged } from './reviewed-seed'
import { unverifiedTagged } from './unverified-seed'

const all: ExportOptions = { editors: [], kinds: [], notes: true }

function seedTagged(index: number, options: ExportOptions = all): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, options)
}

/** What a spreadsheet shows for a cell written by `csvCell`: the guard's `'` removed. */
function shown(field: string): string {
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field
}

function expected(cell: TagCell): string {
  if (cell === null) return ''
  return Array.isArray(cell) ? cell.join(' ') : String(cell)
}

/** A CSV export read back: its header, its rows, and the cell of tag `tagId` in column `name`. */
function csvCells(csv: string): {
  header: string[]
  rows: string[][]
  cell: (tagId: string, name: string) => string | undefined
} {
  const [header = [], ...rows] = parseRfc4180(csv.slice(1))
  const cell = (tagId: string, name: string) =>
    rows.find((row) => row[header.indexOf('tagId')] === tagId)![header.indexOf(name)]
  return { header, rows, cell }
}

describe('csvExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as RFC 4180 CSV that reads back as the tag table`, () => {
      const tagged = seedTagged(index)
      const csv = csvExport(tagged)
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const records = parseRfc4180(csv.slice(1))
      const table = tagTable(tagged)
      expect(records[0]).toEqual([...table.columns, 'authorUnverified', 'unverifiedReviewers'])
      expect(records.slice(1).map((record) => record.map(shown))).toEqual(
        table.rows.map((row, at) => [
          ...row.map(expected),
          table.marks[at]!.authorUnverified ? 'true' : '',
          table.marks[at]!.unverifiedReviewers.join('; '),
        ]),
      )
      expect(records.slice(1).map((record) => record[3])).toEqual([
        ...tagged.placed.map((tag) => tag.status),
        'orphan',
      ])
    })
  }

  it('has one row per tag with its place, text, kind, note, author and times', () => {
    const tagged = seedTagged(0)
    const [header, ...rows] = parseRfc4180(csvExport(tagged).slice(1))
    const column = (name: string) => header!.indexOf(name)
    expect(header).toEqual([
      'articleId',
      'articleTitle',
      'tagId',
      'status',
      'sentenceIndex',
      'lastSentenceIndex',
      'start',
      'end',
      'kind',
      'exact',
      'changedFrom',
      'note',
      'speaker',
      'reason',
      'evidence',
      'authorId',
      'authorName',
      'created',
      'modified',
      'reviewState',
      'acceptedBy',
      'originalAuthor',
      'rejectedBy',
      'rejectedReason',
      'discussion',
      'verdictReviews',
      'claimant',
      'claimStatus',
      'verdict',
      'summary',
      'authorUnverified',
      'unverifiedReviewers',
    ])
    const context = rows.find((row) => row[column('tagId')] === 's0-tag-04')!
    expect(context[column('sentenceIndex')]).toBe('3')
    expect(context[column('lastSentenceIndex')]).toBe('4')
    expect(context[column('note')]).toBe('Background:\nthe campaign began in September.')
    const disputed = rows.find((row) => row[column('tagId')] === 's0-tag-03')!
    expect(disputed[column('note')]).toBe("'@desk: +1 -- see the report")
    expect(disputed[column('evidence')]).toBe(
      'https://example.org/report?a=1&b=2 mailto:desk@example.org',
    )
    const hostile = rows.find((row) => row[column('tagId')] === 's0-tag-02')!
    expect(hostile[column('note')]).toBe(HOSTILE_NOTE)
    const orphan = rows.at(-1)!
    expect(orphan.slice(column('status'), column('kind'))).toEqual(['orphan', '', '', '', ''])
    expect(orphan[column('exact')]).toMatch(/^This sentence was deleted/)
    const changed = rows.find((row) => row[column('status')] === 'changed')!
    expect(changed[column('changedFrom')]).not.toBe('')
  })

  it('ends every record with CRLF and leaves no bare line break outside quotes', () => {
    const csv = csvExport(seedTagged(0))
    expect(csv.endsWith('\r\n')).toBe(true)
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(unquoted).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
  })

  it('leaves notes and fields out unless asked', () => {
    const [header, ...rows] = parseRfc4180(
      csvExport(seedTagged(0, { editors: ['ben-okafor'], kinds: [], notes: false })).slice(1),
    )
    expect(header).not.toContain('note')
    expect(header).not.toContain('evidence')
    expect(rows.every((row) => row[header!.indexOf('authorId')] === 'ben-okafor')).toBe(true)
  })

  it('guards every hostile cell of the hostile article', () => {
    const { article, annotations } = hostileCase()
    const records = parseRfc4180(csvExport(placeTags(article, annotations, all)).slice(1))
    for (const record of records) {
      for (const field of record) expect(field).not.toMatch(/^[=+\-@\t\r]/)
    }
    expect(records.length).toBe(annotations.length + 1)
  })
})

describe('csvCell', () => {
  it.each<[TagCell, string]>([
    [null, ''],
    [0, '0'],
    [42, '42'],
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', '"\'\rCR"'],
    ["=cmd|'/C calc'!A0", "'=cmd|'/C calc'!A0"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    [' =not a formula', ' =not a formula'],
    [['https://a.example', 'mailto:b@example.org'], 'https://a.example mailto:b@example.org'],
    [[], ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('csvExport with reviews', () => {
  it('gives each tag its review state, reviewers, credit, reasons, discussion and fact-check', () => {
    const { cell } = csvCells(csvExport(reviewedTagged()))
    expect(cell('s0-tag-02', 'reviewState')).toBe('rejected')
    expect(cell('s0-tag-02', 'rejectedBy')).toBe('Ana Ruiz; Cara Díaz')
    expect(cell('s0-tag-02', 'rejectedReason')).toBe(
      'Ana Ruiz: Opinion, not a claim.\nCara Díaz: No source for the figure.',
    )
    expect(cell('s0-tag-11', 'reviewState')).toBe('accepted')
    expect(cell('s0-tag-11', 'acceptedBy')).toBe('Ben Okafor')
    expect(cell('s0-tag-11', 'originalAuthor')).toBe('Ana Ruiz')
    expect(cell('s0-tag-05', 'discussion')).toBe(
      'Cara Díaz: Is this the same figure?\nBen Okafor: Yes, see page 3.',
    )
    expect(cell('s0-tag-06', 'reviewState')).toBe('contested')
    expect(cell('s0-tag-03', 'verdictReviews')).toBe('accepted by Cara Díaz: Rating checked.')
    expect(cell('s0-tag-03', 'claimant')).toBe('Ministry of Health')
    expect(cell('s0-tag-03', 'claimStatus')).toBe('verdict')
    expect(cell('s0-tag-03', 'verdict')).toBe('false')
    expect(cell('s0-tag-03', 'summary')).toBe('The ministry says cases doubled in a week.')
    expect(cell('s0-tag-01', 'reviewState')).toBe('unreviewed')
    expect(cell('s0-tag-01', 'acceptedBy')).toBe('')
  })

  it('leaves rejected tags out with rejected: omit, and all but accepted and unreviewed ones for a publishable copy', () => {
    const ids = (options: ExportOptions) => {
      const [header, ...rows] = parseRfc4180(csvExport(reviewedTagged(options)).slice(1))
      return rows.map((row) => row[header!.indexOf('tagId')])
    }
    const every = ids({ ...all })
    expect(every).toContain('s0-tag-02')
    const omitted = ids({ ...all, rejected: 'omit' })
    expect(omitted).not.toContain('s0-tag-02')
    expect(omitted).toContain('s0-tag-06')
    const publishable = ids({ ...all, preset: 'publishable' })
    expect(publishable).not.toContain('s0-tag-02')
    expect(publishable).not.toContain('s0-tag-06')
    expect(publishable).toEqual(every.filter((id) => id !== 's0-tag-02' && id !== 's0-tag-06'))
  })
})

describe('csvExport with work from unsigned packages', () => {
  it('says which tags and which reviewers are unverified, in columns of their own', () => {
    const { header, rows, cell } = csvCells(csvExport(unverifiedTagged()))
    expect(header.slice(-2)).toEqual(['authorUnverified', 'unverifiedReviewers'])
    expect(
      rows.filter((row) => row[header.indexOf('authorUnverified')] === 'true').map((row) => row[2]),
    ).toEqual(['s0-tag-02'])
    expect(cell('s0-tag-02', 'unverifiedReviewers')).toBe('Cara Díaz')
    expect(cell('s0-tag-03', 'unverifiedReviewers')).toBe('Cara Díaz')
    expect(cell('s0-tag-05', 'unverifiedReviewers')).toBe('Cara Díaz')
    expect(cell('s0-tag-06', 'unverifiedReviewers')).toBe('')
    // The names stay as they are in the review columns.
    expect(cell('s0-tag-02', 'rejectedBy')).toBe('Ana Ruiz; Cara Díaz')
  })

  it('guards an unverified reviewer’s name against formulas like any cell', () => {
    const tagged = unverifiedTagged()
    const outcome = tagged.outcomes.get('s0-tag-02')!
    const hostile = { ...outcome.rejectedBy[1]!, reviewer: { id: 'x', name: '=HYPERLINK("x")' } }
    const outcomes = new Map(tagged.outcomes)
    outcomes.set('s0-tag-02', { ...outcome, rejectedBy: [outcome.rejectedBy[0]!, hostile] })
    const csv = csvExport({ ...tagged, outcomes })
    expect(csv).toContain('"\'=HYPERLINK(""x"")"')
    expect(csv).not.toMatch(/,=HYPERLINK/)
  })
})
