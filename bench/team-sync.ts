// Team sync through Git (issue #17) on loopback: a `git daemon` on 127.0.0.1 serves the team;
// each editor has their own library. For each size (articles × editors) it reports the first
// clone of a new member (join: clone, verify every commit, add every text, import every
// package), an incremental sync with nothing new, and how long one tag takes to reach another
// editor once their sync starts. Targets: tag ≤ 2 s, no-op sync ≤ 300 ms, first clone ≤ 30 s at
// 10,000 articles × 20 editors. Sizes come from FACTMARK_BENCH_TEAM ("200x2,200x6,1000x2");
// reports figures, never fails on one.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import { LibraryStore } from '../electron/core/store/library-store'
import { GitTeam } from '../electron/core/team/git-team'
import { describe as describeSpan } from '../shared/anchoring/describe'
import { articleSchema } from '../shared/editor/schema'
import { parsePlainText } from '../shared/import/plain-text'
import type { Annotation, EditorRef } from '../shared/model/annotation'
import { articleText } from '../shared/text/article-text'

const SIZES = (process.env.FACTMARK_BENCH_TEAM ?? '200x2,200x6,1000x2')
  .split(',')
  .map((size) => size.split('x').map(Number) as [number, number])

function source(n: number): string {
  return `Bench story ${n}\n\nThe council met on Tuesday (${n}). The vote was close. Nine members were present.`
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = new Socket()
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
      socket.connect(port, '127.0.0.1')
    })
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function run(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: 'ignore' })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]}`))))
  })
}

async function tagFirstSentence(
  store: LibraryStore,
  id: string,
  editor: EditorRef,
  minute: number,
) {
  const article = await store.get(id)
  const text = articleText(Node.fromJSON(articleSchema, article.body))
  const end = text.indexOf('.') + 1
  const time = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
  const tag: Annotation = {
    id: `${editor.id.slice(0, 4)}${minute}`.padEnd(8, '0'),
    articleId: id,
    author: editor,
    kind: 'claim',
    target: describeSpan(text, 0, end),
    note: '',
    created: time,
    modified: time,
  }
  const mine = (await store.tags(id)).filter((item) => item.author.id === editor.id)
  await store.saveWork(id, { tags: [...mine, tag] }, editor)
  return tag.id
}

async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await body()
  return [value, performance.now() - start]
}

async function size(articles: number, editors: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-bench-team-'))
  const port = await freePort()
  const served = join(dir, 'served')
  await mkdir(join(served, 'team.git'), { recursive: true })
  await run(join(served, 'team.git'), ['init', '--bare', '--quiet', '--initial-branch=main'])
  const daemon = spawn(
    'git',
    [
      'daemon',
      '--export-all',
      '--enable=receive-pack',
      '--reuseaddr',
      `--base-path=${served}`,
      '--listen=127.0.0.1',
      `--port=${port}`,
      served,
    ],
    { stdio: 'ignore' },
  )
  await waitForPort(port)
  const address = `git://127.0.0.1:${port}/team.git`
  const sides: { store: LibraryStore; team: GitTeam; editor: EditorRef }[] = []
  try {
    for (let e = 0; e < editors; e += 1) {
      const editor = { id: `editor-${e}`, name: `Editor ${e}` }
      const store = await LibraryStore.open(join(dir, editor.id))
      const ids: string[] = []
      for (let n = 0; n < articles; n += 1)
        ids.push((await store.add(parsePlainText(source(n)), 'bench.txt')).id)
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
    daemon.kill('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  }
}

for (const [articles, editors] of SIZES) await size(articles, editors)
