import { mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GitTeam } from '../../../../electron/core/team/git-team'
import { withTempDir } from '../../main/fixtures'
import {
  ana,
  articleIdOf,
  ben,
  cho,
  OTHER_TEXT,
  openSide,
  review,
  tag,
  tagKeys,
  type Side,
} from './team-fixture'

const SLOW = 600_000

/** Ana creates the team at `address`, Ben and Cho join, Ana adds both to the roster. */
async function threeEditors(dir: string, address: string): Promise<Side[]> {
  const a = await openSide(join(dir, 'ana'), ana, [
    'Mayor Opens Bridge\n\nThe mayor opened the bridge on Monday. It cost 40 million dollars. Traffic fell by half, officials said.',
  ])
  const b = await openSide(join(dir, 'ben'), ben)
  const c = await openSide(join(dir, 'cho'), cho)
  a.team = await GitTeam.create(a.store, { address, editor: ana })
  b.team = await GitTeam.join(b.store, { address, editor: ben })
  c.team = await GitTeam.join(c.store, { address, editor: cho })
  await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
  await a.team.addToRoster(a.store, cho.id, c.team.publicKey)
  return [a, b, c]
}

async function closeAll(sides: readonly Side[]): Promise<void> {
  for (const side of sides) await side.store.close()
}

describe('GitTeam on a bare repository on disk', () => {
  it(
    'three editors tag and review the same article, sync, and all see all the work once',
    async () => {
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const sides = await threeEditors(dir, address)
        const [a, b, c] = sides as [Side, Side, Side]
        try {
          const id = await articleIdOf(a)
          expect(await articleIdOf(b)).toBe(id)
          const anaTag = await tag(a, id, 'The mayor opened the bridge on Monday.', 'claim')
          await tag(b, id, 'It cost 40 million dollars.', 'disputed')
          await tag(c, id, 'The mayor opened the bridge on Monday.', 'quote')
          await review(b, id, anaTag.id, 'accept')
          // All three sync at once: pushes race, the losers fetch again and retry.
          const first = await Promise.all(sides.map((side) => side.team!.sync(side.store)))
          expect(first.every((report) => report.refused.length === 0)).toBe(true)
          // Until every side has everything (each sync takes in what the others sent).
          for (let round = 0; round < 3; round += 1) {
            for (const side of sides) await side.team!.sync(side.store)
          }
          const expected = await tagKeys(a, id)
          expect(expected).toHaveLength(3)
          expect(await tagKeys(b, id)).toEqual(expected)
          expect(await tagKeys(c, id)).toEqual(expected)
          const reviews = await c.store.reviews(id)
          expect(reviews.map((item) => `${item.author.id}:${item.verdict}`)).toEqual([
            'ben-okafor:accept',
          ])
          for (const side of sides) {
            const status = await side.team!.status()
            expect(status.refused).toEqual([])
            expect(status.outgoing).toBe(0)
            expect(status.inRoster).toBe(true)
          }
          // The trail: who did what on the article, each commit checked against its signature.
          const trail = await c.team!.log(id)
          const actions = trail.flatMap((entry) =>
            entry.actions.map(
              (action) => `${entry.editorId}/${entry.signer}/${entry.verified}:${action.action}`,
            ),
          )
          expect(actions).toEqual(
            expect.arrayContaining([
              'ana-ruiz/ana-ruiz/true:tagged',
              'ben-okafor/ben-okafor/true:tagged',
              'ben-okafor/ben-okafor/true:accepted',
              'cho-min/cho-min/true:tagged',
            ]),
          )
        } finally {
          await closeAll(sides)
        }
      })
    },
    SLOW,
  )

  it(
    'an editor offline for a day catches up, and an article only others had arrives with its text',
    async () => {
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const sides = await threeEditors(dir, address)
        const [a, b, c] = sides as [Side, Side, Side]
        try {
          for (const side of sides) await side.team!.sync(side.store)
          const id = await articleIdOf(a)
          // The server goes away (the share is disconnected): Cho keeps working.
          await rename(address, `${address}.away`)
          await tag(c, id, 'Traffic fell by half, officials said.', 'claim', 1)
          const offline = await c.team!.sync(c.store)
          expect(offline.state).toBe('offline')
          expect(offline.message).toMatch(/could not be reached/)
          await tag(c, id, 'It cost 40 million dollars.', 'context', 2)
          expect((await c.team!.sync(c.store)).state).toBe('offline')
          const waiting = await c.team!.status()
          expect(waiting.outgoing).toBeGreaterThan(0)
          expect(waiting.lastError).toMatch(/could not be reached/)
          expect(await tagKeys(c, id)).toHaveLength(2)
          await rename(`${address}.away`, address)
          // Meanwhile Ana added an article Cho has never seen, and tagged it.
          await a.store.add(
            (await import('../../../../shared/import/plain-text')).parsePlainText(OTHER_TEXT),
            'b.txt',
          )
          const other = await articleIdOf(a, OTHER_TEXT)
          await tag(a, other, 'The vote was close.', 'disputed')
          await a.team!.sync(a.store)
          const back = await c.team!.sync(c.store)
          expect(back.state).toBe('synced')
          expect(back.addedArticles).toContain(other)
          expect(await tagKeys(c, other)).toEqual([
            'ana-ruiz:' + (await c.store.tags(other))[0]?.id + ':disputed',
          ])
          await a.team!.sync(a.store)
          await b.team!.sync(b.store)
          expect(await tagKeys(a, id)).toEqual(await tagKeys(c, id))
          expect(await tagKeys(b, id)).toEqual(await tagKeys(c, id))
          expect((await c.team!.status()).outgoing).toBe(0)
        } finally {
          await closeAll(sides)
        }
      })
    },
    SLOW,
  )

  it(
    'recovers from what a killed sync leaves in the clone: locks, a rebase under way, half-written files',
    async () => {
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const a = await openSide(join(dir, 'ana'), ana)
        const b = await openSide(join(dir, 'ben'), ben)
        try {
          a.team = await GitTeam.create(a.store, { address, editor: ana })
          b.team = await GitTeam.join(b.store, { address, editor: ben })
          await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
          const id = await articleIdOf(b)
          await tag(b, id, 'It cost 40 million dollars.', 'claim')
          await b.team.sync(b.store)
          const repo = b.team.repo
          const gitDir = join(repo, '.git')
          // What kill -9 can leave: git's locks, a rebase stopped half-way, files half-written.
          await writeFile(join(gitDir, 'index.lock'), '')
          await mkdir(join(gitDir, 'rebase-merge'), { recursive: true })
          const texts = await readdir(join(repo, 'texts'))
          await writeFile(join(repo, 'texts', texts[0]!), '{"half')
          await writeFile(join(repo, 'editors', ben.id, 'articles', `${id}.json`), '')
          await tag(b, id, 'Traffic fell by half, officials said.', 'context', 4)
          const report = await b.team.sync(b.store)
          expect(report.state).toBe('synced')
          const received = await a.team.sync(a.store)
          expect(received.refused).toEqual([])
          expect(await tagKeys(a, id)).toEqual(await tagKeys(b, id))
          expect(await tagKeys(a, id)).toHaveLength(2)
        } finally {
          await a.store.close()
          await b.store.close()
        }
      })
    },
    SLOW,
  )
})
