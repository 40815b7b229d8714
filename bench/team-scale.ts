// Team sync through Git (issue #17) at a desk's full size: 10,000 articles and 20 editors by
// default (FACTMARK_BENCH_TEAM_SCALE, e.g. "2500x5,5000x10,10000x20", to see the growth). Building
// twenty real libraries of 10,000 articles would take an hour, so the repository is written
// directly (bench/team/synthetic-team.ts) as twenty editors' syncs would have pushed it: editor 0
// founded the team, shared every text and tagged each article; editors 1…19 each tagged 1,000
// articles (each article is worked on by about three editors): their files are signed packages
// made by the app's own code, each commit signed with its editor's own key, after the admin
// added every key to the roster. Editor 0's library on this machine is made by joining the team
// with their key (their own files stay theirs: a join takes in only others' work). Then it measures, against a `git daemon` on loopback: a new
// member's first clone (join: clone, verify every commit, add every text, import every package),
// an incremental sync with nothing new, and how long one tag takes to reach another editor once
// their sync starts. Targets: first clone ≤ 30 s, no-op ≤ 300 ms, tag ≤ 2 s. Each figure is printed
// beside git's own floor from the same run (a plain `git clone` of the team; a plain fetch and
// rev-parse in the clone), so a loaded machine shows as a slow floor. Reports, never fails.
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { LibraryStore } from '../electron/core/store/library-store'
import { GitTeam } from '../electron/core/team/git-team'
import type { EditorRef } from '../shared/model/annotation'
import { buildSyntheticTeam } from './team/synthetic-team'
import { runGit, serveTeam, tagFirstSentence, timed } from './team/team-daemon'

const SIZES = (process.env.FACTMARK_BENCH_TEAM_SCALE ?? '10000x20')
  .split(',')
  .map((size) => size.split('x').map(Number) as [number, number])

/** Articles each editor after the first has tagged. */
const PER_EDITOR = 1000

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

async function size(articles: number, editors: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-bench-team-scale-'))
  const daemon = await serveTeam(dir)
  const stores: LibraryStore[] = []
  try {
    const [built, buildMs] = await timed(() =>
      buildSyntheticTeam(daemon.bare, join(dir, 'keys-home'), articles, editors, PER_EDITOR),
    )
    // Editor 0's library on this machine: they join their own team with their own key.
    const admin = built.editors[0]!
    const store = await LibraryStore.open(join(dir, admin.editor.id))
    stores.push(store)
    const [team, adminJoinMs] = await timed(() =>
      GitTeam.join(store, {
        address: daemon.address,
        editor: admin.editor,
        keyPath: admin.keyPath,
      }),
    )

    const newcomer: EditorRef = { id: 'newcomer', name: 'Newcomer' }
    const fresh = await LibraryStore.open(join(dir, newcomer.id))
    stores.push(fresh)
    const [joined, cloneMs] = await timed(() =>
      GitTeam.join(fresh, { address: daemon.address, editor: newcomer }),
    )
    const received = fresh.list().length
    const tags = (await Promise.all(fresh.list().map((meta) => fresh.tags(meta.id)))).flat().length

    const noop: number[] = []
    for (let round = 0; round < 5; round += 1) noop.push((await timed(() => team.sync(store)))[1])
    noop.sort((a, b) => a - b)
    // git's floor: what any clone, and any sync that asks the server, costs on this machine now.
    const [, plainCloneMs] = await timed(() =>
      runGit(dir, ['clone', '--quiet', daemon.address, join(dir, 'plain-clone')]),
    )
    const floor: number[] = []
    for (let round = 0; round < 5; round += 1) {
      const [, ms] = await timed(async () => {
        await runGit(team.repo, ['fetch', '--quiet', '--prune', 'origin'])
        await runGit(team.repo, ['rev-parse', 'HEAD', 'refs/remotes/origin/main'])
      })
      floor.push(ms)
    }
    floor.sort((a, b) => a - b)

    await team.addToRoster(store, newcomer.id, joined.publicKey)
    await joined.sync(fresh)
    const target = fresh.list()[0]!.id
    const tagId = await tagFirstSentence(fresh, target, newcomer, 59)
    await joined.sync(fresh)
    const [report, reachMs] = await timed(() => team.sync(store))
    const arrived = (await store.tags(target)).some((tag) => tag.id === tagId)

    console.log(
      `${String(articles).padStart(6)} articles × ${String(editors).padStart(2)} editors ` +
        `(${tags} tags, ${built.commits} commits; setup: repository ${seconds(buildMs)}, editor 0 joins ${seconds(adminJoinMs)}; load ${loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')})`,
    )
    console.log(
      `  first clone      ${seconds(cloneMs).padStart(8)}   (target ≤ 30 s; ${received} articles received; plain git clone ${seconds(plainCloneMs)})`,
    )
    console.log(
      `  no-op sync p50   ${`${noop[2]!.toFixed(0)} ms`.padStart(8)}   (target ≤ 300 ms; plain fetch + rev-parse p50 ${floor[2]!.toFixed(0)} ms)`,
    )
    console.log(
      `  one tag arrives  ${`${reachMs.toFixed(0)} ms`.padStart(8)}   (target ≤ 2 s; ${arrived ? 'arrived' : 'NOT arrived'}, ${report.received} commit received)`,
    )
  } finally {
    for (const opened of stores) await opened.close()
    await daemon.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

for (const [articles, editors] of SIZES) await size(articles, editors)
