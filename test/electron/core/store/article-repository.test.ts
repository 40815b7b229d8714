import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleFile } from '../../../../shared/model/store-files'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'
import { articleFileOf, closeParts, openParts } from './store-parts'

const retitled = (title: string) => (file: ArticleFile) => ({
  ...file,
  article: { ...file.article, title },
})

async function onDisk(dir: string, id: string): Promise<ArticleFile> {
  return JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as ArticleFile
}

describe('ArticleRepository', () => {
  it('adds an article file, puts it in the index, and refuses it twice', async () => {
    await withTempDir(async (dir) => {
      const parts = await openParts(dir)
      const { repository, index } = parts
      const file = articleFileOf('First article.\n\nIts text.')
      const meta = await repository.add(file.article.id, () => file)
      expect(index.find(meta.id)?.title).toBe(file.article.title)
      expect((await onDisk(dir, meta.id)).article.id).toBe(meta.id)
      await expect(repository.add(file.article.id, () => file)).rejects.toMatchObject({
        code: 'duplicate',
      })
      await closeParts(parts)
    })
  })

  it('runs the updates of one article one after the other, each on the last one’s file', async () => {
    await withTempDir(async (dir) => {
      const parts = await openParts(dir)
      const { repository, index } = parts
      const file = articleFileOf('A text.\n\nMore text.')
      const id = file.article.id
      await repository.add(id, () => file)
      const appended = Array.from({ length: 20 }, (_, n) =>
        repository.update(id, (current) => retitled(`${current.article.title}|${n}`)(current)),
      )
      await Promise.all(appended)
      const expected = `${file.article.title}${Array.from({ length: 20 }, (_, n) => `|${n}`).join('')}`
      expect((await repository.read(id)).article.title).toBe(expected)
      expect((await onDisk(dir, id)).article.title).toBe(expected)
      expect(index.find(id)?.title).toBe(expected)
      await closeParts(parts)
    })
  })

  it('writes nothing when a change returns the same file, and nothing when it throws', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const parts = await openParts(dir, fs)
      const { repository } = parts
      const file = articleFileOf('Unchanged.\n\nText.')
      const id = file.article.id
      await repository.add(id, () => file)
      fs.reset()
      await repository.update(id, (current) => current)
      await expect(
        repository.update(id, () => {
          throw new Error('refused')
        }),
      ).rejects.toThrow('refused')
      expect(fs.log.filter((call) => !call.startsWith('readFile'))).toEqual([])
      await repository.update(id, retitled('After'))
      expect((await onDisk(dir, id)).article.title).toBe('After')
      await closeParts(parts)
    })
  })

  it('keeps a change whose write failed in memory, runs afterWrite, and writes it on settle', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const parts = await openParts(dir, fs)
      const { repository } = parts
      const file = articleFileOf('Kept in memory.\n\nText.')
      const id = file.article.id
      await repository.add(id, () => file)
      fs.arm(1, 'ENOSPC', { ops: ['write'], persistent: true })
      const after: string[] = []
      await expect(
        repository.update(id, retitled('Unsaved'), async (next) => {
          after.push(next.article.title)
        }),
      ).rejects.toMatchObject({
        code: 'store-failure',
        message: expect.stringContaining('disk is full'),
      })
      expect(after).toEqual(['Unsaved'])
      expect((await onDisk(dir, id)).article.title).toBe(file.article.title)
      expect((await repository.read(id)).article.title).toBe('Unsaved')
      fs.disarm()
      expect(await repository.settle()).toEqual([])
      expect((await onDisk(dir, id)).article.title).toBe('Unsaved')
      await closeParts(parts)
    })
  })

  it('moves an article into the trash and back, byte for byte', async () => {
    await withTempDir(async (dir) => {
      const parts = await openParts(dir)
      const { repository, index } = parts
      const file = articleFileOf('To the trash.\n\nAnd back.')
      const id = file.article.id
      await repository.add(id, () => file)
      const bytes = await readFile(join(dir, 'articles', `${id}.json`))
      await repository.remove(id)
      expect(index.find(id)).toBeUndefined()
      expect(await readdir(join(dir, 'articles'))).not.toContain(`${id}.json`)
      await expect(repository.remove(id)).rejects.toMatchObject({ code: 'not-found' })
      await repository.restore(id)
      expect(index.find(id)?.id).toBe(id)
      expect(await readFile(join(dir, 'articles', `${id}.json`))).toEqual(bytes)
      await expect(repository.restore(id)).rejects.toMatchObject({ code: 'duplicate' })
      await closeParts(parts)
    })
  })

  it('refuses new changes once closed', async () => {
    await withTempDir(async (dir) => {
      const parts = await openParts(dir)
      const { repository, closed } = parts
      closed.value = true
      expect(() => repository.update('0123456789abcdef', (file) => file)).toThrow('closed')
      await closeParts(parts)
    })
  })
})
