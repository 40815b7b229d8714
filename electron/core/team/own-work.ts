import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createPackage, type PackageArticle } from '../../../shared/exchange/package'
import type { EditorRef } from '../../../shared/model/annotation'
import { articleTextFile } from '../../../shared/team/article-text-file'
import { editorArticlePath, editorFolder, textPath } from '../../../shared/team/team-paths'
import type { Ed25519KeyPair } from './openssh-key'
import { signPackage } from '../exchange/package-signing'
import type { LibraryStore } from '../store/library-store'
import { exists, readIfExists } from './file-probe'
import { loadSigningKey } from './signing-key'
import { commitSigned, type TeamClone } from './team-clone'

/** The latest time in an article's share of a package: what its file is dated, deterministically. */
function latestTime(article: PackageArticle): string {
  const times = [
    ...article.annotations.map((tag) => tag.modified),
    ...article.reviews.map((review) => review.modified),
    ...article.deleted.map((stone) => stone.deletedAt),
    ...article.deletedReviews.map((stone) => stone.deletedAt),
  ]
  const latest = Math.max(0, ...times.map((time) => Date.parse(time)).filter(Number.isFinite))
  return new Date(latest).toISOString()
}

/**
 * The content of editor `me`'s file of one article in the team (`editors/<me>/articles/<id>.json`):
 * a package of that one article, dated by its latest change and signed with `key` when there is
 * one, so unchanged work always gives the same file.
 */
export function ownArticleFile(
  me: EditorRef,
  article: PackageArticle,
  key: Ed25519KeyPair | null,
): string {
  const unsigned = createPackage(me, [article], latestTime(article))
  const single = key ? signPackage(unsigned, key) : unsigned
  return `${JSON.stringify(single, null, 2)}\n`
}

/** Whether the library holds own work not yet committed to the team (an article saved since). */
export function ownWorkWaiting(clone: TeamClone, store: LibraryStore): boolean {
  const exported = clone.state.exported
  return store.list().some((meta) => exported[meta.id] !== meta.updatedAt)
}

/**
 * Commits the acting editor's work as it is in the library (batched: one commit for every
 * change since the last), signed. Writes only their own files and texts not yet in the team.
 * Each file is a package signed with the same key as the commit (ed25519 signing is
 * deterministic, so unchanged work gives the same file), so it stays proof of authorship
 * outside the repository too; with a key Factmark cannot read (a passphrase), git's signature
 * alone covers it.
 * Returns how many files changed. Not serialised: the caller runs it in the team's queue.
 */
export async function commitOwnWork(clone: TeamClone, store: LibraryStore): Promise<number> {
  const me = clone.state.editor
  const exported = clone.state.exported
  const stale = store.list().filter((meta) => exported[meta.id] !== meta.updatedAt)
  if (stale.length === 0) return 0
  const pkg = await store.exportPackage(
    me,
    stale.map((meta) => meta.id),
  )
  const key = await loadSigningKey(clone.state.keyPath).catch(() => null)
  let changed = 0
  const texts: string[] = []
  for (const article of pkg.articles) {
    const work =
      article.annotations.length +
      article.reviews.length +
      article.deleted.length +
      article.deletedReviews.length
    if (work === 0) continue
    const path = join(clone.repo, editorArticlePath(me.id, article.articleId))
    const content = ownArticleFile(me, article, key)
    if ((await readIfExists(path)) !== content) {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, content)
      changed += 1
    }
    const textFile = join(clone.repo, textPath(article.textHash))
    if (!(await exists(textFile))) {
      const full = await store.get(article.articleId)
      const shared = articleTextFile(full.id, full)
      if (shared) {
        await mkdir(dirname(textFile), { recursive: true })
        await writeFile(join(clone.repo, textPath(shared.textHash)), shared.content)
        texts.push(textPath(shared.textHash))
        changed += 1
      }
    }
  }
  const done = () => {
    for (const meta of stale) clone.state.exported[meta.id] = meta.updatedAt
  }
  if (changed === 0) {
    done()
    return 0
  }
  // Only own files are staged: never a text or someone else's file a crash left half-written.
  await clone.git.run(clone.repo, ['add', '-A', '--', editorFolder(me.id)])
  if (texts.length > 0) await clone.git.run(clone.repo, ['add', '--', ...texts])
  const staged = await clone.git.run(clone.repo, ['diff', '--cached', '--quiet'], {
    allowFailure: true,
  })
  if (staged.code === 0) {
    done()
    return 0
  }
  const articles = pkg.articles.length
  await commitSigned(clone, `${me.name}: work on ${articles} article${articles === 1 ? '' : 's'}`)
  done()
  return changed
}
