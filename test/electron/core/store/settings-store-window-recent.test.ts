import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_RECENT_ARTICLES, SettingsStore } from '../../../../electron/core/store/settings-store'
import { withTempDir } from '../../main/fixtures'

const id = (n: number) => n.toString(16).padStart(16, '0')

describe('SettingsStore: window place and recent articles', () => {
  it('loads a settings file written before these fields existed, unchanged', async () => {
    await withTempDir(async (dir) => {
      const old = { version: 1, editor: { id: 'ben', name: 'Ben' } }
      await writeFile(join(dir, 'settings.json'), JSON.stringify(old))
      const settings = await SettingsStore.open(dir, 'someone-else')
      expect(settings.editor).toEqual(old.editor)
      expect(settings.windowState).toBeUndefined()
      expect(settings.recentArticles).toEqual([])
      expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(old)
    })
  })

  it('keeps the window place across reopening and refuses an impossible one', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ben')
      const place = { x: -1200, y: 40, width: 1000, height: 700, maximized: true }
      await settings.setWindowState(place)
      expect((await SettingsStore.open(dir, 'Ben')).windowState).toEqual(place)
      await expect(settings.setWindowState({ ...place, width: 0 })).rejects.toThrow()
      await expect(settings.setWindowState({ ...place, x: 1.5 })).rejects.toThrow()
      expect((await SettingsStore.open(dir, 'Ben')).windowState).toEqual(place)
    })
  })

  it('keeps the last ten opened articles, most recent first, each once', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ben')
      for (let n = 1; n <= 12; n++) await settings.addRecentArticle(id(n))
      expect(settings.recentArticles).toHaveLength(MAX_RECENT_ARTICLES)
      expect(settings.recentArticles[0]).toBe(id(12))
      expect(settings.recentArticles).not.toContain(id(2))
      expect(await settings.addRecentArticle(id(5))).toEqual([
        id(5),
        ...[12, 11, 10, 9, 8, 7, 6, 4, 3].map(id),
      ])
      expect((await SettingsStore.open(dir, 'Ben')).recentArticles[0]).toBe(id(5))
      await expect(settings.addRecentArticle('../x')).rejects.toThrow()
    })
  })
})
