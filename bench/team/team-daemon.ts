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
export async function runGit(cwd: string, args: string[]): Promise<void> {
  await gitOutput(cwd, args)
}

/**
 * Runs git with an argument list in `cwd`, `input` on its stdin and `env` added to the
 * environment; resolves to its standard output, rejects with its error text on a non-zero exit.
 */
export function gitOutput(
  cwd: string,
  args: string[],
  input?: string | Buffer,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
    child.once('error', reject)
    child.once('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(
            new Error(
              `git ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`,
            ),
          ),
    )
    // A git that fails early stops reading: its own error says why, not the broken pipe.
    child.stdin?.on('error', () => undefined)
    if (input !== undefined) child.stdin?.end(input)
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

/**
 * A claim by `editor` on the first sentence of `text` (article `articleId`), its id and time made
 * from `minute` (and `prefix`, when several editors need different ids).
 */
export function firstSentenceTag(
  articleId: string,
  text: string,
  editor: EditorRef,
  minute: number,
  prefix = editor.id.slice(0, 4),
): Annotation {
  const end = text.indexOf('.') + 1
  const time = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
  return {
    id: `${prefix}${minute}`.padEnd(8, '0'),
    articleId,
    author: editor,
    kind: 'claim',
    target: describeSpan(text, 0, end),
    note: '',
    created: time,
    modified: time,
  }
}

/** Tags the first sentence of article `id` as a claim by `editor` (tag id from `minute`). */
export async function tagFirstSentence(
  store: LibraryStore,
  id: string,
  editor: EditorRef,
  minute: number,
): Promise<string> {
  const article = await store.get(id)
  const tag = firstSentenceTag(
    id,
    articleText(Node.fromJSON(articleSchema, article.body)),
    editor,
    minute,
  )
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
