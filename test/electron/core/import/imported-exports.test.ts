import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importFiles } from '../../../../electron/core/import/import-files'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { exportArticle } from '../../../../shared/export/export-article'
import { ANNOTATED_FORMATS } from '../../../../shared/export/types'
import { withTempDir } from '../../main/fixtures'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url))
const CONTEXT = { exportedAt: '2025-11-20T10:00:00.000Z', appVersion: 'test' }
const ALL = { editors: [], kinds: [], notes: true }

describe('exports of imported articles with links', () => {
  it('export in every format, keeping the text and no unsafe link or script', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const report = await importFiles(store, [
        join(FIXTURES, 'harbour-news.html'),
        join(FIXTURES, 'hostile.html'),
      ])
      expect(report.imported).toHaveLength(2)
      for (const meta of report.imported) {
        const article = await store.get(meta.id)
        expect(JSON.stringify(article.body)).toContain('"type":"link"')
        for (const format of ANNOTATED_FORMATS) {
          const { data } = exportArticle(format, article, [], ALL, CONTEXT)
          const text = typeof data === 'string' ? data : new TextDecoder().decode(data)
          if (format === 'html' || format === 'md') {
            expect(text, format).toContain(
              meta.id === report.imported[0]?.id
                ? 'reopened to traffic'
                : 'Debate continues next week.',
            )
          }
          expect(text, format).not.toMatch(/javascript:|vbscript:|__xss|<script/i)
        }
      }
      await store.close()
    })
  })
})
