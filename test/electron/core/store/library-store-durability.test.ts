import { describe, expect, it } from 'vitest'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { textHash } from '../../../../shared/text/hash'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'

const TEXT = 'Durable headline\n\nFirst sentence here. Second sentence there.'
const EDITED = 'Durable headline\n\nFirst sentence here. Second sentence there. A third one.'
const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }

function tagNumbered(articleId: string, n: number): Annotation {
  const now = new Date().toISOString()
  return {
    id: `ana-tag-${String(n).padStart(4, '0')}`,
    articleId,
    author: ana,
    kind: 'claim',
    target: describeSpan(TEXT, 18, 38),
    note: `note ${n}`,
    created: now,
    modified: now,
  }
}

const body = (text: string): DocNodeJson => {
  const [heading = '', ...paragraphs] = text.split('\n\n')
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: heading }] },
      ...paragraphs.map((paragraph) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: paragraph }],
      })),
    ],
  }
}

async function onDisk(dir: string, id: string) {
  return JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8'))
}

async function tempFiles(dir: string): Promise<string[]> {
  const names = [...(await readdir(dir)), ...(await readdir(join(dir, 'articles')))]
  return names.filter((name) => name.endsWith('.tmp'))
}

/** A library with one article, open on a fault-injecting file system. */
async function openWithArticle(
  dir: string,
  options: { indexDelayMs?: number; holder?: 'app' | 'cli' } = {},
) {
  const fs = new FaultyFs()
  const store = await LibraryStore.open(dir, { fs, ...options })
  const { id } = await store.add(parsePlainText(TEXT), 'durable.txt')
  return { fs, store, id }
}

