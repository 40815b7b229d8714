// A team repository of any size, written straight into a bare repository in seconds instead of
// being made by twenty libraries syncing one after the other (an hour at 10,000 × 20). Its
// content is what the app itself writes: the roster files, every article's text file, and each
// editor's per-article files made by the app's own code (`ownArticleFile`, signed packages); its
// history is what the app's syncs would have pushed: the founding commit, the admin's work, then
// for each other editor the admin's roster commit and that editor's work, each commit signed
// with its editor's own SSH key. Trees come from one `git fast-import`; each commit is then
// signed by `git commit-tree -S` (about 40 signatures, not one per file).
import { Node } from 'prosemirror-model'
import { loadSigningKey, ensureSigningKey } from '../../electron/core/team/signing-key'
import { ownArticleFile } from '../../electron/core/team/own-work'
import { articleSchema } from '../../shared/editor/schema'
import type { PackageArticle } from '../../shared/exchange/package'
import { parsePlainText } from '../../shared/import/plain-text'
import type { EditorRef } from '../../shared/model/annotation'
import {
  ALLOWED_SIGNERS_FILE,
  formatAllowedSigners,
  formatTeamFile,
  parsePublicKey,
  TEAM_FILE,
  withEntry,
  type Roster,
} from '../../shared/team/roster'
import { articleTextFile } from '../../shared/team/article-text-file'
import { editorArticlePath, TEAM_BRANCH, textPath } from '../../shared/team/team-paths'
import { articleText } from '../../shared/text/article-text'
import { articleIdFor } from '../../shared/text/hash'
import { benchSource, firstSentenceTag, gitOutput } from './team-daemon'

/** One editor of the synthetic team, with the key their commits and files are signed with. */
export interface SyntheticEditor {
  editor: EditorRef
  /** The private key's path (its `.pub` beside it), for joining the team as this editor. */
  keyPath: string
  publicKey: string
}

/** What {@link buildSyntheticTeam} made: the editors (the admin first) and the article ids. */
export interface SyntheticTeam {
  editors: SyntheticEditor[]
  articleIds: string[]
  /** How many commits the history holds. */
  commits: number
}

/** One commit to make: its signer, message and the files it writes. */
interface PlannedCommit {
  by: number
  message: string
  files: [path: string, content: string][]
}

/**
 * Writes into the bare repository `bare` (branch `main`, which must not exist yet) the history of
 * a team of `editors` editors over `articles` articles: editor 0 founded it, holds every article
 * and tagged each; each other editor tagged `perEditor` of them (article `(e·997 + k·7) mod n`).
 * Keys are made in `keysDir`.
 */
