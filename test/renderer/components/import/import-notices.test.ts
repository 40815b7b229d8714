import { describe, expect, it } from 'vitest'
import type { AnnotationImportSummary } from '../../../../shared/import/import-report'
import {
  annotationNotices,
  importNotices,
} from '../../../../renderer/components/import/import-notices'

function summary(fields: Partial<AnnotationImportSummary> = {}): AnnotationImportSummary {
  return {
    file: 'tags.jsonld',
    placed: 12,
    orphaned: 0,
    skipped: 0,
    reviews: 0,
    articleIds: ['0123456789abcdef'],
    orphans: [],
    skippedReasons: [],
    ...fields,
  }
}

describe('annotationNotices', () => {
  it('says how many tags were placed, orphaned and skipped, and the reviews restored', () => {
    expect(annotationNotices(summary({ reviews: 1 }))).toEqual([
      {
        level: 'info',
        message: 'tags.jsonld: 12 placed, 0 orphaned, 0 skipped; 1 review restored.',
      },
    ])
    expect(importNotices({ imported: [], failures: [], annotations: [summary()] })).toEqual([
      { level: 'info', message: 'tags.jsonld: 12 placed, 0 orphaned, 0 skipped.' },
    ])
  })

  it('quotes the first orphans, says where they are kept, and why the first was skipped', () => {
    const orphans = ['One', 'Two', 'Three', 'Four'].map((word, index) => ({
      quote: `${word} ${'x'.repeat(index === 0 ? 70 : 3)}`,
      source: null,
      kept: index === 1,
    }))
    const notices = annotationNotices(
      summary({
        placed: 1,
        orphaned: 5,
        skipped: 2,
        orphans,
        skippedReasons: [
          { id: 'a', reason: 'already in the library (the same or a newer version)' },
          { id: 'b', reason: 'it marks no passage' },
        ],
      }),
    )
    expect(notices.map((notice) => notice.level)).toEqual(['info', 'warning', 'warning'])
    expect(notices[1]?.message).toBe(
      `tags.jsonld: no place found for “One ${'x'.repeat(56)}…”, “Two xxx”, “Three xxx” and 2 more. Those whose article was found are kept in it as orphans.`,
    )
    expect(notices[2]?.message).toBe('tags.jsonld: skipped b: it marks no passage.')
  })
})

describe('importNotices, cancelled', () => {
  it('warns which files a cancel left out, naming the first three', () => {
    const notices = importNotices({
      imported: [],
      failures: [],
      cancelled: ['a.txt', 'b.html', 'c.pdf', 'd.docx', 'e.md'],
    })
    expect(notices).toEqual([
      {
        level: 'warning',
        message:
          'Import cancelled: 5 files not imported (a.txt, b.html, c.pdf and 2 more). Nothing of them was added; import them again when you want them.',
      },
    ])
    expect(importNotices({ imported: [], failures: [], cancelled: [] })).toEqual([])
  })
})
