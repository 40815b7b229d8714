import { describe, expect, it } from 'vitest'
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { salvageSettings } from '../../../../electron/core/store/settings-recovery'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { runCli } from '../../../../electron/cli/run-cli'
import { withTempDir } from '../../main/fixtures'

/** Settings with a name, another identity and a team folder, saved twice (so backed up). */
async function settled(dir: string): Promise<void> {
  const settings = await SettingsStore.open(dir, 'root')
  await settings.actAs('Ben Okafor')
  await settings.actAs('Ana Ruiz')
  await settings.setTeamFolder('/shared/team')
}

describe('settings kept aside and restored', () => {
  it('restores a corrupt settings.json from its backup: same identity, identities, team folder', async () => {
    await withTempDir(async (dir) => {
      await settled(dir)
      const path = join(dir, 'settings.json')
      await truncate(path, 20)
      const settings = await SettingsStore.open(dir, 'root')
      expect(settings.editor).toEqual({ id: 'ana-ruiz', name: 'Ana Ruiz' })
      expect(settings.localEditors.map((editor) => editor.name)).toEqual([
        'Ana Ruiz',
        'Ben Okafor',
        'root',
      ])
      expect(settings.teamFolder).toBe('/shared/team')
      const [notice, ...more] = settings.takeNotices()
      expect(more).toEqual([])
      expect(notice?.level).toBe('warning')
      expect(notice?.message).toMatch(
        /^Your settings \(settings\.json\) were damaged \(.*not valid JSON.*\); the damaged copy was kept as .+settings\.json\.corrupt-.+\. They have been restored from their backup of .+: you are still working as Ana Ruiz\.$/,
      )
      const aside = (await readdir(dir)).find((name) => name.startsWith('settings.json.corrupt-'))
      expect((await readFile(join(dir, aside ?? ''))).length).toBe(20)
      // Put back in place: the next start finds nothing to tell.
      const again = await SettingsStore.open(dir, 'root')
      expect(again.takeNotices()).toEqual([])
      expect(again.editor.name).toBe('Ana Ruiz')
    })
  })

  it('tells the CLI user on stderr, and tags as the same editor', async () => {
    await withTempDir(async (dir) => {
      await settled(dir)
      await writeFile(join(dir, 'settings.json'), '\u0000garbage')
      const err: string[] = []
      const out: string[] = []
      const io = {
        stdout: (text: string) => void out.push(text),
        stderr: (text: string) => void err.push(text),
        env: {},
        cwd: dir,
      }
      const code = await runCli(
        ['--data-dir', dir, 'package', 'export', '--all', '--out', join(dir, 'p.json')],
        io,
      )
      expect(err.join('')).toMatch(
        /^factmark: Your settings \(settings\.json\) were damaged .* you are still working as Ana Ruiz\.\n/,
      )
      expect(code, err.join('')).toBe(0)
      expect(JSON.parse(await readFile(join(dir, 'p.json'), 'utf8')).author).toEqual({
        id: 'ana-ruiz',
        name: 'Ana Ruiz',
      })
    })
  })
})

describe('salvageSettings', () => {
  const schema = z.strictObject({
    version: z.literal(1),
    editor: z.strictObject({ id: z.string().regex(/^[a-z-]+$/), name: z.string() }),
    teamFolder: z.string().optional(),
    recent: z.array(z.string()).optional(),
  })

  it('keeps each valid field of a file that parses but does not fit', () => {
    expect(
      salvageSettings(
        '{"version": 9, "editor": {"id": "ana", "name": "Ana"}, "recent": 3, "teamFolder": "/t"}',
        schema,
      ),
    ).toEqual({ editor: { id: 'ana', name: 'Ana' }, teamFolder: '/t' })
  })

  it('finds the editor and team folder in a file cut short', () => {
    const text = JSON.stringify(
      {
        version: 1,
        editor: { id: 'ana', name: 'Ana \u201cA\u201d' },
        teamFolder: '/t',
        recent: ['x'],
      },
      null,
      2,
    )
    expect(salvageSettings(text.slice(0, text.indexOf('recent')), schema)).toEqual({
      editor: { id: 'ana', name: 'Ana \u201cA\u201d' },
      teamFolder: '/t',
    })
    expect(salvageSettings('{"version": 1, "editor": {"id": "ana", "na', schema)).toEqual({})
  })
})
