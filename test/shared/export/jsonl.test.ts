import { describe, expect, it } from 'vitest'
import { jsonlExport } from '../../../shared/export/jsonl'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import { tagTable } from '../../../shared/export/tag-table'
import type { ExportOptions } from '../../../shared/export/types'
import { hostileCase } from './hostile-article'
import { SEED_NAMES, seedCase } from './seed-annotations'
import { reviewedTagged } from './reviewed-seed'
import { unverifiedTagged } from './unverified-seed'

const all: ExportOptions = { editors: [], kinds: [], notes: true }

function seedTagged(index: number, options: ExportOptions = all): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, options)
}

/** The records of a JSON Lines file, checking that every line ends with LF. */
function readJsonl(jsonl: string): Record<string, unknown>[] {
  expect(jsonl === '' || jsonl.endsWith('\n')).toBe(true)
  return jsonl
    .slice(0, -1)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('jsonlExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as JSON Lines that read back as the tag table`, () => {
      const tagged = seedTagged(index)
      const records = readJsonl(jsonlExport(tagged))
      const { columns, rows } = tagTable(tagged)
      expect(records).toEqual(
        rows.map((row) => Object.fromEntries(columns.map((column, at) => [column, row[at]]))),
      )
      for (const record of records) expect(Object.keys(record)).toEqual(columns)
    })
  }

  it('gives each tag its place, text and fields, and marks the orphan', () => {
    const tagged = seedTagged(0)
    const records = readJsonl(jsonlExport(tagged))
    const context = records.find((record) => record.tagId === 's0-tag-04')
    expect(context).toMatchObject({
      articleId: tagged.article.id,
      articleTitle: tagged.article.title,
      status: 'anchored',
      sentenceIndex: 3,
      lastSentenceIndex: 4,
      kind: 'context',
      note: 'Background:\nthe campaign began in September.',
      speaker: null,
      evidence: [],
      authorId: 'ana-ruiz',
      authorName: 'Ana Ruiz',
      created: '2025-11-18T09:28:00.000Z',
    })
    expect(context?.exact).toBe(tagged.text.slice(context?.start as number, context?.end as number))
    expect(records.at(-1)).toMatchObject({
      status: 'orphan',
      sentenceIndex: null,
      start: null,
      end: null,
    })
    const disputed = records.find((record) => record.tagId === 's0-tag-03')
    expect(disputed?.evidence).toEqual([
      'https://example.org/report?a=1&b=2',
      'mailto:desk@example.org',
    ])
  })

  it('leaves notes and fields out unless asked', () => {
    const records = readJsonl(
      jsonlExport(seedTagged(0, { editors: [], kinds: ['quote'], notes: false })),
    )
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) {
      expect(record).not.toHaveProperty('note')
      expect(record).not.toHaveProperty('speaker')
      expect(record.kind).toBe('quote')
    }
  })

  it('keeps each record on one line, even with line separators in the text', () => {
    const { article, annotations } = hostileCase()
    const tagged = placeTags(article, annotations, all)
    const jsonl = jsonlExport(tagged)
    expect(jsonl).not.toMatch(/[\u0085\u2028\u2029\r]/)
    expect(jsonl.split('\n')).toHaveLength(annotations.length + 1)
    const records = readJsonl(jsonl)
    expect(records.find((record) => String(record.exact).startsWith('Separators'))?.exact).toBe(
      'Separators \u2028 and \u2029 inside.',
    )
    expect(records[0]?.note).toBe(annotations[0]?.note)
  })

  it('marks the tags taken from an unsigned package, and only them', () => {
    const seed = seedCase(0)
    const [first, ...rest] = seed.annotations
    if (!first) throw new Error('the seed has no tags')
    const tagged = placeTags(seed.article, [{ ...first, unverified: true }, ...rest], all)
    const records = readJsonl(jsonlExport(tagged))
    expect(records.filter((record) => record.authorUnverified === true)).toEqual([
      expect.objectContaining({ tagId: first.id, authorId: first.author.id }),
    ])
    expect(records.filter((record) => 'authorUnverified' in record)).toHaveLength(1)
  })
})

describe('jsonlExport with reviews', () => {
  it('gives each record the review outcome and the fact-check fields', () => {
    const records = readJsonl(jsonlExport(reviewedTagged()))
    const record = (tagId: string) => records.find((item) => item.tagId === tagId)!
    expect(record('s0-tag-02')).toMatchObject({
      reviewState: 'rejected',
      rejectedBy: 'Ana Ruiz; Cara Díaz',
      acceptedBy: null,
    })
    expect(record('s0-tag-11')).toMatchObject({
      reviewState: 'accepted',
      acceptedBy: 'Ben Okafor',
      originalAuthor: 'Ana Ruiz',
    })
    expect(record('s0-tag-05').discussion).toBe(
      'Cara Díaz: Is this the same figure?\nBen Okafor: Yes, see page 3.',
    )
    expect(record('s0-tag-03')).toMatchObject({
      claimant: 'Ministry of Health',
      claimStatus: 'verdict',
      verdict: 'false',
      verdictReviews: 'accepted by Cara Díaz: Rating checked.',
    })
    expect(record('s0-tag-01')).toMatchObject({ reviewState: 'unreviewed', claimant: null })
  })
})

describe('jsonlExport with work from unsigned packages', () => {
  it('names the reviewers whose reviews of a tag are unverified', () => {
    const records = readJsonl(jsonlExport(unverifiedTagged()))
    const record = (tagId: string) => records.find((item) => item.tagId === tagId)!
    expect(record('s0-tag-02')).toMatchObject({
      authorUnverified: true,
      unverifiedReviewers: ['Cara Díaz'],
    })
    expect(record('s0-tag-05').unverifiedReviewers).toEqual(['Cara Díaz'])
    expect('unverifiedReviewers' in record('s0-tag-06')).toBe(false)
    expect(records.filter((item) => 'authorUnverified' in item)).toHaveLength(1)
  })
})
