import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { withTempDir } from '../../main/fixtures'

describe('SettingsStore: identity and team folder', () => {
  it('is unconfirmed on first run and for settings written before the flag existed', async () => {
    await withTempDir(async (dir) => {
      expect((await SettingsStore.open(dir, 'root')).confirmed).toBe(false)
      const old = { version: 1, editor: { id: 'ben', name: 'Ben' }, recent: [] }
      await writeFile(join(dir, 'settings.json'), JSON.stringify(old))
      const settings = await SettingsStore.open(dir, 'root')
      expect(settings.editor).toEqual({ id: 'ben', name: 'Ben' })
      expect(settings.confirmed).toBe(false)
      expect(settings.localEditors).toEqual([{ id: 'ben', name: 'Ben' }])
      expect(settings.teamFolder).toBeNull()
    })
  })

  it('confirms the name given at the welcome, the id made from it, and keeps the old identity', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'jdoe')
      expect(await settings.actAs('  Ana María Ruiz ')).toEqual({
        id: 'ana-maria-ruiz',
        name: 'Ana María Ruiz',
      })
      const reopened = await SettingsStore.open(dir, 'someone')
      expect(reopened.confirmed).toBe(true)
      expect(reopened.editor).toEqual({ id: 'ana-maria-ruiz', name: 'Ana María Ruiz' })
      expect(reopened.localEditors).toEqual([
        { id: 'ana-maria-ruiz', name: 'Ana María Ruiz' },
        { id: 'jdoe', name: 'jdoe' },
      ])
      await expect(reopened.actAs('   ')).rejects.toThrow(/an editor needs a name/)
      await expect(reopened.actAs('x'.repeat(101))).rejects.toThrow()
      expect(reopened.editor.id).toBe('ana-maria-ruiz')
    })
  })

  it('switches between local identities and refuses an unknown one', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ana')
      await settings.actAs('Ana')
      await settings.actAs('Ben Okafor')
      expect(settings.editor).toEqual({ id: 'ben-okafor', name: 'Ben Okafor' })
      expect(await settings.switchTo('ana')).toEqual({ id: 'ana', name: 'Ana' })
      expect(settings.localEditors.map((editor) => editor.id)).toEqual(['ana', 'ben-okafor'])
      await expect(settings.switchTo('carla')).rejects.toMatchObject({ code: 'not-found' })
      expect(settings.editor.id).toBe('ana')
      // Acting as a known name again takes that identity up, with the new spelling.
      expect(await settings.actAs('BEN OKAFOR')).toEqual({ id: 'ben-okafor', name: 'BEN OKAFOR' })
      expect(settings.localEditors).toHaveLength(2)
    })
  })

  it('renames the acting editor keeping their id, so their records stay theirs', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ana')
      await settings.actAs('Ana')
      expect(await settings.renameEditor('Ana Ruiz')).toEqual({ id: 'ana', name: 'Ana Ruiz' })
      const reopened = await SettingsStore.open(dir, 'x')
      expect(reopened.editor).toEqual({ id: 'ana', name: 'Ana Ruiz' })
      expect(reopened.localEditors).toEqual([{ id: 'ana', name: 'Ana Ruiz' }])
      await expect(reopened.renameEditor(' ')).rejects.toThrow()
    })
  })

  it('sets and clears the team folder, leaving the other settings alone', async () => {
    await withTempDir(async (dir) => {
      const settings = await SettingsStore.open(dir, 'Ana')
      await settings.setTeamFolder('/srv/team')
      expect((await SettingsStore.open(dir, 'Ana')).teamFolder).toBe('/srv/team')
      await expect(settings.setTeamFolder('a\0b')).rejects.toThrow(/NUL/)
      await settings.setTeamFolder(null)
      const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as object
      expect(saved).toEqual({ version: 1, editor: { id: 'ana', name: 'Ana' } })
    })
  })
})
