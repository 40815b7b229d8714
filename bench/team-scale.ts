// Team sync through Git (issue #17) at a desk's full size: 10,000 articles and 20 editors by
// default (FACTMARK_BENCH_TEAM_SCALE, e.g. "2500x5,5000x10,10000x20", to see the growth). Building
// twenty real libraries of 10,000 articles would take an hour, so the repository is made the way
// twenty editors would have made it, faster: editor 0's library holds every article and tags
// each one (its own sync commits every text and its work); editors 1…19 each tagged 1,000
// articles (each article is worked on by about three editors): their files are packages made by
// the same code as the app's, committed and signed with each editor's own key, after the admin
// added every key to the roster. Then it measures, against a `git daemon` on loopback: a new
// member's first clone (join: clone, verify every commit, add every text, import every package),
// an incremental sync with nothing new, and how long one tag takes to reach another editor once
// their sync starts. Targets: first clone ≤ 30 s, no-op ≤ 300 ms, tag ≤ 2 s. Each figure is printed
// beside git's own floor from the same run (a plain `git clone` of the team; a plain fetch and
// rev-parse in the clone), so a loaded machine shows as a slow floor. Reports, never fails.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { LibraryStore } from '../electron/core/store/library-store'
import { GitTeam } from '../electron/core/team/git-team'
import { ensureSigningKey } from '../electron/core/team/signing-key'
import { eachLimited } from '../shared/async/each-limited'
import { createPackage } from '../shared/exchange/package'
import { parsePlainText } from '../shared/import/plain-text'
import type { EditorRef } from '../shared/model/annotation'
import { editorArticlePath } from '../shared/team/team-paths'
import { benchSource, runGit, serveTeam, tagFirstSentence, timed } from './team/team-daemon'

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
  const admin: EditorRef = { id: 'editor-0', name: 'Editor 0' }
  const store = await LibraryStore.open(join(dir, admin.id))
  const stores: LibraryStore[] = [store]
  try {
    const [ids, setupMs] = await timed(() =>
      eachLimited(
        Array.from({ length: articles }, (_, n) => n),
        16,
        async (n) => {
          const { id } = await store.add(parsePlainText(benchSource(n)), 'bench.txt')
          await tagFirstSentence(store, id, admin, 0)
          return id
        },
      ),
    )
    const [team, createMs] = await timed(() =>
      GitTeam.create(store, { address: daemon.address, editor: admin }),
    )
    // The other editors' work, made by the app's own package code, signed with their own keys.
    const work = join(dir, 'work')
    await runGit(dir, ['clone', '--quiet', daemon.address, work])
    const [, othersMs] = await timed(async () => {
      const base = await store.exportPackage(admin, ids)
      const byId = new Map(base.articles.map((article) => [article.articleId, article]))
      for (let e = 1; e < editors; e += 1) {
        const editor: EditorRef = { id: `editor-${e}`, name: `Editor ${e}` }
        const key = await ensureSigningKey(join(dir, 'keys-home'), editor.id)
        await team.addToRoster(store, editor.id, key.publicKey)
        await runGit(work, ['pull', '--quiet', '--ff-only', 'origin', 'main'])
        for (let k = 0; k < Math.min(PER_EDITOR, articles); k += 1) {
          const id = ids[(e * 997 + k * 7) % ids.length]!
          const article = byId.get(id)!
          const annotations = article.annotations.map((tag) => ({
            ...tag,
            id: `e${e}-${tag.id}`,
            author: editor,
          }))
          const single = createPackage(
            editor,
            [{ ...article, annotations }],
            annotations[0]!.modified,
          )
          const path = join(work, editorArticlePath(editor.id, id))
          await mkdir(dirname(path), { recursive: true })
          await writeFile(path, `${JSON.stringify(single, null, 2)}\n`)
        }
        await runGit(work, ['add', '-A', '--', `editors/${editor.id}`])
        await runGit(work, [
          '-c',
          'gpg.format=ssh',
          '-c',
          `user.signingkey=${key.privateKeyPath}`,
          '-c',
          `user.name=${editor.name}`,
          '-c',
          `user.email=${editor.id}@factmark.invalid`,
          'commit',
          '--quiet',
          '-S',
          '-m',
          `${editor.name}: work on ${PER_EDITOR} articles`,
        ])
        await runGit(work, ['push', '--quiet', 'origin', 'HEAD:main'])
      }
    })
    await team.sync(store)

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
        `(${tags} tags; setup: library ${seconds(setupMs)}, create ${seconds(createMs)}, others ${seconds(othersMs)}; load ${loadavg()
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
