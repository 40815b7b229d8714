import { access, chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitTeam } from '../../../../electron/core/team/git-team'
import {
  ana,
  articleIdOf,
  bareRepository,
  ben,
  cho,
  git,
  openSide,
  startDaemon,
  tag,
  tagKeys,
  type Daemon,
  type Side,
} from './team-fixture'

const SLOW = 600_000

/** A team served by a real `git daemon` on 127.0.0.1, started and stopped by this file. */
describe('GitTeam against git daemon on loopback', () => {
  let dir: string
  let base: string
  let daemon: Daemon

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-test-'))
    base = join(dir, 'served')
    daemon = await startDaemon(base)
  }, SLOW)

  afterAll(async () => {
    await daemon.stop()
    await rm(dir, { recursive: true, force: true })
  }, SLOW)

  async function twoEditors(name: string): Promise<[Side, Side, string]> {
    const remote = await bareRepository(base, `${name}.git`)
    const a = await openSide(join(dir, name, 'ana'), ana)
    const b = await openSide(join(dir, name, 'ben'), ben)
    const address = daemon.url(`${name}.git`)
    a.team = await GitTeam.create(a.store, { address, editor: ana })
    b.team = await GitTeam.join(b.store, { address, editor: ben })
    await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
    return [a, b, remote]
  }

  it(
    'retries a push the server rejects, after fetching again',
    async () => {
      const [a, b, remote] = await twoEditors('rejecting')
      try {
        const marker = join(remote, 'rejected-once')
        const hook = join(remote, 'hooks', 'pre-receive')
        await writeFile(
          hook,
          `#!/bin/sh\nif [ ! -e '${marker}' ]; then : > '${marker}'; echo 'busy, try again' >&2; exit 1; fi\nexit 0\n`,
        )
        await chmod(hook, 0o755)
        const id = await articleIdOf(b)
        await tag(b, id, 'It cost 40 million dollars.', 'claim')
        const report = await b.team!.sync(b.store)
        await access(marker) // the server did reject a push
        expect(report.state).toBe('synced')
        expect(report.sent).toBeGreaterThan(0)
        const local = (await git(b.team!.repo, ['rev-parse', 'HEAD'])).trim()
        expect((await git(remote, ['rev-parse', 'main'])).trim()).toBe(local)
        await a.team!.sync(a.store)
        expect(await tagKeys(a, id)).toEqual(await tagKeys(b, id))
      } finally {
        await a.store.close()
        await b.store.close()
      }
    },
    SLOW,
  )

  it(
    'reports an unreachable server clearly, loses nothing, and sends the work when it is back',
    async () => {
      const [a, b] = await twoEditors('flaky')
      try {
        const id = await articleIdOf(b)
        await daemon.stop()
        await tag(b, id, 'Traffic fell by half, officials said.', 'claim')
        const report = await b.team!.sync(b.store)
        expect(report.state).toBe('offline')
        expect(report.message).toMatch(/could not be reached/)
        const status = await b.team!.status()
        expect(status.lastError).toMatch(/could not be reached/)
        expect(status.outgoing).toBeGreaterThan(0)
        expect(await tagKeys(b, id)).toHaveLength(1)
        daemon = await startDaemon(base, daemon.port)
        expect((await b.team!.sync(b.store)).state).toBe('synced')
        expect((await b.team!.status()).lastError).toBeNull()
        await a.team!.sync(a.store)
        expect(await tagKeys(a, id)).toEqual(await tagKeys(b, id))
      } finally {
        await a.store.close()
        await b.store.close()
      }
    },
    SLOW,
  )

  it(
    'three editors tag the same article at once and all see all the work, once',
    async () => {
      await bareRepository(base, 'desk.git')
      const address = daemon.url('desk.git')
      const a = await openSide(join(dir, 'desk', 'ana'), ana)
      const b = await openSide(join(dir, 'desk', 'ben'), ben)
      const c = await openSide(join(dir, 'desk', 'cho'), cho)
      const sides = [a, b, c]
      try {
        a.team = await GitTeam.create(a.store, { address, editor: ana })
        b.team = await GitTeam.join(b.store, { address, editor: ben })
        c.team = await GitTeam.join(c.store, { address, editor: cho })
        await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
        await a.team.addToRoster(a.store, cho.id, c.team.publicKey)
        const id = await articleIdOf(a)
        await tag(a, id, 'The mayor opened the bridge on Monday.', 'claim')
        await tag(b, id, 'The mayor opened the bridge on Monday.', 'quote')
        await tag(c, id, 'It cost 40 million dollars.', 'disputed')
        await Promise.all(sides.map((side) => side.team!.sync(side.store)))
        for (let round = 0; round < 3; round += 1) {
          for (const side of sides) await side.team!.sync(side.store)
        }
        const all = await tagKeys(a, id)
        expect(all).toHaveLength(3)
        expect(await tagKeys(b, id)).toEqual(all)
        expect(await tagKeys(c, id)).toEqual(all)
        for (const side of sides) expect((await side.team!.status()).refused).toEqual([])
      } finally {
        for (const side of sides) await side.store.close()
      }
    },
    SLOW,
  )
})
