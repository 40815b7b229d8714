import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { GitTeam } from '../../../../electron/core/team/git-team'
import * as ownCommits from '../../../../electron/core/team/own-commits-on-tip'
import { withTempDir } from '../../main/fixtures'
import { ana, articleIdOf, ben, openSide, tag, tagKeys } from './team-fixture'

vi.mock('../../../../electron/core/team/own-commits-on-tip', async (original) => {
  const real = await original<typeof ownCommits>()
  return { putOwnCommitsOnTip: vi.fn(real.putOwnCommitsOnTip) }
})

describe('runSync after a sync died while it put own commits on the new tip', () => {
  it('puts them on the tip it had already verified, and pushes them on the next sync', async () => {
    await withTempDir(async (dir) => {
      const address = join(dir, 'remote', 'team.git')
      const a = await openSide(join(dir, 'ana'), ana)
      const b = await openSide(join(dir, 'ben'), ben)
      try {
        const id = await articleIdOf(a)
        a.team = await GitTeam.create(a.store, { address, editor: ana })
        b.team = await GitTeam.join(b.store, { address, editor: ben })
        await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
        expect((await b.team.sync(b.store)).state).toBe('synced')
        await tag(a, id, 'The mayor opened the bridge on Monday.', 'claim')
        await a.team.sync(a.store)
        await tag(b, id, 'The mayor opened the bridge on Monday.', 'quote')
        // Ben's sync has verified Ana's commit and saved that, then dies before his own
        // commits are on top of it (a crash, a kill -9 in the rebase).
        const put = vi.mocked(ownCommits.putOwnCommitsOnTip)
        put.mockRejectedValueOnce(new Error('killed in the rebase'))
        await expect(b.team.sync(b.store)).rejects.toThrow('killed in the rebase')
        const next = await b.team.sync(b.store)
        expect(next.state).toBe('synced')
        expect(next.sent).toBeGreaterThan(0)
        await a.team.sync(a.store)
        expect(await tagKeys(a, id)).toEqual(await tagKeys(b, id))
        expect(await tagKeys(a, id)).toHaveLength(2)
      } finally {
        await a.store.close()
        await b.store.close()
      }
    })
  }, 600_000)
})
