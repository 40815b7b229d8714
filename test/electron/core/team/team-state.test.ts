import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GitTeam, TEAM_FOLDER } from '../../../../electron/core/team/git-team'
import { SYNC_TIMES_FILE } from '../../../../electron/core/team/team-state'
import { withTempDir } from '../../main/fixtures'
import { ana, articleIdOf, ben, openSide, tag } from './team-fixture'

/** The state file's inode and change time: a new atomic write gives it a new inode. */
async function written(dir: string): Promise<string> {
  const facts = await stat(join(dir, TEAM_FOLDER, 'state.json'))
  return `${facts.ino}:${facts.mtimeMs}`
}

// Each case runs git dozens of times: room for a machine far slower than an idle one.
describe('the team state on disk', { timeout: 600_000 }, () => {
  it('is not rewritten by a sync with nothing new: only the sync times are, and read back', async () => {
    await withTempDir(async (dir) => {
      const address = join(dir, 'remote', 'team.git')
      const a = await openSide(join(dir, 'ana'), ana)
      const b = await openSide(join(dir, 'ben'), ben)
      try {
        const id = await articleIdOf(a)
        a.team = await GitTeam.create(a.store, { address, editor: ana })
        b.team = await GitTeam.join(b.store, { address, editor: ben })
        await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
        await b.team.sync(b.store)
        await a.team.sync(a.store)

        const before = await written(a.dir)
        const quiet = await a.team.sync(a.store)
        expect(quiet).toMatchObject({ state: 'synced', received: 0, sent: 0 })
        expect(await written(a.dir)).toBe(before)
        const times = JSON.parse(await readFile(join(a.dir, TEAM_FOLDER, SYNC_TIMES_FILE), 'utf8'))
        expect(times).toEqual({ lastSync: quiet.lastSync, lastError: null })
        expect((await (await GitTeam.open(a.dir))?.status())?.lastSync).toBe(quiet.lastSync)

        // Work received (or sent) changes the state: it is written whole.
        await tag(b, id, 'It cost 40 million dollars.', 'disputed')
        await b.team.sync(b.store)
        const received = await a.team.sync(a.store)
        expect(received.received).toBeGreaterThan(0)
        expect(await written(a.dir)).not.toBe(before)
        const sending = await written(a.dir)
        await tag(a, id, 'The mayor opened the bridge on Monday.', 'claim')
        expect((await a.team.sync(a.store)).sent).toBeGreaterThan(0)
        expect(await written(a.dir)).not.toBe(sending)

        // Damaged sync times are only times: the state's own are used.
        await writeFile(join(a.dir, TEAM_FOLDER, SYNC_TIMES_FILE), '{"lastSy')
        const reopened = await GitTeam.open(a.dir)
        expect(reopened?.address).toBe(address)
        expect((await reopened?.status())?.lastSync).toMatch(/^\d{4}-/)
      } finally {
        await a.store.close()
        await b.store.close()
      }
    })
  })
})
