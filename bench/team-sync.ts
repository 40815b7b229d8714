// Team sync through Git (issue #17) on loopback: a `git daemon` on 127.0.0.1 serves the team;
// each editor has their own library. For each size (articles × editors) it reports the first
// clone of a new member (join: clone, verify every commit, add every text, import every
// package), an incremental sync with nothing new, and how long one tag takes to reach another
// editor once their sync starts. Targets: tag ≤ 2 s, no-op sync ≤ 300 ms, first clone ≤ 30 s at
// 10,000 articles × 20 editors. Sizes come from FACTMARK_BENCH_TEAM ("200x2,200x6,1000x2");
// reports figures, never fails on one.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LibraryStore } from '../electron/core/store/library-store'
import { GitTeam } from '../electron/core/team/git-team'
import { parsePlainText } from '../shared/import/plain-text'
import type { EditorRef } from '../shared/model/annotation'
import { benchSource, serveTeam, tagFirstSentence, timed } from './team/team-daemon'

const SIZES = (process.env.FACTMARK_BENCH_TEAM ?? '200x2,200x6,1000x2')
  .split(',')
  .map((size) => size.split('x').map(Number) as [number, number])

async function size(articles: number, editors: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-bench-team-'))
  const daemon = await serveTeam(dir)
  const address = daemon.address
  const sides: { store: LibraryStore; team: GitTeam; editor: EditorRef }[] = []
  try {
    for (let e = 0; e < editors; e += 1) {
      const editor = { id: `editor-${e}`, name: `Editor ${e}` }
      const store = await LibraryStore.open(join(dir, editor.id))
      const ids: string[] = []
      for (let n = 0; n < articles; n += 1)
        ids.push((await store.add(parsePlainText(benchSource(n)), 'bench.txt')).id)
      for (const id of ids) await tagFirstSentence(store, id, editor, e)
      const team =
        e === 0
          ? await GitTeam.create(store, { address, editor })
          : await GitTeam.join(store, { address, editor })
      if (e > 0) await sides[0]!.team.addToRoster(sides[0]!.store, editor.id, team.publicKey)
      sides.push({ store, team, editor })
    }
    for (const side of sides) await side.team.sync(side.store)
    const newcomer = { id: 'newcomer', name: 'Newcomer' }
    const fresh = await LibraryStore.open(join(dir, 'newcomer'))
    const [, cloneMs] = await timed(() => GitTeam.join(fresh, { address, editor: newcomer }))
    const tags = (await Promise.all(fresh.list().map((meta) => fresh.tags(meta.id)))).flat().length
    await fresh.close()
    const first = sides[0]!
    const other = sides[sides.length - 1]!
    const noop: number[] = []
    for (let round = 0; round < 5; round += 1)
      noop.push((await timed(() => first.team.sync(first.store)))[1])
    noop.sort((a, b) => a - b)
    const id = first.store.list()[0]!.id
    const tagId = await tagFirstSentence(other.store, id, other.editor, 59)
    await other.team.sync(other.store)
    const [, reachMs] = await timed(() => first.team.sync(first.store))
    const arrived = (await first.store.tags(id)).some((item) => item.id === tagId)
    console.log(
      `${String(articles).padStart(6)} articles × ${String(editors).padStart(2)} editors: first clone ${(cloneMs / 1000).toFixed(1)} s (${tags} tags), no-op sync p50 ${noop[2]!.toFixed(0)} ms, one tag arrives in ${reachMs.toFixed(0)} ms${arrived ? '' : ' (NOT arrived)'}`,
    )
  } finally {
    for (const side of sides) await side.store.close()
    await daemon.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

for (const [articles, editors] of SIZES) await size(articles, editors)
