import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { withTempDir } from '../../main/fixtures'

describe('SettingsStore', () => {
  it('starts from the given name as the editor, writing nothing', async () => {
    await withTempDir(async (dir) => {
      expect((await SettingsStore.open(dir, 'Ana María Ruiz')).editor).toEqual({
        id: 'ana-maria-ruiz',
        name: 'Ana María Ruiz',
      })
      expect((await SettingsStore.open(dir, '  Ben  ')).editor).toEqual({ id: 'ben', name: 'Ben' })
      expect((await SettingsStore.open(dir, '   ')).editor).toEqual({
        id: 'editor',
        name: 'Editor',
      })
      expect(await readdir(dir)).toEqual([])
    })
  })

  it('keeps a new editor name across reopening, whatever the default name', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'root')
      expect(await settings.setEditorName('  Ben Okafor ')).toEqual({
        id: 'ben-okafor',
        name: 'Ben Okafor',
      })
      expect(settings.editor).toEqual({ id: 'ben-okafor', name: 'Ben Okafor' })
      const reopened = await SettingsStore.open(dir, 'someone-else')
      expect(reopened.editor).toEqual({ id: 'ben-okafor', name: 'Ben Okafor' })
      expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({
        version: 1,
        editor: { id: 'ben-okafor', name: 'Ben Okafor' },
      })
    })
  })

  it('refuses a blank or overlong editor name, keeping the current one', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ana')
      await expect(settings.setEditorName('   ')).rejects.toThrow(/an editor needs a name/)
      await expect(settings.setEditorName('x'.repeat(101))).rejects.toThrow()
      expect(settings.editor).toEqual({ id: 'ana', name: 'Ana' })
      expect(await readdir(dir)).toEqual([])
    })
  })

  it('keeps what it can read of a damaged settings.json with no backup, and says so', async () => {
    const carla = { id: 'carla-diaz', name: 'Carla Díaz' }
    const ana = { id: 'ana', name: 'Ana' }
    for (const [damage, editor] of [
      ['', carla],
      ['{"version": 1, "editor": {', carla],
      ['\u0000\u0000', carla],
      ['null', carla],
      ['[]', carla],
      ['{"version": 2, "editor": {"id": "ana", "name": "Ana"}}', ana],
      ['{"version": 1, "editor": {"id": "Not An Id!", "name": "Ana"}}', carla],
      ['{"version": 1, "editor": {"id": "ana", "name": "Ana"}, "extra": true}', ana],
      ['{"version": 1, "editor": {"id": "ana", "name": "Ana"}, "recent": [', ana],
    ] as const) {
      await withTempDir(async (dir) => {
        await writeFile(join(dir, 'settings.json'), damage)
        const settings = await SettingsStore.open(dir, 'Carla Díaz')
        const label = JSON.stringify(damage)
        expect(settings.editor, label).toEqual(editor)
        const [notice, ...more] = settings.takeNotices()
        expect(more, label).toEqual([])
        expect(notice?.message, label).toMatch(
          /^Your settings \(settings\.json\) were damaged \(.+\) and had no backup that could be verified; the damaged copy was kept as .+settings\.json\.corrupt-/,
        )
        expect(notice?.level, label).toBe(editor === ana ? 'warning' : 'error')
        expect(notice?.message, label).toContain(
          editor === ana ? 'Your name, Ana, was read back' : 'Factmark now works as Carla Díaz',
        )
        expect((await readdir(dir)).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(
          true,
        )
        await settings.setEditorName('Dana')
        expect((await SettingsStore.open(dir, 'x')).editor).toEqual({ id: 'dana', name: 'Dana' })
      })
    }
  })
})
