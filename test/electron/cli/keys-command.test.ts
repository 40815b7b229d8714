import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyFingerprint } from '../../../electron/core/team/key-fingerprint'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'

describe('factmark keys', () => {
  it('prints my key, the keys accepted on first use, and forgets one on request', async () => {
    await withTempDir((ana) =>
      withTempDir(async (ben) => {
        const { id } = await importSeed(ana)
        await importSeed(ben)
        const tag = ['tag', id, '--sentence', '2', '--kind', 'claim', '--editor', 'Ben']
        expect((await run(['--data-dir', ben, ...tag])).code).toBe(0)
        const file = join(ben, 'ben.json')
        const out = ['package', 'export', '--all', '--out', file, '--editor', 'Ben']
        expect((await run(['--data-dir', ben, ...out])).code).toBe(0)
        const bens = keyFingerprint(await readFile(join(ben, 'keys', 'ben.pub'), 'utf8'))

        const none = await run(['--data-dir', ana, 'keys', '--editor', 'Ana'])
        expect(none.code).toBe(0)
        expect(none.stdout).toMatch(/^Your key \(Ana\): SHA256:\S{43}\n {2}ssh-ed25519 \S+\n/)
        expect(none.stdout).toContain('This library has accepted no other editor’s key yet.')

        const importing = ['package', 'import', file, '--editor', 'Ana']
        expect((await run(['--data-dir', ana, ...importing])).code).toBe(0)
        const listed = await run(['--data-dir', ana, 'keys', '--json', '--editor', 'Ana'])
        const json = JSON.parse(listed.stdout) as {
          own: { fingerprint: string }
          known: { editor: { id: string }; fingerprint: string }[]
        }
        expect(json.known).toEqual([
          expect.objectContaining({ editor: { id: 'ben', name: 'Ben' }, fingerprint: bens }),
        ])
        expect(json.own.fingerprint).not.toBe(bens)

        expect(await run(['--data-dir', ana, 'keys', 'forget', 'ben'])).toMatchObject({ code: 0 })
        const again = await run(['--data-dir', ana, 'keys', 'forget', 'ben'])
        expect(again).toMatchObject({
          code: 1,
          stderr: 'factmark: this library knows no key of ben.\n',
        })
        expect((await run(['--data-dir', ana, 'keys', 'drop'])).code).toBe(2)
      }),
    )
  })
})
