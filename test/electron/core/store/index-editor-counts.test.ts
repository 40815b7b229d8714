import { describe, expect, it } from 'vitest'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const sam: EditorRef = { id: 'sam-reviewer', name: 'Sam Reviewer' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one. Third one here.'

function tagOn(articleId: string, quote: string, author: EditorRef): Annotation {
  const start = TEXT.indexOf(quote)
  const now = new Date().toISOString()
  return {
    id: `${author.id}-${start}`,
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(TEXT, start, start + quote.length),
    note: '',
    created: now,
    modified: now,
  }
}

/** Removes `tagsByEditor` from every entry of a JSON file's `articles` (or its `article`). */
async function asWrittenBeforeCounts(path: string): Promise<void> {
  const data = JSON.parse(await readFile(path, 'utf8'))
  for (const meta of data.articles ?? [data.article]) delete meta.tagsByEditor
  await writeFile(path, JSON.stringify(data))
}

describe('the per-editor tag counts in the library index', () => {
  it('are kept up to date by each save, in memory and on disk', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(parsePlainText(TEXT), 'a.txt')
      expect(store.meta(id).tagsByEditor).toEqual([])
      await store.saveWork(id, { tags: [tagOn(id, 'First sentence.', ana)] }, ana)
      const saved = await store.saveWork(
        id,
        { tags: [tagOn(id, 'Second one.', sam), tagOn(id, 'Third one here.', sam)] },
        sam,
      )
      const counts = [
        { ...sam, count: 2 },
        { ...ana, count: 1 },
      ]
      expect(saved.tagsByEditor).toEqual(counts)
      expect(store.meta(id)).toMatchObject({ tagCount: 3, tagsByEditor: counts })
      await store.close()
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(index.articles[0].tagsByEditor).toEqual(counts)
    })
  })

  it('are migrated on open from an index written before they existed, losing nothing', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const tagged = await store.add(parsePlainText(TEXT), 'a.txt')
      const untagged = await store.add(parsePlainText('Other Headline\n\nJust one.'), 'b.txt')
      await store.saveWork(tagged.id, { tags: [tagOn(tagged.id, 'First sentence.', ana)] }, ana)
      await store.saveWork(tagged.id, { tags: [tagOn(tagged.id, 'Second one.', sam)] }, sam)
      const before = store.list()
      await store.close()
      await asWrittenBeforeCounts(join(dir, 'library.json'))
      await asWrittenBeforeCounts(join(dir, 'articles', `${tagged.id}.json`))

      const reopened = await LibraryStore.open(dir)
      expect(reopened.list().map((meta) => meta.id)).toEqual(before.map((meta) => meta.id))
      expect(reopened.meta(tagged.id)).toMatchObject({
        tagCount: 2,
        tagsByEditor: [
          { ...ana, count: 1 },
          { ...sam, count: 1 },
        ],
      })
      expect(reopened.meta(untagged.id)).toMatchObject({ tagCount: 0, tagsByEditor: [] })
      expect(await reopened.tags(tagged.id)).toHaveLength(2)
      await reopened.close()
      // Written, so the next open has nothing to migrate.
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(index.articles.map((meta: { tagsByEditor?: unknown }) => meta.tagsByEditor)).toEqual(
        before.map((meta) => meta.tagsByEditor),
      )
    })
  })

  it('leave an entry whose file cannot be read as it was, total and all', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(parsePlainText(TEXT), 'a.txt')
      await store.saveWork(id, { tags: [tagOn(id, 'First sentence.', ana)] }, ana)
      await store.close()
      await asWrittenBeforeCounts(join(dir, 'library.json'))
      await writeFile(join(dir, 'articles', `${id}.json`), '{ not json')
      await rm(join(dir, 'backups'), { recursive: true, force: true })

      const reopened = await LibraryStore.open(dir)
      const meta = reopened.list().find((entry) => entry.id === id)
      expect(meta?.tagCount).toBe(1)
      expect(meta?.tagsByEditor).toBeUndefined()
      await reopened.close()
    })
  })
})