export async function buildSyntheticTeam(
  bare: string,
  keysDir: string,
  articles: number,
  editors: number,
  perEditor: number,
): Promise<SyntheticTeam> {
  const people: SyntheticEditor[] = []
  for (let e = 0; e < editors; e += 1) {
    const editor: EditorRef = { id: `editor-${e}`, name: `Editor ${e}` }
    const key = await ensureSigningKey(keysDir, editor.id)
    people.push({ editor, keyPath: key.privateKeyPath, publicKey: key.publicKey })
  }
  const sources = Array.from({ length: articles }, (_, n) => {
    const draft = parsePlainText(benchSource(n))
    const text = articleText(Node.fromJSON(articleSchema, draft.body))
    const id = articleIdFor(text)
    const shared = articleTextFile(id, draft)
    if (!shared) throw new Error(`bench article ${n} cannot be shared`)
    return { id, text, title: draft.title, shared }
  })

  const workFiles = async (e: number, picks: readonly number[]) => {
    const person = people[e]!
    const key = await loadSigningKey(person.keyPath)
    return picks.map((n): [string, string] => {
      const source = sources[n]!
      const prefix = e === 0 ? undefined : `e${e}-edit`
      const tag = firstSentenceTag(source.id, source.text, person.editor, 0, prefix)
      const article: PackageArticle = {
        articleId: source.id,
        textHash: source.shared.textHash,
        title: source.title,
        annotations: [tag],
        deleted: [],
        reviews: [],
        deletedReviews: [],
      }
      return [
        editorArticlePath(person.editor.id, source.id),
        ownArticleFile(person.editor, article, key),
      ]
    })
  }
  const rosterFiles = (roster: Roster): [string, string][] => [
    [ALLOWED_SIGNERS_FILE, formatAllowedSigners(roster.entries)],
    [TEAM_FILE, formatTeamFile(roster.admins)],
  ]

  const admin = people[0]!
  let roster: Roster = {
    entries: [{ editorId: admin.editor.id, key: parsePublicKey(admin.publicKey) }],
    admins: [admin.editor.id],
  }
  const all = sources.map((_, n) => n)
  const plan: PlannedCommit[] = [
    { by: 0, message: `${admin.editor.name} starts the team`, files: rosterFiles(roster) },
    {
      by: 0,
      message: `${admin.editor.name}: work on ${articles} article${articles === 1 ? '' : 's'}`,
      files: [
        ...sources.map((source): [string, string] => [
          textPath(source.shared.textHash),
          source.shared.content,
        ]),
        ...(await workFiles(0, all)),
      ],
    },
  ]
  for (let e = 1; e < editors; e += 1) {
    const person = people[e]!
    roster = withEntry(roster, person.editor.id, parsePublicKey(person.publicKey))
    plan.push({
      by: 0,
      message: `${admin.editor.name} adds ${person.editor.id} to the roster`,
      files: rosterFiles(roster),
    })
    const count = Math.min(perEditor, articles)
    const picks = Array.from({ length: count }, (_, k) => (e * 997 + k * 7) % articles)
    plan.push({
      by: e,
      message: `${person.editor.name}: work on ${count} article${count === 1 ? '' : 's'}`,
      files: await workFiles(e, [...new Set(picks)]),
    })
  }

  // The trees, in one fast-import on a scratch branch (its unsigned commits are dropped after).
  const scratch = 'refs/heads/bench-unsigned'
  const stream: Buffer[] = []
  const when = Date.UTC(2026, 0, 1) / 1000
  plan.forEach((commit, at) => {
    const who = people[commit.by]!.editor
    const message = Buffer.from(commit.message)
    stream.push(
      Buffer.from(
        `commit ${scratch}\ncommitter ${who.name} <${who.id}@factmark.invalid> ${when + at} +0000\n` +
          `data ${message.length}\n`,
      ),
      message,
      Buffer.from('\n'),
    )
    for (const [path, content] of commit.files) {
      const bytes = Buffer.from(content)
      stream.push(
        Buffer.from(`M 100644 inline ${path}\ndata ${bytes.length}\n`),
        bytes,
        Buffer.from('\n'),
      )
    }
    stream.push(Buffer.from('\n'))
  })
  await gitOutput(bare, ['fast-import', '--quiet'], Buffer.concat(stream))
  const trees = (await gitOutput(bare, ['log', '--reverse', '--format=%T', scratch]))
    .trim()
    .split('\n')

  // The history itself: each commit signed by its editor, as their Factmark signs it.
  let parent: string | null = null
  for (const [at, commit] of plan.entries()) {
    const person = people[commit.by]!
    const identity = {
      GIT_AUTHOR_NAME: person.editor.name,
      GIT_AUTHOR_EMAIL: `${person.editor.id}@factmark.invalid`,
      GIT_COMMITTER_NAME: person.editor.name,
      GIT_COMMITTER_EMAIL: `${person.editor.id}@factmark.invalid`,
      GIT_AUTHOR_DATE: `${when + at} +0000`,
      GIT_COMMITTER_DATE: `${when + at} +0000`,
    }
    const args = ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${person.keyPath}`]
    args.push(
      'commit-tree',
      '-S',
      trees[at]!,
      ...(parent ? ['-p', parent] : []),
      '-m',
      commit.message,
    )
    parent = (await gitOutput(bare, args, undefined, identity)).trim()
  }
  await gitOutput(bare, ['update-ref', `refs/heads/${TEAM_BRANCH}`, parent!])
  await gitOutput(bare, ['update-ref', '-d', scratch])
  return { editors: people, articleIds: sources.map((source) => source.id), commits: plan.length }
}
