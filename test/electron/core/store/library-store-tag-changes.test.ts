import { describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one. Third one here.'

function tagOn(articleId: string, quote: string, author: EditorRef, kind: Annotation['kind']) {
  const start = TEXT.indexOf(quote)
  return {
    id: `${author.id}-${start}`,
    articleId,
    author,
    kind,
    target: describeSpan(TEXT, start, start + quote.length),
    note: '',
    created: '2026-12-07T10:00:00.000Z',
    modified: '2026-12-07T10:00:00.000Z',
  } satisfies Annotation
}

const pairs = (tags: Annotation[]) => tags.map((tag) => [tag.id, tag.author.id, tag.kind])

describe('LibraryStore.saveTagChanges', () => {
  it('merges the changes into the editor’s saved tags, leaves others’ alone, and keeps them', async () => {
    await withTempDir(async (dir) => {
      let store = await LibraryStore.open(dir)
      const id = (await store.add(parsePlainText(TEXT), 'a.txt')).id
      const first = tagOn(id, 'First sentence.', ana, 'claim')
      const second = tagOn(id, 'Second one.', ana, 'quote')
      await store.saveWork(id, { tags: [first, second] }, ana)
      const bens = tagOn(id, 'Third one here.', ben, 'context')
      await store.saveWork(id, { tags: [bens] }, ben)

      const third = tagOn(id, 'Third one here.', ana, 'disputed')
      const meta = await store.saveTagChanges(
        id,
        { changed: [{ ...second, kind: 'claim' }, third], removed: [first.id] },
        ana,
      )
      expect(meta.tagCount).toBe(3)
      await store.close()
      store = await LibraryStore.open(dir)
      expect(pairs(await store.tags(id))).toEqual(
        expect.arrayContaining([
          [second.id, ana.id, 'claim'],
          [third.id, ana.id, 'disputed'],
          [bens.id, ben.id, 'context'],
        ]),
      )
      expect(await store.tags(id)).toHaveLength(3)
      // The removed tag left a tombstone, as a whole save that drops it does.
      expect((await store.tombstones(id)).map((tombstone) => tombstone.id)).toContain(first.id)
      await store.close()
    })
  })

  it('refuses a changed tag of another editor and saves nothing', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      try {
        const id = (await store.add(parsePlainText(TEXT), 'a.txt')).id
        const bens = tagOn(id, 'Second one.', ben, 'quote')
        await expect(
          store.saveTagChanges(id, { changed: [bens], removed: [] }, ana),
        ).rejects.toThrow()
        expect(await store.tags(id)).toEqual([])
      } finally {
        await store.close()
      }
    })
  })
})
