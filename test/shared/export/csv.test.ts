import { describe, expect, it } from 'vitest'
import { csvCell, csvExport } from '../../../shared/export/csv'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import { tagTable, type TagCell } from '../../../shared/export/tag-table'
import type { ExportOptions } from '../../../shared/export/types'
import { hostileCase } from './hostile-article'
import { parseRfc4180 } from './rfc4180'
import { HOSTILE_NOTE, SEED_NAMES, seedCase } from './seed-annotations'

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

describe('csvExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as RFC 4180 CSV that reads back as the tag table`, () => {
      const tagged = seedTagged(index)
      const csv = csvExport(tagged)
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const records = parseRfc4180(csv.slice(1))
      const table = tagTable(tagged)
      expect(records[0]).toEqual(table.columns)
      expect(records.slice(1).map((record) => record.map(shown))).toEqual(
        table.rows.map((row) => row.map(expected)),
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
