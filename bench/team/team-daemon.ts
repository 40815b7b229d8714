// A `git daemon` on 127.0.0.1 serving one bare team repository, and the small helpers the team
// benchmarks share (bench/team-sync.ts, bench/team-scale.ts).
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import type { LibraryStore } from '../../electron/core/store/library-store'
import { describe as describeSpan } from '../../shared/anchoring/describe'
import { articleSchema } from '../../shared/editor/schema'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import { articleText } from '../../shared/text/article-text'
import { startDaemon } from '../../test/electron/core/team/team-fixture'

/** Runs git with an argument list in `cwd`; rejects on a non-zero exit. */
export function runGit(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: 'ignore' })
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args.join(' ')} exited ${code}`)),
    )
  })
}

/** A daemon serving `<dir>/served/team.git` (made empty), its address, and how to stop it. */
export async function serveTeam(
  dir: string,
): Promise<{ address: string; bare: string; stop: () => Promise<void> }> {
  const served = join(dir, 'served')
  const bare = join(served, 'team.git')
  await mkdir(bare, { recursive: true })
  await runGit(bare, ['init', '--bare', '--quiet', '--initial-branch=main'])
  const daemon = await startDaemon(served)
  return { address: daemon.url('team.git'), bare, stop: daemon.stop }
}

/** Tags the first sentence of article `id` as a claim by `editor` (tag id from `minute`). */
export async function tagFirstSentence(
  store: LibraryStore,
  id: string,
  editor: EditorRef,
  minute: number,
): Promise<string> {
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

/** Runs `body`, resolving to its value and how long it took (ms). */
export async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await body()
  return [value, performance.now() - start]
}

/** A bench article's text: a headline and three sentences, different for each `n`. */
export function benchSource(n: number): string {
  return `Bench story ${n}\n\nThe council met on Tuesday (${n}). The vote was close. Nine members were present.`
}
