import { describe, expect, it } from 'vitest'
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../../main/fixtures'
import { articleFileOf, closeParts, openParts } from './store-parts'

/** A library in `dir` holding one article, its index written and no marker left. */
async function libraryWithArticle(dir: string) {
  const parts = await openParts(dir)
  const file = articleFileOf('Recovered text.\n\nSecond paragraph.')
  await parts.repository.add(file.article.id, () => file)
  await closeParts(parts)
  return { id: file.article.id, file }
}

describe('recoverLibrary', () => {
  it('removes the temp files a killed save left behind', async () => {
    await withTempDir(async (dir) => {
      const { id } = await libraryWithArticle(dir)
      await writeFile(join(dir, 'library.json.4242.7.tmp'), '{')
      await writeFile(join(dir, 'articles', `${id}.json.4242.8.tmp`), '{')
      await closeParts(await openParts(dir))
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
      expect(await readdir(join(dir, 'articles'))).toEqual([`${id}.json`])
    })
  })

  it('replays the pending marker: article files changed after the index are read again', async () => {
    await withTempDir(async (dir) => {
      const { id, file } = await libraryWithArticle(dir)
      const changed = { ...file, article: { ...file.article, title: 'Changed behind the index' } }
      await writeFile(join(dir, 'articles', `${id}.json`), JSON.stringify(changed))
      await writeFile(join(dir, 'library.pending'), 'pending\n')
      const parts = await openParts(dir)
      const { index, context } = parts
      expect(index.find(id)?.title).toBe('Changed behind the index')
      expect(await readdir(dir)).not.toContain('library.pending')
      expect(context.notices.take()).toEqual([])
      await closeParts(parts)
    })
  })

  it('without the marker, trusts the index and reads no article file', async () => {
    await withTempDir(async (dir) => {
      const { id, file } = await libraryWithArticle(dir)
      const changed = { ...file, article: { ...file.article, title: 'Not read' } }
      await writeFile(join(dir, 'articles', `${id}.json`), JSON.stringify(changed))
      const parts = await openParts(dir)
      const { index } = parts
      expect(index.find(id)?.title).toBe(file.article.title)
      await closeParts(parts)
    })
  })

  it('quarantines a damaged index with no backup and rebuilds it from the article files', async () => {
    await withTempDir(async (dir) => {
      const { id } = await libraryWithArticle(dir)
      await writeFile(join(dir, 'library.json'), '\u0000\u0000')
      await rename(join(dir, 'backups'), join(dir, 'old-backups'))
      const parts = await openParts(dir)
      const { index, context } = parts
      expect(index.find(id)?.id).toBe(id)
      expect((await readdir(dir)).some((name) => name.startsWith('library.json.corrupt-'))).toBe(
        true,
      )
      expect(context.notices.take()).toEqual([
        expect.objectContaining({
          level: 'warning',
          message: expect.stringMatching(/rebuilt from the article files.*It lists 1 articles/),
        }),
      ])
      await closeParts(parts)
    })
  })

  it('drops from the index an article whose file went to the trash', async () => {
    await withTempDir(async (dir) => {
      const { id } = await libraryWithArticle(dir)
      await mkdir(join(dir, 'trash'))
      await rename(join(dir, 'articles', `${id}.json`), join(dir, 'trash', `${id}.json`))
      const parts = await openParts(dir)
      const { index } = parts
      expect(index.find(id)).toBeUndefined()
      await closeParts(parts)
    })
  })
})
