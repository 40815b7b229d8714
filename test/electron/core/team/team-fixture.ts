import { spawn, type ChildProcess, execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { createServer, Socket } from 'node:net'
import { join } from 'node:path'
import type { GitTeam } from '../../../../electron/core/team/git-team'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { articleText } from '../../../../shared/text/article-text'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../../shared/editor/schema'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { Review } from '../../../../shared/model/review'

/** The article every editor works on. */
export const TEXT =
  'Mayor Opens Bridge\n\nThe mayor opened the bridge on Monday. It cost 40 million dollars. Traffic fell by half, officials said.'

/** A second article, that only one editor has at first. */
export const OTHER_TEXT =
  'Council Votes\n\nThe council voted on Tuesday. The vote was close. Nine members were present.'

/** Three editors of a desk. */
export const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
export const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
export const cho: EditorRef = { id: 'cho-min', name: 'Cho Min' }

/** Runs git with an argument list and resolves to its stdout (rejects on failure). */
export function git(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr}`))
      else resolve(stdout)
    })
    // A git that reads no input (rev-parse …) may exit before the empty input is written: a
    // broken pipe then, which is no failure of the command.
    child.stdin?.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error)
    })
    child.stdin?.end(input ?? '')
  })
}

/** One editor's side: a library folder, its store, its team once joined. */
export interface Side {
  dir: string
  editor: EditorRef
  store: LibraryStore
  team: GitTeam | null
}

/** Opens a library for `editor` in `dir` holding the shared article; returns it and its id. */
export async function openSide(dir: string, editor: EditorRef, texts = [TEXT]): Promise<Side> {
  const store = await LibraryStore.open(dir)
  for (const text of texts) await store.add(parsePlainText(text), 'article.txt')
  return { dir, editor, store, team: null }
}

/** The id the library gives an article of `text`. */
export async function articleIdOf(side: Side, text = TEXT): Promise<string> {
  const title = text.split('\n')[0]
  const meta = side.store.list().find((entry) => entry.title === title)
  if (!meta) throw new Error(`no article “${title}” in ${side.dir}`)
  return meta.id
}

/** The plain text of an article in a library. */
async function plainText(side: Side, id: string): Promise<string> {
  const article = await side.store.get(id)
  return articleText(Node.fromJSON(articleSchema, article.body))
}

/** Adds `editor`'s tag of `kind` on the sentence `quote`, keeping their other tags. */
export async function tag(
  side: Side,
  id: string,
  quote: string,
  kind: Annotation['kind'],
  minute = 0,
): Promise<Annotation> {
  const text = await plainText(side, id)
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`“${quote}” is not in the article`)
  const time = new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString()
  const mine = (await side.store.tags(id)).filter((item) => item.author.id === side.editor.id)
  const created: Annotation = {
    id: `${side.editor.id.slice(0, 3)}${start}${kind}`.padEnd(8, '0'),
    articleId: id,
    author: side.editor,
    kind,
    target: describeSpan(text, start, start + quote.length),
    note: `${side.editor.name} on “${quote}”`,
    created: time,
    modified: time,
  }
  await side.store.saveWork(
    id,
    { tags: [...mine.filter((item) => item.id !== created.id), created] },
    side.editor,
  )
  return created
}

/** Adds `side.editor`'s review (accept / reject) of tag `tagId`. */
export async function review(
  side: Side,
  id: string,
  tagId: string,
  verdict: Review['verdict'],
  text = '',
): Promise<void> {
  const mine = (await side.store.reviews(id)).filter((item) => item.author.id === side.editor.id)
  const time = new Date(Date.UTC(2026, 0, 5, 10, mine.length)).toISOString()
  const created: Review = {
    id: `rv${side.editor.id.slice(0, 3)}${tagId.slice(0, 8)}`,
    articleId: id,
    annotationId: tagId,
    author: side.editor,
    verdict,
    text,
    created: time,
    modified: time,
  }
  const tags = (await side.store.tags(id)).filter((item) => item.author.id === side.editor.id)
  await side.store.saveWork(id, { tags, reviews: [...mine, created] }, side.editor)
}

/** Each tag's id and author in a library's article, sorted: what "sees all, no duplicates" compares. */
export async function tagKeys(side: Side, id: string): Promise<string[]> {
  return (await side.store.tags(id))
    .map((item) => `${item.author.id}:${item.id}:${item.kind}`)
    .sort()
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** A `git daemon` serving `base` on 127.0.0.1 (push enabled), started by the test itself. */
export interface Daemon {
  port: number
  url: (name: string) => string
  stop: () => Promise<void>
}

/** Starts `git daemon` over `base` and waits until it answers. */
export async function startDaemon(base: string, port?: number): Promise<Daemon> {
  await mkdir(base, { recursive: true })
  const chosen = port ?? (await freePort())
  const child: ChildProcess = spawn(
    'git',
    [
      'daemon',
      '--export-all',
      '--enable=receive-pack',
      '--reuseaddr',
      `--base-path=${base}`,
      '--listen=127.0.0.1',
      `--port=${chosen}`,
      base,
    ],
    { stdio: 'ignore' },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Ready once a connection is accepted.
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = new Socket()
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
      socket.connect(chosen, '127.0.0.1')
    })
    if (ok) break
    if (child.exitCode !== null) throw new Error('git daemon exited at start')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    port: chosen,
    url: (name) => `git://127.0.0.1:${chosen}/${name}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}

/** Makes an empty bare repository `name` under `base`; returns its path. */
export async function bareRepository(base: string, name: string): Promise<string> {
  const path = join(base, name)
  await mkdir(path, { recursive: true })
  await git(path, ['init', '--bare', '--quiet', '--initial-branch=main'])
  return path
}
