import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Node } from 'prosemirror-model'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { articleSchema } from '../../../../shared/editor/schema'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { articleText } from '../../../../shared/text/article-text'
import { textHash } from '../../../../shared/text/hash'
import { randomGenerator } from '../../../shared/anchoring/articles'
import { withTempDir } from '../../main/fixtures'
import { buildStoreChild, startStoreChild } from './child-process'
import { noteNumber } from './kill-work'

const KILLS = 200
const WORKERS = 4
/** Children started ahead of use per worker: starting Node is the slow part. */
const SPARES = 3
const ORIGINAL = 'Kill test\n\nThe first paragraph stays. So does this sentence.'

async function leftovers(dir: string): Promise<string[]> {
  const names = [...(await readdir(dir)), ...(await readdir(join(dir, 'articles')))]
  return names.filter((name) => name.endsWith('.tmp') || name.includes('.corrupt-'))
}

describe('a writer killed with SIGKILL at random moments', () => {
  let child: Awaited<ReturnType<typeof buildStoreChild>> | undefined

  beforeAll(async () => {
    child = await buildStoreChild()
  }, 30_000)

  afterAll(async () => {
    await child?.remove()
  })

  it(`${KILLS} times: the library opens, parses and holds the last acknowledged save`, async () => {
    const seed = Number(process.env.FACTMARK_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31))
    const random = randomGenerator(seed)
    const script = child?.script ?? ''
    let killedWhileSaving = 0

    async function worker(dir: string, kills: number): Promise<void> {
      const setup = await LibraryStore.open(dir)
      const { id } = await setup.add(parsePlainText(ORIGINAL), 'kill.txt')
      await setup.close()
      let acknowledged = 0
      const spares = Array.from({ length: SPARES }, () =>
        startStoreChild(script, ['save-loop', dir, id]),
      )
      for (let kill = 0; kill < kills; kill += 1) {
        const label = `seed ${seed}, ${dir}, kill ${kill}`
        spares.push(startStoreChild(script, ['save-loop', dir, id]))
        const running = spares.shift()
        if (!running) throw new Error('no spare child')
        running.process.stdin.write('go\n')
        if (random() < 0.15) {
          // Sometimes while it is still opening the library (lock, clean-up, recovery).
          await sleep(random() * 30)
        } else if (random() < 0.5) {
          // Sometimes as soon as it has opened the library, maybe in the middle of the first save.
          await running.waitFor((line) => line === 'ready')
          await sleep(random() * 40)
        } else {
          // Otherwise once it has acknowledged a save, in the middle of later ones: on a busy
          // machine a save can outlast the 40 ms above, and every kill would then come too early.
          await running.waitFor((line) => /^\d+$/.test(line))
          await sleep(random() * 40)
        }
        running.process.kill('SIGKILL')
        const exit = await running.exited
        expect(exit.signal, `${label}: ${running.stderr()}`).toBe('SIGKILL')
        const acks = running.lines.filter((line) => /^\d+$/.test(line)).map(Number)
        if (acks.length > 0) killedWhileSaving += 1
        const last = Math.max(acknowledged, ...acks)

        const store = await LibraryStore.open(dir)
        try {
          expect(store.takeNotices(), label).toEqual([])
          const tags = await store.tags(id)
          const saved = noteNumber(tags)
          // The last acknowledged save is there, and at most the one after it.
          expect(saved, label).toBeGreaterThanOrEqual(last)
          expect(saved, label).toBeLessThanOrEqual(last + 1)
          expect(tags, label).toHaveLength(saved === 0 ? 0 : 1 + (saved % 3))
          const article = await store.get(id)
          const text = articleText(Node.fromJSON(articleSchema, article.body))
          expect(article.textHash, label).toBe(textHash(text))
          const bodySave = Math.floor(saved / 3) * 3
          expect(text.endsWith(bodySave > 0 ? `Save number ${bodySave}.` : 'this sentence.')).toBe(
            true,
          )
          const { body: _body, ...meta } = article
          // The index agrees with the article file, even when it was killed before writing it.
          expect(store.meta(id), label).toEqual(meta)
          expect(meta.tagCount, label).toBe(tags.length)
          acknowledged = saved
        } finally {
          await store.close()
        }
        expect(await leftovers(dir), label).toEqual([])
      }
      for (const spare of spares) spare.process.kill('SIGKILL')
      await Promise.all(spares.map((spare) => spare.exited))
      expect(acknowledged).toBeGreaterThan(0)
    }

    await Promise.all(
      Array.from({ length: WORKERS }, (_, index) =>
        withTempDir((dir) =>
          worker(dir, Math.floor(KILLS / WORKERS) + (index < KILLS % WORKERS ? 1 : 0)),
        ),
      ),
    )
    expect(killedWhileSaving).toBeGreaterThan(0)
  }, 600_000)
})
