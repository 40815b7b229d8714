import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef, TagKind } from '../../../../shared/model/annotation'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { withTempDir } from '../../main/fixtures'

const draft = (text: string) => parsePlainText(text)

/** Closes `store` (releasing the library's lock) and opens its library again. */
async function reopen(store: LibraryStore): Promise<LibraryStore> {
  await store.close()
  return LibraryStore.open(store.dataDir)
}

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }

/** A tag by `author` on the first occurrence of `quote` in `text`. */
function tagOn(
  articleId: string,
  text: string,
  quote: string,
  author: EditorRef,
  kind: TagKind = 'claim',
  id = `${author.id}-${kind}-${text.indexOf(quote)}`,
): Annotation {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`${quote} is not in the text`)
  const now = new Date().toISOString()
  return {
    id,
    articleId,
    author,
    kind,
    target: describeSpan(text, start, start + quote.length),
    note: '',
    created: now,
    modified: now,
  }
}

const paragraphs = (...texts: string[]): DocNodeJson => ({
  type: 'doc',
  content: texts.map((text) => ({
    type: 'paragraph',
    ...(text ? { content: [{ type: 'text', text }] } : {}),
  })),
})

describe('LibraryStore', () => {
  it('keeps a small index plus one readable JSON file per article, on disk', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const meta = await store.add(draft('Headline Here\n\nFirst sentence. Second one.'), 'a.txt')
      expect(meta).toMatchObject({ title: 'Headline Here', sentenceCount: 3, sourceName: 'a.txt' })
      const file = JSON.parse(await readFile(join(dir, 'articles', `${meta.id}.json`), 'utf8'))
      expect(file.article.body.content[1].content[0].text).toBe('First sentence. Second one.')
      await store.close()
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(index.articles).toHaveLength(1)
      expect(index.articles[0].body).toBeUndefined()
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toContain('\n  "version": 2')

      const reopened = await LibraryStore.open(dir)
      expect(reopened.list()).toEqual([meta])
      expect((await reopened.get(meta.id)).body).toEqual(file.article.body)
      await reopened.close()
      expect((await readdir(dir)).sort()).toEqual(['articles', 'backups', 'library.json'])
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
      const reopened = await reopen(store)
      expect(reopened.meta(id)).toMatchObject({ outlet: 'Example News', published: '2025-11-17' })
      expect(await reopened.get(id)).toMatchObject({ outlet: 'Example News' })
      await expect(store.updateMeta('0000000000000000', { outlet: 'x' })).rejects.toMatchObject({
        code: 'not-found',
      })
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

  describe('saveWork', () => {
    const TEXT = 'Headline Here\n\nFirst sentence. Second one.'

    it('replaces only the acting editor’s tags, on disk and in the tag count', async () => {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        const { id } = await store.add(draft(TEXT), 'a.txt')
        const anaFirst = tagOn(id, TEXT, 'First sentence.', ana)
        const anaSecond = tagOn(id, TEXT, 'Second one.', ana, 'quote')
        const benFirst = tagOn(id, TEXT, 'First sentence.', ben, 'disputed')
        await store.saveWork(id, { tags: [anaFirst, anaSecond] }, ana)
        await store.saveWork(id, { tags: [benFirst] }, ben)
        expect(await store.tags(id)).toEqual([anaFirst, anaSecond, benFirst])

        const anaEdited = { ...anaSecond, kind: 'context' as const }
        const meta = await store.saveWork(id, { tags: [anaEdited] }, ana)
        expect(meta.tagCount).toBe(2)
        expect(store.meta(id).tagCount).toBe(2)
        expect(await store.tags(id)).toEqual([benFirst, anaEdited])

        const reopened = await reopen(store)
        expect(await reopened.tags(id)).toEqual([benFirst, anaEdited])
        expect(reopened.meta(id).tagCount).toBe(2)
        const file = JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8'))
        expect(file.annotations).toEqual([benFirst, anaEdited])
        expect(file.article.tagCount).toBe(2)

        await reopened.saveWork(id, { tags: [] }, ana)
        expect(await reopened.tags(id)).toEqual([benFirst])
      })
    })

    it('refuses a tag by another editor or on another article, saving nothing', async () => {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        const { id } = await store.add(draft(TEXT), 'a.txt')
        const other = await store.add(draft('Another article. With text.'), 'b.txt')
        const mine = tagOn(id, TEXT, 'First sentence.', ana)
        await store.saveWork(id, { tags: [mine] }, ana)

        const bens = tagOn(id, TEXT, 'Second one.', ben)
        await expect(store.saveWork(id, { tags: [mine, bens] }, ana)).rejects.toMatchObject({
          code: 'forbidden',
          message: expect.stringMatching(/belongs to Ben Okafor, not to Ana Ruiz/),
        })
        const elsewhere = { ...tagOn(id, TEXT, 'Second one.', ana), articleId: other.id }
        await expect(store.saveWork(id, { tags: [elsewhere] }, ana)).rejects.toMatchObject({
          code: 'invalid-argument',
          message: expect.stringMatching(/another article/),
        })
        const stolenId = { ...tagOn(id, TEXT, 'Second one.', ben), id: mine.id }
        await expect(store.saveWork(id, { tags: [stolenId] }, ben)).rejects.toMatchObject({
          code: 'duplicate',
        })
        await expect(store.saveWork('0123456789abcdef', { tags: [] }, ana)).rejects.toMatchObject({
          code: 'not-found',
        })

        expect(await store.tags(id)).toEqual([mine])
        expect(await (await reopen(store)).tags(id)).toEqual([mine])
        expect(await store.tags(other.id)).toEqual([])
      })
    })

    it('saves an edited body, updating textHash and sentenceCount in the index and the file', async () => {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        const before = await store.add(draft(TEXT), 'a.txt')
        const body = paragraphs('Headline Here', 'First sentence. Second one. A third.', 'More.')
        const meta = await store.saveWork(before.id, { body, tags: [] }, ana)
        expect(meta.id).toBe(before.id)
        expect(meta.sentenceCount).toBe(5)
        expect(meta.textHash).not.toBe(before.textHash)
        expect(meta.textHash).toMatch(/\S/)

        const reopened = await reopen(store)
        expect(reopened.meta(before.id)).toEqual(meta)
        const article = await reopened.get(before.id)
        expect(article).toMatchObject({ sentenceCount: 5, textHash: meta.textHash })
        expect(article.body).toEqual(body)
        const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
        expect(index.articles[0]).toMatchObject({ sentenceCount: 5, textHash: meta.textHash })
        const file = JSON.parse(await readFile(join(dir, 'articles', `${before.id}.json`), 'utf8'))
        expect(file.article).toMatchObject({ sentenceCount: 5, textHash: meta.textHash })

        const unchanged = await reopened.saveWork(before.id, { tags: [] }, ana)
        expect(unchanged).toMatchObject({ sentenceCount: 5, textHash: meta.textHash })
        expect((await reopened.get(before.id)).body).toEqual(body)
      })
    })

    it('refuses an empty or invalid body and keeps the text it had', async () => {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        const before = await store.add(draft(TEXT), 'a.txt')
        for (const body of [paragraphs(''), paragraphs('   ', ''), paragraphs('\t')]) {
          await expect(store.saveWork(before.id, { body, tags: [] }, ana)).rejects.toMatchObject({
            code: 'invalid-argument',
            message: expect.stringMatching(/without text/),
          })
        }
        const invalid = { type: 'doc', content: [{ type: 'image' }] }
        await expect(
          store.saveWork(before.id, { body: invalid, tags: [] }, ana),
        ).rejects.toMatchObject({
          code: 'invalid-argument',
          message: expect.stringMatching(/not valid/),
        })
        const reopened = await reopen(store)
        expect(reopened.meta(before.id)).toEqual(before)
        expect((await reopened.get(before.id)).body).toEqual((await store.get(before.id)).body)
      })
    })

    it('loads an article file written before tags existed, with no annotations', async () => {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(dir)
        const { id } = await store.add(draft(TEXT), 'a.txt')
        const path = join(dir, 'articles', `${id}.json`)
        const { annotations, ...oldShape } = JSON.parse(await readFile(path, 'utf8'))
        expect(annotations).toEqual([])
        await writeFile(path, JSON.stringify(oldShape))

        const reopened = await reopen(store)
        expect(await reopened.tags(id)).toEqual([])
        expect((await reopened.get(id)).title).toBe('Headline Here')
        expect(reopened.takeNotices()).toEqual([])
        const tag = tagOn(id, TEXT, 'Second one.', ana)
        await reopened.saveWork(id, { tags: [tag] }, ana)
        expect(JSON.parse(await readFile(path, 'utf8')).annotations).toEqual([tag])
      })
    })
  })
})
