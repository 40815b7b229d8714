import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/main/store/library-store'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { withTempDir } from '../fixtures'

const draft = (text: string) => parsePlainText(text)

describe('LibraryStore', () => {
  it('keeps a small index plus one readable JSON file per article, on disk', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const meta = await store.add(draft('Headline Here\n\nFirst sentence. Second one.'), 'a.txt')
      expect(meta).toMatchObject({ title: 'Headline Here', sentenceCount: 3, sourceName: 'a.txt' })
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(index.articles).toHaveLength(1)
      expect(index.articles[0].body).toBeUndefined()
      const file = JSON.parse(await readFile(join(dir, 'articles', `${meta.id}.json`), 'utf8'))
      expect(file.article.body.content[1].content[0].text).toBe('First sentence. Second one.')
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toContain('\n  "version": 1')

      const reopened = await LibraryStore.open(dir)
      expect(reopened.list()).toEqual([meta])
      expect((await reopened.get(meta.id)).body).toEqual(file.article.body)
    })
  })

  it('refuses an article whose text is already in the library', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      await store.add(draft('Same text here.'), 'a.txt')
      await expect(store.add(draft('Same text here.'), 'b.txt')).rejects.toMatchObject({
        code: 'duplicate',
      })
      expect(store.list()).toHaveLength(1)
    })
  })

  it('updates metadata in the index and the article file', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(draft('Some text.'), 'a.txt')
      await store.updateMeta(id, { outlet: 'Example News', published: '2025-11-17' })
      const reopened = await LibraryStore.open(dir)
      expect(reopened.meta(id)).toMatchObject({ outlet: 'Example News', published: '2025-11-17' })
      expect(await reopened.get(id)).toMatchObject({ outlet: 'Example News' })
      await expect(store.updateMeta('0000000000000000', { outlet: 'x' })).rejects.toMatchObject({
        code: 'not-found',
      })
    })
  })

  it('moves a damaged index aside, rebuilds it from the article files and says so', async () => {
    for (const damage of [
      '',
      '{"version": 1, "articles": [',
      '\u0000\u0000\u0000',
      '{"version":1,"seeded":"x","articles":"x"}',
    ]) {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        const meta = await store.add(draft('Survivor text.'), 'a.txt')
        await writeFile(join(dir, 'library.json'), damage)
        const recovered = await LibraryStore.open(dir)
        expect(recovered.list().map((article) => article.id)).toEqual([meta.id])
        const notices = recovered.takeNotices()
        expect(notices).toHaveLength(1)
        expect(notices[0]?.message).toMatch(/damaged and has been rebuilt from 1 article/)
        const names = await readdir(dir)
        const aside = names.find((name) => name.startsWith('library.json.corrupt-'))
        expect(aside).toBeDefined()
        expect(await readFile(join(dir, aside ?? ''), 'utf8')).toBe(damage)
        expect(recovered.takeNotices()).toEqual([])
      })
    }
  })

  it('refuses to open an article whose file is damaged, keeping the damaged copy', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const { id } = await store.add(draft('Text.'), 'a.txt')
      await writeFile(join(dir, 'articles', `${id}.json`), '{"version": 1, "article": {"id": "x"}}')
      const reopened = await LibraryStore.open(dir)
      await expect(reopened.get(id)).rejects.toMatchObject({ code: 'store-failure' })
      const names = await readdir(join(dir, 'articles'))
      expect(names.some((name) => name.startsWith(`${id}.json.corrupt-`))).toBe(true)
    })
  })

  it('never lets __proto__ keys in a store file pollute objects', async () => {
    await withTempDir(async (dir) => {
      await writeFile(
        join(dir, 'library.json'),
        '{"version":1,"seeded":true,"articles":[],"__proto__":{"polluted":true}}',
      )
      const store = await LibraryStore.open(dir)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(store.takeNotices()).toHaveLength(1)
    })
  })
})
