import { parsePackage } from '../../../shared/exchange/package'
import { FactmarkError } from '../../../shared/ipc/result'
import { parseArticleTextFile } from '../../../shared/team/article-text-file'
import { TeamError } from '../../../shared/team/team-error'
import { classifyPath } from '../../../shared/team/team-paths'
import type { LibraryStore } from '../store/library-store'
import { readBlobs } from './commit-log'
import type { RefusedCommit } from './history-verifier'
import type { TeamClone } from './team-clone'
import type { TeamSyncReport } from './team-reports'
import { teamAuthorTrust } from './team-trust'

/**
 * Imports every accepted file whose blob the library has not taken in yet, texts first, through
 * the store's public API. A file that does not parse or import, or whose author the library knows
 * by another key than the roster's (see `teamAuthorTrust`), is refused (noted in the state and
 * `report`) and not tried again; a store failure is thrown.
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
  const ordered = [
    ...pending.filter(([path]) => classifyPath(path).kind === 'text'),
    ...pending.filter(([path]) => classifyPath(path).kind !== 'text'),
  ]
  const changed = new Set<string>()
  for (const [path, blob] of ordered) {
    const content = contents.get(blob)
    if (content === undefined) continue
    const kind = classifyPath(path)
    try {
      if (kind.kind === 'text') {
        const file = parseArticleTextFile(content, kind.textHash)
        if (!held.has(file.articleId)) {
          await store.add(file.draft, `team:${path}`).catch((error: unknown) => {
            if (!(error instanceof FactmarkError && error.code === 'duplicate')) throw error
          })
          held.add(file.articleId)
          report.addedArticles.push(file.articleId)
        }
        clone.state.imported[path] = blob
      } else if (kind.kind === 'editor-article') {
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
        // The roster's key for the author must be the one the library knows them by.
        const trust = await teamAuthorTrust(store.dataDir, clone.state.roster, pkg.author)
        const imported = await store.importPackage(pkg, me, trust)
        for (const article of imported.articles) {
          if (article.added + article.updated + article.deleted > 0) changed.add(article.articleId)
          if (article.reviews.added + article.reviews.updated + article.reviews.deleted > 0) {
            changed.add(article.articleId)
          }
        }
        clone.state.imported[path] = blob
      }
    } catch (error) {
      if (error instanceof FactmarkError && error.code === 'store-failure') throw error
      clone.state.imported[path] = blob
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
  }
  report.changedArticles.push(...[...changed].sort())
}
