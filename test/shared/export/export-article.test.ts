import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportArticle } from '../../../shared/export/export-article'
import {
  ANNOTATED_FORMATS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
} from '../../../shared/export/types'
import { CONTEXT, seedCase } from './seed-annotations'

const all: ExportOptions = { editors: [], kinds: [], notes: true }

/** Everything an export holds, as text (a Word document's parts one after another). */
function textOf(format: ExportFormat, options: ExportOptions): string {
  const seed = seedCase(0)
  const { data } = exportArticle(format, seed.article, seed.annotations, options, CONTEXT)
  if (typeof data === 'string') return data
  return Object.values(unzipSync(data))
    .map((bytes) => strFromU8(bytes))
    .join('\n')
}

describe('exportArticle', () => {
  it.each<[ExportFormat, string, RegExp, 'string' | 'object']>([
    ['html', 'html', /^text\/html;charset=utf-8$/, 'string'],
    ['pdf', 'html', /^text\/html;charset=utf-8$/, 'string'],
    ['md', 'md', /^text\/markdown;charset=utf-8;variant=CommonMark$/, 'string'],
    [
      'w3c',
      'jsonld',
      /^application\/ld\+json;profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"$/,
      'string',
    ],
    ['csv', 'csv', /^text\/csv;charset=utf-8;header=present$/, 'string'],
    ['jsonl', 'jsonl', /^application\/jsonl$/, 'string'],
    [
      'docx',
      'docx',
      /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/,
      'object',
    ],
  ])('exports %s as .%s (%s)', (format, extension, mediaType, type) => {
    const seed = seedCase(0)
    const exported = exportArticle(format, seed.article, seed.annotations, all, CONTEXT)
    expect(exported.extension).toBe(extension)
    expect(exported.mediaType).toMatch(mediaType)
    expect(typeof exported.data).toBe(type)
  })

  it('covers every format', () => {
    expect([...EXPORT_FORMATS]).toEqual([
      'html',
      'md',
      'w3c',
      'csv',
      'jsonl',
      'docx',
      'pdf',
      'claimreview',
    ])
    expect([...ANNOTATED_FORMATS]).toEqual(EXPORT_FORMATS.filter((f) => f !== 'claimreview'))
  })

  it('gives the HTML, print stylesheet included, for PDF', () => {
    const seed = seedCase(0)
    const pdf = exportArticle('pdf', seed.article, seed.annotations, all, CONTEXT)
    const html = exportArticle('html', seed.article, seed.annotations, all, CONTEXT)
    expect(pdf.data).toBe(html.data)
    expect(pdf.data).toContain('@media print {')
    expect(pdf.data).toContain('print-color-adjust: exact')
  })

  it('refuses an unknown format', () => {
    const seed = seedCase(0)
    expect(() =>
      exportArticle('odt' as ExportFormat, seed.article, seed.annotations, all, CONTEXT),
    ).toThrow(/^exportArticle: unknown format "odt"$/)
  })

  describe.each(ANNOTATED_FORMATS)('in %s', (format) => {
    it('lists the tags that could not be placed', () => {
      expect(textOf(format, all)).toContain('This sentence was deleted from the article')
    })

    it('carries notes and fields only when asked', () => {
      expect(textOf(format, all)).toContain('Check against the transcript.')
      const without = textOf(format, { editors: [], kinds: [], notes: false })
      for (const hidden of [
        'Check against the transcript.',
        'Trump, on camera',
        'calc',
        'agency’s report',
      ]) {
        expect(without).not.toContain(hidden)
      }
    })

    it('carries only the editors asked for', () => {
      const bens = textOf(format, { editors: ['ben-okafor'], kinds: [], notes: true })
      expect(bens).toContain('Ben Okafor')
      expect(bens).not.toContain('Ana Ruiz')
      expect(bens).not.toContain('Check against the transcript.')
    })

    it('carries only the kinds asked for', () => {
      const context = textOf(format, { editors: [], kinds: ['context'], notes: true })
      expect(context).toContain('the campaign began in September.')
      expect(context).not.toContain('Check against the transcript.')
      expect(context).not.toContain('Nested inside a context tag.')
    })
  })
})
