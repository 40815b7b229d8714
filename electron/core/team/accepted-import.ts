import { parsePackage, type FactmarkPackage } from '../../../shared/exchange/package'
import type { ArticleDraft } from '../../../shared/import/plain-text'
import type { PackageTrust } from '../../../shared/exchange/signer-trust'
import { FactmarkError } from '../../../shared/ipc/result'
import { parseArticleTextFile } from '../../../shared/team/article-text-file'
import { TeamError } from '../../../shared/team/team-error'
import { checkPackageImportable } from '../../../shared/store/package-merge'
import { classifyPath } from '../../../shared/team/team-paths'
import type { LibraryStore } from '../store/library-store'
import { readBlobs } from './commit-log'
import type { RefusedCommit } from './history-verifier'
import type { TeamClone } from './team-clone'
import type { TeamSyncReport } from './team-reports'
import { teamAuthorTrust } from './team-trust'

/**
 * Imports every accepted file whose blob the library has not taken in yet through the store's
 * public API, in one batch: each new article is written once, with every editor's work on it
 * already merged, and each article already held once however many editors sent work on it. A
 * file that does not parse or import, or whose author the library knows by another key than the
 * roster's (see `teamAuthorTrust`), is refused (noted in the state and `report`) and not tried
 * again; a store failure is thrown.
 */
export async function importAccepted(
  clone: TeamClone,
  store: LibraryStore,
  report: TeamSyncReport,
): Promise<void> {
  const me = clone.state.editor
  const pending = Object.entries(clone.state.applied).filter(([path, blob]) => {
    if (clone.state.imported[path] === blob) return false
    const kind = classifyPath(path)
    return kind.kind === 'text' || (kind.kind === 'editor-article' && kind.editorId !== me.id)
  })
  if (pending.length === 0) return
  const contents = await readBlobs(
    clone.git,
    clone.repo,
    pending.map(([, blob]) => blob),
  )
  const held = new Set(store.list().map((meta) => meta.id))
  const refuse = (path: string, blob: string, error: unknown) => {
    if (error instanceof FactmarkError && error.code === 'store-failure') throw error
    clone.state.imported[path] = blob
    const kind = classifyPath(path)
    const entry: RefusedCommit = {
      commit: blob,
      authorClaimed: kind.kind === 'editor-article' ? kind.editorId : '',
      signer: kind.kind === 'editor-article' ? kind.editorId : null,
      reason: `the file ${path} was refused: ${(error as Error).message}`,
      committedAt: new Date().toISOString(),
    }
    clone.state.refused.push(entry)
    report.refused.push(entry)
  }

  // Texts first: an article's work can only be merged once its text is held or comes with it.
  const drafts: { draft: ArticleDraft; sourceName: string }[] = []
  const textPaths: [string, string][] = []
  for (const [path, blob] of pending) {
    const content = contents.get(blob)
    const kind = classifyPath(path)
    if (content === undefined || kind.kind !== 'text') continue
    try {
      const file = parseArticleTextFile(content, kind.textHash)
      if (!held.has(file.articleId)) {
        held.add(file.articleId)
        drafts.push({ draft: file.draft, sourceName: `team:${path}` })
      }
      textPaths.push([path, blob])
    } catch (error) {
      refuse(path, blob, error)
    }
  }

  // Then every editor's work, checked file by file, merged in one batch (one write per article).
  const batch: { path: string; blob: string; pkg: FactmarkPackage; trust?: PackageTrust }[] = []
  const trusts = new Map<string, Promise<PackageTrust | undefined>>()
  for (const [path, blob] of pending) {
    const content = contents.get(blob)
    const kind = classifyPath(path)
    if (content === undefined || kind.kind !== 'editor-article') continue
    try {
      const pkg = parsePackage(content)
      const entry = pkg.articles[0]
      if (
        pkg.author.id !== kind.editorId ||
        pkg.articles.length !== 1 ||
        entry?.articleId !== kind.articleId
      ) {
        throw new TeamError(
          'not-a-team',
          `${path} does not hold ${kind.editorId}’s work on article ${kind.articleId}`,
        )
      }
      if (!held.has(kind.articleId)) continue // its text has not arrived: tried again later
      checkPackageImportable(pkg, me.id)
      // The roster's key for the author must be the one the library knows them by.
      if (!trusts.has(pkg.author.id)) {
        trusts.set(pkg.author.id, teamAuthorTrust(store.dataDir, clone.state.roster, pkg.author))
      }
      const trust = await trusts.get(pkg.author.id)
      batch.push({ path, blob, pkg, trust })
    } catch (error) {
      refuse(path, blob, error)
    }
  }
  const changed = new Set<string>()
  // New articles are written once, with every editor's work on them already merged.
  const { added, reports } = await store.addWithPackages(
    drafts,
    batch.map((item) => item.pkg),
    me,
    batch.map((item) => item.trust),
  )
  report.addedArticles.push(...added.map((meta) => meta.id))
  for (const [path, blob] of textPaths) clone.state.imported[path] = blob
  reports.forEach((result, at) => {
    for (const article of result.articles) {
      const reviews = article.reviews
      if (article.added + article.updated + article.deleted > 0) changed.add(article.articleId)
      if (reviews.added + reviews.updated + reviews.deleted > 0) changed.add(article.articleId)
    }
    const item = batch[at]!
    clone.state.imported[item.path] = item.blob
  })
  report.changedArticles.push(...[...changed].sort())
}
