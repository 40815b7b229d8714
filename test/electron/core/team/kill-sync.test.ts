import { setTimeout as sleep } from 'node:timers/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { GitTeam } from '../../../../electron/core/team/git-team'
import { randomGenerator } from '../../../shared/anchoring/articles'
import { withTempDir } from '../../main/fixtures'
import { buildStoreChild, startStoreChild } from '../store/child-process'
import { ana, articleIdOf, ben, openSide } from './team-fixture'

const KILLS = 12

describe('a team sync killed with SIGKILL at random moments', () => {
  let child: Awaited<ReturnType<typeof buildStoreChild>> | undefined

  beforeAll(async () => {
    child = await buildStoreChild(new URL('./sync-child.ts', import.meta.url))
  }, 60_000)

  afterAll(async () => {
    await child?.remove()
  })

  it(
    `${KILLS} times: the library opens, the next sync completes, and every saved tag reaches the other editor once`,
    async () => {
      const seed = Number(process.env.FACTMARK_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31))
      const random = randomGenerator(seed)
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const a = await openSide(join(dir, 'ana'), ana)
        const b = await openSide(join(dir, 'ben'), ben)
        const id = await articleIdOf(b)
        a.team = await GitTeam.create(a.store, { address, editor: ana })
        b.team = await GitTeam.join(b.store, { address, editor: ben })
        await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
        await b.store.close()
        const saved: number[] = []
        let killedMidSync = 0
        try {
          for (let n = 1; n <= KILLS; n += 1) {
            const label = `seed ${seed}, kill ${n}`
            const running = startStoreChild(child?.script ?? '', [
              'tag-and-sync',
              b.dir,
              id,
              String(n),
            ])
            running.process.stdin.write('go\n')
            const moment = random()
            if (moment < 0.2) {
              // While it opens the library or saves the tag.
              await sleep(random() * 300)
            } else {
              // In the middle of a sync: commit, fetch, verify, rebase or push.
              await running.waitFor((line) => line === `saved ${n}`)
              await sleep(random() * 400)
            }
            if (running.lines.includes(`saved ${n}`)) saved.push(n)
            // After its save the child does nothing but sync: a kill then lands inside a sync.
            if (running.lines.includes(`saved ${n}`)) killedMidSync += 1
            running.process.kill('SIGKILL')
            const end = await running.exited
            expect(end.signal ?? end.code, label).not.toBe(1)
          }
          // What a killed sync left is repaired by the next one, and nothing saved is lost.
          const store = await LibraryStore.open(b.dir)
          const team = await GitTeam.open(b.dir)
          if (!team) throw new Error('Ben’s library lost its team')
          expect((await team.sync(store)).state, `seed ${seed}`).toBe('synced')
          const mine = (await store.tags(id)).filter((tag) => tag.author.id === ben.id)
          for (const n of saved) {
            expect(
              mine.some((tag) => tag.note === `tag ${n}`),
              `seed ${seed}, tag ${n}`,
            ).toBe(true)
          }
          await store.close()
          const received = await a.team.sync(a.store)
          expect(received.refused, `seed ${seed}`).toEqual([])
          const arrived = (await a.store.tags(id)).filter((tag) => tag.author.id === ben.id)
          const notes = arrived.map((tag) => tag.note)
          expect(new Set(notes).size, `seed ${seed}: no duplicates`).toBe(notes.length)
          for (const n of saved) expect(notes, `seed ${seed}`).toContain(`tag ${n}`)
          // Most kills must land inside a sync, or the test proves little.
          expect(killedMidSync, `seed ${seed}`).toBeGreaterThan(KILLS / 3)
        } finally {
          await a.store.close()
        }
      })
    },
    // Each round starts Node and runs git a dozen times: room for a machine four times slower.
    600_000,
  )
})
