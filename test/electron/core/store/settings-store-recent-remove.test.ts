import { describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { withTempDir } from '../../main/fixtures'

const ids = ['000000000000000a', '000000000000000b', '000000000000000c']

describe('removing and putting back a recent article', () => {
  it('takes a deleted article out of the list and puts it back where it was', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ana')
      for (const id of [...ids].reverse()) await settings.addRecentArticle(id)
      expect(settings.recentArticles).toEqual(ids)
      expect(await settings.removeRecentArticle('000000000000000b')).toEqual({
        recent: ['000000000000000a', '000000000000000c'],
        position: 1,
      })
      expect(await settings.removeRecentArticle('000000000000000f')).toMatchObject({ position: -1 })
      // Written to disk: a new start sees the shorter list.
      expect((await SettingsStore.open(dir, 'Ana')).recentArticles).toEqual([
        '000000000000000a',
        '000000000000000c',
      ])
      expect(await settings.insertRecentArticle('000000000000000b', 1)).toEqual(ids)
      expect(await settings.insertRecentArticle('000000000000000d', 99)).toEqual([
        ...ids,
        '000000000000000d',
      ])
    })
  })
})
