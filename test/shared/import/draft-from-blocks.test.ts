import { describe, expect, it } from 'vitest'
import {
  draftFromBlocks,
  isoDate,
  languageTag,
  webAddress,
  withoutSiteName,
} from '../../../shared/import/draft-from-blocks'
import type { DocNodeJson } from '../../../shared/model/doc-json'

const paragraph = (text: string): DocNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const heading = (text: string, level: number): DocNodeJson => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
})
const texts = (doc: DocNodeJson) =>
  (doc.content ?? []).map((block) => `${block.type}:${block.content?.[0]?.text}`)

describe('draftFromBlocks', () => {
  it('takes the first heading as the headline, at level 1, when the page title agrees', () => {
    const draft = draftFromBlocks([heading('Bridge Reopens', 2), paragraph('Text.')], {
      title: 'Bridge Reopens | The Ledger',
      outlet: 'The Ledger',
    })
    expect(draft.title).toBe('Bridge Reopens')
    expect(texts(draft.body)).toEqual(['heading:Bridge Reopens', 'paragraph:Text.'])
    expect(draft.body.content?.[0]?.attrs?.level).toBe(1)
  })

  it('puts the page’s headline first when the article lacks it or starts with a section', () => {
    expect(
      texts(
        draftFromBlocks([paragraph('Body text.')], {
          title: 'Headline — The Ledger',
          outlet: 'The Ledger',
        }).body,
      ),
    ).toEqual(['heading:Headline', 'paragraph:Body text.'])
    const draft = draftFromBlocks([heading('Costs', 2), paragraph('Body.')], { title: 'Headline' })
    expect(draft.title).toBe('Headline')
    expect(texts(draft.body)).toEqual(['heading:Headline', 'heading:Costs', 'paragraph:Body.'])
  })

  it('makes a title of the opening words when nothing names the article', () => {
    const draft = draftFromBlocks(
      [
        paragraph(
          'The council voted on Tuesday to run a night ferry for six months, starting in March.',
        ),
      ],
      {},
    )
    expect(draft.title).toBe('The council voted on Tuesday to run a night ferry for six…')
    expect(draft).toMatchObject({ outlet: '', url: '', published: null, language: 'en' })
  })

  it('refuses a document without text', () => {
    expect(() => draftFromBlocks([paragraph('  ')], { title: 'Empty' })).toThrow(/no article text/)
  })

  it('keeps metadata only in the shapes the library stores', () => {
    const draft = draftFromBlocks([paragraph('Text.')], {
      title: 'T'.repeat(600),
      outlet: 'O'.repeat(300),
      url: 'javascript:alert(1)',
      published: '17 November 2025 is not a date',
      language: 'not a language tag',
    })
    expect(draft.title).toHaveLength(500)
    expect(draft.outlet).toHaveLength(200)
    expect(draft).toMatchObject({ url: '', published: null, language: 'en' })
  })
})

describe('the metadata helpers', () => {
  it('read publication dates', () => {
    expect(isoDate('2025-11-17T08:30:00+01:00')).toBe('2025-11-17')
    expect(isoDate('2025-11-17')).toBe('2025-11-17')
    expect(isoDate('Mon, 17 Nov 2025 10:00:00 GMT')).toBe('2025-11-17')
    expect(isoDate('2025-02-30')).toBeNull()
    expect(isoDate('yesterday')).toBeNull()
    expect(isoDate(null)).toBeNull()
  })

  it('read language tags and web addresses', () => {
    expect(languageTag('en-GB')).toBe('en-GB')
    expect(languageTag('pt_BR')).toBe('pt-BR')
    expect(languageTag('<script>')).toBeNull()
    expect(webAddress(' https://ledger.example/a ')).toBe('https://ledger.example/a')
    expect(webAddress('mailto:a@b.example')).toBe('')
    expect(webAddress('/relative')).toBe('')
  })

  it('strip the site’s name from a page title', () => {
    expect(withoutSiteName('Bridge Reopens | The Ledger', 'The Ledger')).toBe('Bridge Reopens')
    expect(withoutSiteName('The Ledger: Bridge Reopens', 'The Ledger')).toBe('Bridge Reopens')
    expect(withoutSiteName('The Ledger', 'The Ledger')).toBe('The Ledger')
    expect(withoutSiteName('A (B) | C.D', 'C.D')).toBe('A (B)')
  })
})