describe('LibraryStore durability', () => {
  it('ends in the last state after 1,000 saves started at once', async () => {
    await withTempDir(async (dir) => {
      const { store, id } = await openWithArticle(dir)
      const saves = Array.from({ length: 1000 }, (_, n) =>
        store.saveWork(id, { tags: [tagNumbered(id, n)] }, ana),
      )
      const metas = await Promise.all(saves)
      expect(metas.every((meta) => meta.tagCount === 1)).toBe(true)
      expect((await store.tags(id)).map((tag) => tag.note)).toEqual(['note 999'])
      expect(store.meta(id).tagCount).toBe(1)
      expect((await onDisk(dir, id)).annotations.map((tag: Annotation) => tag.note)).toEqual([
        'note 999',
      ])
      await store.close()
      expect(await tempFiles(dir)).toEqual([])
    })
    // A thousand writes (and as many tombstones) take about 4.5 s alone; more on a busy machine.
  }, 120_000)

  it('never promises the CLI a later save: its message says the change was not saved', async () => {
    await withTempDir(async (dir) => {
      const { fs, store, id } = await openWithArticle(dir, { holder: 'cli' })
      fs.arm(1, 'ENOSPC', { persistent: true, ops: ['write', 'fsync'] })
      const failed = store.saveWork(id, { tags: [tagNumbered(id, 1)] }, ana)
      await expect(failed).rejects.toThrow(
        'Could not save the article “Durable headline”: the disk is full (ENOSPC). The previous version on disk is intact; this change was not saved. Free some space or fix the disk, then run the command again.',
      )
      await expect(failed).rejects.not.toThrow(/next save/)
      fs.disarm()
      await store.close().catch(() => undefined)
    })
  })

  it('rejects a save the disk refuses, keeps the file, and writes the work with the next save', async () => {
    await withTempDir(async (dir) => {
      const { fs, store, id } = await openWithArticle(dir)
      const before = await readFile(join(dir, 'articles', `${id}.json`))
      // The text edit fails to save: the disk is full, so writing or flushing any file fails...
      fs.arm(1, 'ENOSPC', { persistent: true, ops: ['write', 'fsync'] })
      const failed = store.saveWork(id, { body: body(EDITED), tags: [tagNumbered(id, 1)] }, ana)
      await expect(failed).rejects.toMatchObject({ code: 'store-failure' })
      await expect(failed).rejects.toThrow(
        'Could not save the article “Durable headline”: the disk is full (ENOSPC). The previous version on disk is intact; your changes are kept and the next save writes them.',
      )
      fs.disarm()
      expect(await readFile(join(dir, 'articles', `${id}.json`))).toEqual(before)
      expect(await tempFiles(dir)).toEqual([])
      // ...but stays in memory, so the next save, with only newer tags, writes the text too.
      expect((await store.tags(id)).map((tag) => tag.note)).toEqual(['note 1'])
      const meta = await store.saveWork(id, { tags: [tagNumbered(id, 2)] }, ana)
      expect(meta.textHash).toBe(textHash(EDITED))
      const file = await onDisk(dir, id)
      expect(file.article.body).toEqual(body(EDITED))
      expect(file.article.textHash).toBe(textHash(EDITED))
      expect(file.annotations.map((tag: Annotation) => tag.note)).toEqual(['note 2'])
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect(reopened.meta(id)).toEqual(meta)
      await reopened.close()
    })
  })

  it('writes work whose save failed when the library is closed', async () => {
    await withTempDir(async (dir) => {
      const { fs, store, id } = await openWithArticle(dir)
      fs.arm(1, 'EIO', { persistent: true, ops: ['write', 'fsync'] })
      await expect(store.saveWork(id, { tags: [tagNumbered(id, 7)] }, ana)).rejects.toThrow(
        /the disk reported an input\/output error \(EIO\)/,
      )
      fs.disarm()
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect((await reopened.tags(id)).map((tag) => tag.note)).toEqual(['note 7'])
      await reopened.close()
    })
  })

  it('releases the lock even when closing cannot write, keeping the files intact', async () => {
    await withTempDir(async (dir) => {
      const { fs, store, id } = await openWithArticle(dir)
      await store.saveWork(id, { tags: [tagNumbered(id, 1)] }, ana)
      const saved = await readFile(join(dir, 'articles', `${id}.json`))
      fs.arm(1, 'EACCES', { persistent: true, ops: ['open'] })
      await expect(store.saveWork(id, { tags: [tagNumbered(id, 2)] }, ana)).rejects.toThrow(
        /not allowed to write in the library folder \(EACCES\)/,
      )
      await expect(store.close()).rejects.toMatchObject({ code: 'store-failure' })
      fs.disarm()
      expect(await readFile(join(dir, 'articles', `${id}.json`))).toEqual(saved)
      expect(await readdir(dir)).not.toContain('library.lock')
      await expect(store.saveWork(id, { tags: [] }, ana)).rejects.toThrow(/has been closed/)
      const reopened = await LibraryStore.open(dir)
      expect(reopened.meta(id).tagCount).toBe(1)
      await reopened.close()
    })
  })

  it('adds nothing when the new article cannot be written', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const store = await LibraryStore.open(dir, { fs })
      fs.arm(3, 'ENOSPC')
      await expect(store.add(parsePlainText(TEXT), 'full.txt')).rejects.toThrow(
        /^Could not save the article “Durable headline”: the disk is full \(ENOSPC\)\. It was not added\.$/,
      )
      fs.disarm()
      expect(store.list()).toEqual([])
      await store.close()
      expect(await readdir(join(dir, 'articles'))).toEqual([])
      const reopened = await LibraryStore.open(dir)
      expect(reopened.list()).toEqual([])
      await reopened.close()
    })
  })

  it('after a failure at any file-system call of a save, reopens to the old or the new state', async () => {
    await withTempDir(async (dir) => {
      const { fs, store, id } = await openWithArticle(dir, { indexDelayMs: 0 })
      await store.close()
      // Count the calls of one save, including the delayed index write and closing.
      let counting = await LibraryStore.open(dir, { fs, indexDelayMs: 0 })
      fs.reset()
      await counting.saveWork(id, { tags: [tagNumbered(id, 0)] }, ana)
      await counting.close()
      const calls = fs.calls
      let last = 0
      for (let failAt = 1; failAt <= calls; failAt += 1) {
        for (const code of ['EIO', 'ENOSPC']) {
          const label = `${code} at call ${failAt}`
          counting = await LibraryStore.open(dir, { fs, indexDelayMs: 0 })
          const next = last + 1
          fs.arm(failAt, code)
          const outcome = await counting.saveWork(id, { tags: [tagNumbered(id, next)] }, ana).then(
            () => 'saved',
            (error: { code?: string }) => error.code,
          )
          await counting.close().catch(() => undefined)
          fs.disarm()
          expect(['saved', 'store-failure'], label).toContain(outcome)
          const reopened = await LibraryStore.open(dir)
          const notes = (await reopened.tags(id)).map((tag) => tag.note)
          expect([[`note ${last}`], [`note ${next}`]], label).toContainEqual(notes)
          if (outcome === 'saved') expect(notes, label).toEqual([`note ${next}`])
          expect(reopened.meta(id).tagCount, label).toBe(1)
          expect(reopened.takeNotices(), label).toEqual([])
          await reopened.close()
          expect(await tempFiles(dir), label).toEqual([])
          last = Number(notes[0]?.replace('note ', ''))
        }
      }
    })
  })

  it('writes the index lazily, and a crash before it is written loses no change', async () => {
    await withTempDir(async (dir) => {
      const { store, id } = await openWithArticle(dir, { indexDelayMs: 3_600_000 })
      await store.close()
      const crashed = await LibraryStore.open(dir, { indexDelayMs: 3_600_000 })
      const index = await readFile(join(dir, 'library.json'), 'utf8')
      const indexInode = (await stat(join(dir, 'library.json'))).ino
      const saved = await crashed.saveWork(
        id,
        { body: body(EDITED), tags: [tagNumbered(id, 3)] },
        ana,
      )
      const added = await crashed.add(
        parsePlainText('Another one\n\nWritten just before.'),
        'b.txt',
      )
      // Saving did not rewrite the index; the marker says article files are ahead of it.
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(index)
      expect((await stat(join(dir, 'library.json'))).ino).toBe(indexInode)
      expect(await readdir(dir)).toContain('library.pending')
      // The process dies: its lock is gone, the index never written.
      await rm(join(dir, 'library.lock'))

      const reopened = await LibraryStore.open(dir)
      expect(reopened.meta(id)).toEqual(saved)
      expect(reopened.meta(added.id)).toEqual(added)
      expect(reopened.takeNotices()).toEqual([])
      expect(await readdir(dir)).not.toContain('library.pending')
      const written = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(written.articles).toHaveLength(2)
      await reopened.close()
    })
  })

  it('saves even when no backup can be made, and says so once', async () => {
    await withTempDir(async (dir) => {
      const { fs, store, id } = await openWithArticle(dir)
      const failing = new FaultyFs()
      const open = fs.open.bind(fs)
      fs.open = (path, flags) =>
        path.includes('backups') ? failing.open(path, flags) : open(path, flags)
      failing.arm(1, 'EACCES', { persistent: true })
      await store.saveWork(id, { tags: [tagNumbered(id, 1)] }, ana)
      await store.saveWork(id, { tags: [tagNumbered(id, 2)] }, ana)
      expect((await onDisk(dir, id)).annotations.map((tag: Annotation) => tag.note)).toEqual([
        'note 2',
      ])
      const notices = store.takeNotices()
      expect(notices).toHaveLength(1)
      expect(notices[0]?.message).toMatch(
        /^Factmark could not keep a backup copy of article [0-9a-f]{16} in .*backups: EACCES: injected failure.* Your work was saved/,
      )
      await store.close()
    })
  })

  it('shows notices raised after opening through onNotice when it can', async () => {
    await withTempDir(async (dir) => {
      const { store, id } = await openWithArticle(dir)
      await store.close()
      await rm(join(dir, 'articles', `${id}.json`))
      const shown: string[] = []
      const reopened = await LibraryStore.open(dir, {
        onNotice: (notice) => {
          shown.push(notice.message)
          return true
        },
      })
      await reopened.get(id)
      expect(shown).toEqual([expect.stringMatching(/was missing .* restored from its backup/)])
      expect(reopened.takeNotices()).toEqual([])
      await reopened.close()
    })
  })
})
