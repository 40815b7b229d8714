import { eachLimited } from '../../../shared/async/each-limited'
import type {
  PackageArticleReport,
  PackageImportReport,
} from '../../../shared/exchange/import-report'
import { createPackage, type FactmarkPackage } from '../../../shared/exchange/package'
import type { PackageTrust } from '../../../shared/exchange/signer-trust'
import type { EditorRef } from '../../../shared/model/annotation'
import type { ArticleMeta } from '../../../shared/model/article'
import type { ArticleFile } from '../../../shared/model/store-files'
import * as merging from '../../../shared/store/package-merge'
import { editorShare } from '../../../shared/store/package-share'
import type { ArticleRepository } from './article-repository'
import type { AuditEntry, AuditLog } from './audit-log'
import type { LibraryIndex } from './library-index'
import { writeFailure } from './write-failure'

/** The parts of an open library that packages are made from and merged into. */
export interface PackageParts {
  index: LibraryIndex
  articles: ArticleRepository
  audit: AuditLog
}

/**
 * Makes a package of `editor`'s share (see `editorShare`) of each article of `ids`, which the
 * library holds; with `skipEmpty`, articles where the editor has nothing are left out.
 */
export async function makePackage(
  parts: PackageParts,
  editor: EditorRef,
  ids: readonly string[],
  skipEmpty: boolean,
): Promise<FactmarkPackage> {
  const shares = []
  for (const id of ids) {
    const { share, empty } = editorShare(await parts.articles.read(id), editor.id)
    if (!skipEmpty || !empty) shares.push(share)
  }
  return createPackage(editor, shares)
}

/**
 * Merges a checked package into the library, article by article: each article the library holds
 * in one transaction of the repository (one atomic write when it changed), its changes appended
 * to the audit log; an article the library lacks is reported as skipped. The whole package is
 * refused up front if it is `actingEditor`'s own or not its author's. `trust` says how its
 * author was checked (see `mergePackageArticle`).
 */
export async function mergePackage(
  parts: PackageParts,
  pkg: FactmarkPackage,
  actingEditor: EditorRef | null,
  trust?: PackageTrust,
): Promise<PackageImportReport> {
  const { index, articles, audit } = parts
  // Refuse the whole package up front, before any article changes.
  merging.checkPackageImportable(pkg, actingEditor?.id ?? null)
  const reports = []
  for (const entry of pkg.articles) {
    if (!index.find(entry.articleId)) {
      reports.push(merging.skippedArticle(entry))
      continue
    }
    const done: { merge?: merging.PackageArticleMerge } = {}
    const merged = (file: ArticleFile) => {
      done.merge = merging.mergePackageArticle(file, entry, pkg, actingEditor, now(), trust)
      return done.merge.next ?? file
    }
    // The merge is in memory even if its write fails (the next save retries it): log it anyway.
    await articles.update(entry.articleId, merged, () =>
      audit.append(done.merge?.audit ?? []).catch((error: unknown) => {
        throw writeFailure(
          error,
          `the audit log (${audit.path})`,
          'The tags were imported but these changes are not in the log.',
        )
      }),
    )
    if (done.merge) reports.push(done.merge.report)
  }
  const report: PackageImportReport = {
    author: pkg.author,
    checksum: pkg.checksum,
    articles: reports,
  }
  return trust === undefined ? report : { ...report, trust }
}

/** How many articles a batch merges side by side (their fsynced writes are committed together). */
const BATCH_CONCURRENCY = 16

/** An article a batch adds to the library: its id and how its new file is made. */
export interface NewArticle {
  id: string
  create: () => ArticleFile
}

/** What a batch did: each package's report (in the packages' order) and the articles it added. */
export interface PackageBatchOutcome {
  reports: PackageImportReport[]
  added: ArticleMeta[]
}

/**
 * Merges many checked packages at once (a team's sync brings one small package per editor and
 * article): every package is checked up front as {@link mergePackage} does, then each article is
 * changed in one transaction that applies every package's share of it in the packages' order
 * (one write per article, however many editors sent work on it), several articles side by side,
 * and the audit log gets all the changes in one append at the end. An article of `added` that
 * the library lacks is created in that same write, with the packages' work already merged (a
 * team's new articles are written once, not once added and again merged); one it holds already
 * is merged into as usual.
 */
export async function mergePackageBatch(
  parts: PackageParts,
  pkgs: readonly FactmarkPackage[],
  actingEditor: EditorRef | null,
  trusts: readonly (PackageTrust | undefined)[] = [],
  added: readonly NewArticle[] = [],
): Promise<PackageBatchOutcome> {
  const { index, articles, audit } = parts
  for (const pkg of pkgs) merging.checkPackageImportable(pkg, actingEditor?.id ?? null)
  const byArticle = new Map<string, { pkg: number; entry: FactmarkPackage['articles'][number] }[]>()
  for (const article of added) if (!byArticle.has(article.id)) byArticle.set(article.id, [])
  pkgs.forEach((pkg, at) => {
    for (const entry of pkg.articles) {
      const shares = byArticle.get(entry.articleId) ?? []
      shares.push({ pkg: at, entry })
      byArticle.set(entry.articleId, shares)
    }
  })
  const creators = new Map<string, () => ArticleFile>()
  for (const article of added)
    if (!creators.has(article.id)) creators.set(article.id, article.create)
  const reports: PackageArticleReport[][] = pkgs.map(() => [])
  const changes: AuditEntry[] = []
  const addedMetas: ArticleMeta[] = []
  await eachLimited([...byArticle], BATCH_CONCURRENCY, async ([articleId, shares]) => {
    const create = creators.get(articleId)
    if (!index.find(articleId) && !create) {
      for (const share of shares) reports[share.pkg]!.push(merging.skippedArticle(share.entry))
      return
    }
    let merges: { pkg: number; merge: merging.PackageArticleMerge }[] = []
    const withShares = (file: ArticleFile): ArticleFile => {
      merges = []
      const at = now()
      let current = file
      for (const share of shares) {
        const merge = merging.mergePackageArticle(
          current,
          share.entry,
          pkgs[share.pkg]!,
          actingEditor,
          at,
          trusts[share.pkg],
        )
        merges.push({ pkg: share.pkg, merge })
        current = merge.next ?? current
      }
      return current
    }
    if (create && !index.find(articleId)) {
      addedMetas.push(await articles.add(articleId, () => withShares(create())))
    } else {
      await articles.update(articleId, withShares)
    }
    for (const { pkg, merge } of merges) {
      reports[pkg]!.push(merge.report)
      changes.push(...merge.audit)
    }
  })
  await audit.append(changes).catch((error: unknown) => {
    throw writeFailure(
      error,
      `the audit log (${audit.path})`,
      'The tags were imported but these changes are not in the log.',
    )
  })
  const packageReports = pkgs.map((pkg, at) => {
    const report: PackageImportReport = {
      author: pkg.author,
      checksum: pkg.checksum,
      articles: reports[at]!,
    }
    const trust = trusts[at]
    return trust === undefined ? report : { ...report, trust }
  })
  return { reports: packageReports, added: addedMetas }
}

function now(): string {
  return new Date().toISOString()
}
