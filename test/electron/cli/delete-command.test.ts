import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SettingsStore } from '../../../electron/core/store/settings-store'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'

describe('factmark delete and restore', () => {
  it('moves the article into the trash, off the list and the recent articles, and back', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const tagged = await run(['--data-dir', dir, 'tag', id, '--sentence', '1', '--kind', 'claim'])
      expect(tagged.code).toBe(0)
      const before = await readFile(join(dir, 'articles', `${id}.json`))
      const settings = await SettingsStore.open(dir, 'Ana')
      await settings.addRecentArticle(id)

      const deleted = await run(['--data-dir', dir, 'delete', id])
      expect(deleted).toMatchObject({ code: 0, stderr: '' })
      expect(deleted.stdout).toContain(`Deleted “Trump Signals Potential`)
      expect(deleted.stdout).toContain(join(dir, 'trash', `${id}.json`))
      expect(await readFile(join(dir, 'trash', `${id}.json`))).toEqual(before)
      expect(await readdir(join(dir, 'articles'))).toEqual([])
      expect((await run(['--data-dir', dir, 'list', '--json'])).stdout.trim()).toBe('[]')
      expect((await SettingsStore.open(dir, 'Ana')).recentArticles).toEqual([])

      const again = await run(['--data-dir', dir, 'delete', id])
      expect(again.code).toBe(1)
      expect(again.stderr).toContain(`No article with id ${id}`)

      const restored = await run(['--data-dir', dir, 'restore', id])
      expect(restored.code).toBe(0)
      expect(await readFile(join(dir, 'articles', `${id}.json`))).toEqual(before)
      const tags = await run(['--data-dir', dir, 'tags', id, '--json'])
      expect(JSON.parse(tags.stdout)).toHaveLength(1)
    })
  })

  it('wants exactly one article id', async () => {
    await withTempDir(async (dir) => {
      expect((await run(['--data-dir', dir, 'delete'])).code).toBe(2)
      expect((await run(['--data-dir', dir, 'delete', 'a', 'b'])).code).toBe(2)
      const bad = await run(['--data-dir', dir, 'restore', 'not-an-id'])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain('is not an article id')
    })
  })
})
