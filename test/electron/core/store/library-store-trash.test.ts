import { describe, expect, it } from 'vitest'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'
import { fsError } from './faulty-fs'

const TEXT = 'Council Votes\n\nThe council voted on Monday. Nine members agreed.'
const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const sam: EditorRef = { id: 'sam-reviewer', name: 'Sam Reviewer' }
/** Long enough that the index is never written by its timer during a test. */
const NEVER = 3_600_000

function tag(articleId: string, author: EditorRef, quote: string): Annotation {
  const text = TEXT
  const start = text.indexOf(quote)
  const now = new Date().toISOString()
  return {
    id: `${author.id}-${start}`,
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(text, start, start + quote.length),
    note: `by ${author.name}`,
    created: now,
    modified: now,
  }
}

/** A library with one article tagged by two editors; returns the store, the id and the file. */
async function tagged(dir: string, options: { indexDelayMs?: number; fs?: StoreFs } = {}) {
  const store = await LibraryStore.open(dir, options)
  const { id } = await store.add(parsePlainText(TEXT), 'council.txt')
  await store.saveWork(id, { tags: [tag(id, ana, 'Nine members agreed.')] }, ana)
  await store.saveWork(id, { tags: [tag(id, sam, 'The council voted on Monday.')] }, sam)
  const path = join(dir, 'articles', `${id}.json`)
  return { store, id, path, bytes: await readFile(path) }
}

/** The index as written on disk. */
async function indexOnDisk(dir: string): Promise<string[]> {
  const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
  return index.articles.map((meta: { id: string }) => meta.id)
}

/** Simulates the process dying: its lock is left behind by a dead process, nothing is flushed. */
async function die(dir: string): Promise<void> {
  await rm(join(dir, 'library.lock'))
}

