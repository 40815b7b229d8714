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

  it('falls back to the default editor when settings.json is damaged, without throwing', async () => {
    for (const damage of [
      '',
      '{"version": 1, "editor": {',
      '\u0000\u0000',
      'null',
      '[]',
      '{"version": 2, "editor": {"id": "ana", "name": "Ana"}}',
      '{"version": 1, "editor": {"id": "Not An Id!", "name": "Ana"}}',
      '{"version": 1, "editor": {"id": "ana", "name": "Ana"}, "extra": true}',
    ]) {
      await withTempDir(async (dir) => {
        await writeFile(join(dir, 'settings.json'), damage)
        const settings = await SettingsStore.open(dir, 'Carla Díaz')
        expect(settings.editor, JSON.stringify(damage)).toEqual({
          id: 'carla-diaz',
          name: 'Carla Díaz',
        })
        await settings.setEditorName('Dana')
        expect((await SettingsStore.open(dir, 'x')).editor).toEqual({ id: 'dana', name: 'Dana' })
      })
    }
  })
})
