import { describe, expect, it } from 'vitest'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import { dispatch } from '../../../../electron/core/dispatch'
import { createHandlers } from '../../../../electron/core/handlers'
import { openArticleWork } from '../../../../electron/core/open/open-article-work'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { describe as describeSpan } from '../../../../shared/anchoring/describe'
import { articleSchema } from '../../../../shared/editor/schema'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { OpenedArticle } from '../../../../shared/model/opened-article'
import { unpackBody } from '../../../../shared/model/packed-body'
import { unpackTags } from '../../../../shared/model/packed-tags'
import { articleText } from '../../../../shared/text/article-text'
import { withTempDir } from '../../main/fixtures'

const ANA: EditorRef = { id: 'ana', name: 'Ana' }
const BEN: EditorRef = { id: 'ben', name: 'Ben' }
const SOURCE =
  'Harbour reopens\n\nThe harbour reopened on Monday. "We are ready," the mayor said.\n\n' +
  'Ferries will run hourly.'
const NOW = '2026-12-01T09:00:00.000Z'

/** A library holding one article, tagged by Ana (one tag of hers an orphan) and by Ben. */
async function library(dir: string) {
  const dataDir = join(dir, 'library')
  await mkdir(dataDir)
  const store = await LibraryStore.open(dataDir)
  const draft = parsePlainText(SOURCE)
  const meta = await store.add(draft, 'harbour.txt')
  const text = articleText(Node.fromJSON(articleSchema, draft.body))
  const tagOn = (id: string, author: EditorRef, quote: string): Annotation => {
    const start = text.indexOf(quote)
    return {
      id,
      articleId: meta.id,
      author,
      kind: 'claim',
      target: describeSpan(text, start, start + quote.length),
      note: '',
      created: NOW,
      modified: NOW,
    }
  }
  const orphan: Annotation = {
    ...tagOn('tag-ana-0002', ANA, 'Ferries will run hourly.'),
    target: {
      position: { type: 'TextPositionSelector', start: 500, end: 510 },
      quote: { type: 'TextQuoteSelector', exact: 'gone words', prefix: '', suffix: '' },
    },
  }
  await store.saveWork(
    meta.id,
    { tags: [tagOn('tag-ana-0001', ANA, 'The harbour reopened on Monday.'), orphan] },
    ANA,
  )
  await store.saveWork(
    meta.id,
    { tags: [{ ...tagOn('tag-ben-0001', BEN, 'Ferries will run hourly.'), note: 'Timetable?' }] },
    BEN,
  )
  return { store, dataDir, id: meta.id, text }
}

describe('openArticleWork', () => {
  it('answers the article, the editor and every tag, which unpack to what the store holds', async () => {
    await withTempDir(async (dir) => {
      const { store, id, text } = await library(dir)
      const opened = await openArticleWork(store, ANA, id)
      const { body, ...meta } = await store.get(id)
      expect(opened.article).toEqual(meta)
      expect(unpackBody(opened.body)).toEqual(body)
      // Every block of the sample is a paragraph of plain text (but its heading): text alone.
      expect(opened.body.blocks.filter((block) => typeof block !== 'string')).toHaveLength(1)
      expect(opened.editor).toEqual(ANA)
      expect(opened.reviews).toEqual(await store.reviews(id))
      const stored = await store.tags(id)
      expect(stored).toHaveLength(3)
      expect(unpackTags(text, id, opened.tags)).toEqual(stored)
      // The orphan keeps its selectors; the others travel as their place only.
      const withTarget = opened.tags.rests.filter(([, rest]) => rest.target !== undefined)
      expect(withTarget.map(([row]) => opened.tags.ids[row])).toEqual(['tag-ana-0002'])
      await store.close()
    })
  })

  it('is one call through dispatch, recorded as recent, and fails plainly for a missing article', async () => {
    await withTempDir(async (dir) => {
      const { store, dataDir, id } = await library(dir)
      const settings = await SettingsStore.open(dataDir, 'Ana')
      const recent: (readonly string[])[] = []
      const handlers = createHandlers({
        store,
        settings,
        dialogs: {
          chooseImportFiles: async () => [],
          chooseExportFile: async () => null,
          chooseExportFolder: async () => null,
          showInFolder: () => undefined,
        },
        htmlRenderer: null,
        appInfo: { name: 'Factmark', version: 't', dataDir, platform: 'linux' },
        onRecentChanged: (ids) => recent.push(ids),
      })
      const result = await dispatch(handlers, 'openArticleWork', { id })
      if (!result.ok) throw new Error(result.error.message)
      const opened = result.value as OpenedArticle
      expect(opened.editor).toEqual(settings.editor)
      expect(opened.tags.ids).toHaveLength(3)
      expect(recent).toEqual([[id]])
      const missing = await dispatch(handlers, 'openArticleWork', { id: '0123456789abcdef' })
      expect(missing.ok).toBe(false)
      const invalid = await dispatch(handlers, 'openArticleWork', { id: '../../etc/passwd' })
      expect(invalid.ok ? null : invalid.error.code).toBe('invalid-argument')
      expect(recent).toHaveLength(1)
      await store.close()
    })
  })
})
