import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { articleMetaEditSchema } from '../../../../shared/model/article'
import { withTempDir } from '../../main/fixtures'

const ana = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const KEY = '0123456789abcdef'

describe('LibraryStore: the web debris an editor kept', () => {
  it('loads article files and an index written before the field existed', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(parsePlainText('Some text.\n\n.png)'), 'a.txt')
      await store.close()
      const path = join(dir, 'articles', `${id}.json`)
      const file = JSON.parse(await readFile(path, 'utf8')) as { article: object }
      expect(file.article).not.toHaveProperty('debrisKept')
      const reopened = await LibraryStore.open(dir)
      expect((await reopened.get(id)).debrisKept).toBeUndefined()
      await reopened.close()
    })
  })

  it('keeps the list through metadata edits, saves of work and a reopening', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(parsePlainText('Some text.\n\n.png)'), 'a.txt')
      await store.updateMeta(id, { debrisKept: [KEY] })
      await store.updateMeta(id, { outlet: 'Example News' })
      const article = await store.get(id)
      await store.saveWork(id, { body: article.body, tags: [] }, ana)
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect((await reopened.get(id)).debrisKept).toEqual([KEY])
      expect(reopened.meta(id)).toMatchObject({ outlet: 'Example News', debrisKept: [KEY] })
      await reopened.close()
    })
  })

  it('refuses keys that are not debris keys', () => {
    expect(articleMetaEditSchema.safeParse({ debrisKept: [KEY] }).success).toBe(true)
    expect(articleMetaEditSchema.safeParse({ debrisKept: ['../x'] }).success).toBe(false)
    expect(articleMetaEditSchema.safeParse({ debrisKept: KEY }).success).toBe(false)
  })

  it('reads an article file that holds a kept list', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(parsePlainText('Some text.'), 'a.txt')
      await store.close()
      const path = join(dir, 'articles', `${id}.json`)
      const file = JSON.parse(await readFile(path, 'utf8')) as { article: object }
      await writeFile(
        path,
        JSON.stringify({ ...file, article: { ...file.article, debrisKept: [KEY] } }),
      )
      const reopened = await LibraryStore.open(dir)
      expect((await reopened.get(id)).debrisKept).toEqual([KEY])
      expect(reopened.takeNotices()).toEqual([])
      await reopened.close()
    })
  })
})
