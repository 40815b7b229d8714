import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'

const SLOW = 600_000

describe('factmark team', () => {
  it(
    'creates a team, joins it, adds the editor to the roster, syncs, and prints status and the trail',
    async () => {
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const anaDir = join(dir, 'ana')
        const benDir = join(dir, 'ben')
        const { id } = await importSeed(anaDir)
        await importSeed(benDir)

        const created = await run([
          '--data-dir',
          anaDir,
          'team',
          'create',
          address,
          '--editor',
          'Ana Ruiz',
          '--json',
        ])
        expect(created.stderr).toBe('')
        expect(created.code).toBe(0)
        expect(JSON.parse(created.stdout)).toMatchObject({
          editor: { id: 'ana-ruiz' },
          inRoster: true,
          admin: true,
          publicKey: expect.stringMatching(/^ssh-ed25519 AAAA/),
        })

        const joined = await run([
          '--data-dir',
          benDir,
          'team',
          'join',
          address,
          '--editor',
          'Ben Okafor',
        ])
        expect(joined.code).toBe(0)
        const key = /^(ssh-ed25519 \S+)$/m.exec(joined.stdout)?.[1]
        expect(key).toBeDefined()
        expect(joined.stdout).toContain('team roster add ben-okafor')

        const notAdmin = await run(['--data-dir', benDir, 'team', 'roster', 'add', 'Cho', key!])
        expect(notAdmin.code).toBe(1)
        expect(notAdmin.stderr).toMatch(/only the team’s admins \(ana-ruiz\)/)

        const added = await run(['--data-dir', anaDir, 'team', 'roster', 'add', 'Ben Okafor', key!])
        expect(added.stderr).toBe('')
        expect(added.code).toBe(0)

        const tagged = await run([
          '--data-dir',
          benDir,
          'tag',
          id,
          '--sentence',
          '0',
          '--kind',
          'claim',
          '--editor',
          'Ben Okafor',
        ])
        expect(tagged.code).toBe(0)
        const synced = await run(['--data-dir', benDir, 'team', 'sync', '--json'])
        expect(synced.code).toBe(0)
        expect(JSON.parse(synced.stdout)).toMatchObject({ state: 'synced', refused: [] })

        const received = await run(['--data-dir', anaDir, 'team', 'sync'])
        expect(received.code).toBe(0)
        expect(received.stdout).toMatch(/^synced: /)
        const tags = JSON.parse((await run(['--data-dir', anaDir, 'tags', id, '--json'])).stdout)
        expect(JSON.stringify(tags)).toContain('ben-okafor')

        const status = await run(['--data-dir', anaDir, 'team', 'status', '--json'])
        expect(JSON.parse(status.stdout)).toMatchObject({
          editor: { id: 'ana-ruiz' },
          outgoing: 0,
          incoming: 0,
          refused: [],
          lastError: null,
          lastSync: expect.any(String),
        })
        const text = await run(['--data-dir', anaDir, 'team', 'status'])
        expect(text.stdout).toMatch(/Editor: Ana Ruiz \(ana-ruiz\), admin/)
        expect(text.stdout).toMatch(/Refused changes: 0/)

        const trail = await run(['--data-dir', anaDir, 'team', 'log', id, '--json'])
        expect(JSON.parse(trail.stdout)).toEqual([
          expect.objectContaining({
            editorId: 'ben-okafor',
            signer: 'ben-okafor',
            verified: true,
            actions: [expect.objectContaining({ action: 'tagged', kind: 'claim' })],
          }),
        ])
        const printed = await run(['--data-dir', anaDir, 'team', 'log', id])
        expect(printed.stdout).toMatch(/ben-okafor {2}tagged claim .*\[signed by ben-okafor/)
      })
    },
    SLOW,
  )

  it(
    'says how to start when the library is in no team, and refuses bad usage',
    { timeout: SLOW },
    async () => {
      await withTempDir(async (dir) => {
        const none = await run(['--data-dir', dir, 'team', 'status'])
        expect(none.code).toBe(1)
        expect(none.stderr).toMatch(/in no team yet: start one with team create/)
        expect((await run(['--data-dir', dir, 'team', 'frob'])).code).toBe(2)
        expect((await run(['--data-dir', dir, 'team', 'sync', '--all'])).code).toBe(2)
        const empty = join(dir, 'empty.git')
        execFileSync('git', ['init', '--bare', '--quiet', empty])
        const nothing = await run(['--data-dir', dir, 'team', 'join', empty, '--editor', 'Ben'])
        expect(nothing.code).toBe(1)
        expect(nothing.stderr).toMatch(/no team at .*empty\.git yet .* team create/)
        const badAddress = await run([
          '--data-dir',
          dir,
          'team',
          'join',
          'ext::sh -c touch% /tmp/x',
        ])
        expect(badAddress.code).toBe(1)
        expect(badAddress.stderr).toMatch(/remote helpers/)
      })
    },
  )
})