describe('deleting an article and putting it back', () => {
  it('moves the file into trash/, byte for byte, and takes it out of the index', async () => {
    await withTempDir(async (dir) => {
      const { store, id, bytes } = await tagged(dir)
      const meta = store.meta(id)
      expect(await store.delete(id)).toEqual(meta)
      expect(store.list()).toEqual([])
      expect(() => store.meta(id)).toThrow(/No article with id/)
      await expect(store.get(id)).rejects.toMatchObject({ code: 'not-found' })
      expect(await readdir(join(dir, 'articles'))).not.toContain(`${id}.json`)
      expect(await readFile(join(dir, 'trash', `${id}.json`))).toEqual(bytes)
      await store.close()
      expect(await indexOnDisk(dir)).toEqual([])
    })
  })

  it('restores it exactly, with every editor’s tags, and the index lists it again', async () => {
    await withTempDir(async (dir) => {
      const { store, id, path, bytes } = await tagged(dir)
      const meta = store.meta(id)
      const tags = await store.tags(id)
      await store.delete(id)
      expect(await store.restore(id)).toEqual(meta)
      expect(store.meta(id)).toEqual(meta)
      expect(await store.tags(id)).toEqual(tags)
      expect(await readFile(path)).toEqual(bytes)
      expect(await readdir(join(dir, 'trash'))).toEqual([])
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect(reopened.meta(id)).toEqual(meta)
      await reopened.close()
    })
  })

  it('keeps the trash after closing: the file is still there at the next start', async () => {
    await withTempDir(async (dir) => {
      const { store, id, bytes } = await tagged(dir)
      await store.delete(id)
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect(reopened.list()).toEqual([])
      expect(await readFile(join(dir, 'trash', `${id}.json`))).toEqual(bytes)
      // A later session can still put it back (the CLI's restore does).
      await reopened.restore(id)
      expect(reopened.list().map((meta) => meta.id)).toEqual([id])
      await reopened.close()
    })
  })

  it('refuses to restore what is not in the trash, or what is in the library again', async () => {
    await withTempDir(async (dir) => {
      const { store, id } = await tagged(dir)
      await expect(store.restore(id)).rejects.toMatchObject({ code: 'duplicate' })
      await store.delete(id)
      // The same text imported again: the copy in the trash must not replace it.
      await store.add(parsePlainText(TEXT), 'again.txt')
      await expect(store.restore(id)).rejects.toMatchObject({ code: 'duplicate' })
      expect(await readdir(join(dir, 'trash'))).toEqual([`${id}.json`])
      await store.delete(id)
      await expect(store.delete(id)).rejects.toMatchObject({ code: 'not-found' })
      await expect(store.restore('0123456789abcdef')).rejects.toMatchObject({ code: 'not-found' })
      await store.close()
    })
  })

  it('leaves the article in place when the disk refuses the move', async () => {
    await withTempDir(async (dir) => {
      const fs: StoreFs = { ...nodeStoreFs }
      const { store, id, path, bytes } = await tagged(dir, { fs })
      fs.rename = async (from, to) => {
        if (to.includes(`${join('trash', id)}`)) throw fsError('EIO', 'rename', from)
        return nodeStoreFs.rename(from, to)
      }
      await expect(store.delete(id)).rejects.toThrow(
        /Could not save the deletion of “Council Votes”.*EIO.*It is still in the library\./,
      )
      expect(store.meta(id).title).toBe('Council Votes')
      expect(await readFile(path)).toEqual(bytes)
      fs.rename = nodeStoreFs.rename
      await store.delete(id)
      expect(store.list()).toEqual([])
      await store.close()
    })
  })

  it('a process that dies after the move, before the index is written, loses the delete of nothing', async () => {
    await withTempDir(async (dir) => {
      const { store, id, bytes } = await tagged(dir, { indexDelayMs: NEVER })
      await store.close()
      const crashing = await LibraryStore.open(dir, { indexDelayMs: NEVER })
      await crashing.delete(id)
      // The index on disk still lists the article; the marker says it is behind.
      expect(await indexOnDisk(dir)).toEqual([id])
      expect(await readdir(dir)).toContain('library.pending')
      await die(dir)

      const reopened = await LibraryStore.open(dir)
      expect(reopened.list()).toEqual([])
      expect(reopened.takeNotices()).toEqual([])
      expect(await indexOnDisk(dir)).toEqual([])
      expect(await readFile(join(dir, 'trash', `${id}.json`))).toEqual(bytes)
      // Not brought back from its backups either.
      expect(await readdir(join(dir, 'articles'))).toEqual([])
      await reopened.close()
    })
  })

  it('a process that dies after putting the file back, before the index is written, keeps the restore', async () => {
    await withTempDir(async (dir) => {
      const { store, id, bytes } = await tagged(dir)
      const meta = store.meta(id)
      await store.delete(id)
      await store.close()
      const crashing = await LibraryStore.open(dir, { indexDelayMs: NEVER })
      await crashing.restore(id)
      expect(await indexOnDisk(dir)).toEqual([])
      await die(dir)

      const reopened = await LibraryStore.open(dir)
      expect(reopened.meta(id)).toEqual(meta)
      expect(await reopened.tags(id)).toHaveLength(2)
      expect(await readFile(join(dir, 'articles', `${id}.json`))).toEqual(bytes)
      await reopened.close()
    })
  })

  it('an older index restored from its backup does not bring a deleted article back', async () => {
    await withTempDir(async (dir) => {
      const { store, id } = await tagged(dir)
      const other = await store.add(parsePlainText('Other\n\nA second article.'), 'b.txt')
      await store.close()
      const listed = await readFile(join(dir, 'library.json'))
      const again = await LibraryStore.open(dir)
      await again.delete(id)
      await again.close()
      // The index is damaged; its newest good backup still lists the deleted article.
      await writeFile(join(dir, 'library.json'), '{"version": 2, "arti')
      const backups = join(dir, 'backups', 'library')
      for (const name of await readdir(backups)) {
        const content = await readFile(join(backups, name))
        if (!content.equals(listed)) await rm(join(backups, name))
      }
      const reopened = await LibraryStore.open(dir)
      expect(reopened.list().map((meta) => meta.id)).toEqual([other.id])
      expect(reopened.takeNotices()[0]?.message).toMatch(/restored from its backup/)
      await reopened.close()
    })
  })
})
