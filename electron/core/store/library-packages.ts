import type { PackageImportReport } from '../../../shared/exchange/import-report'
import { createPackage, type FactmarkPackage } from '../../../shared/exchange/package'
import type { PackageTrust } from '../../../shared/exchange/signer-trust'
import type { EditorRef } from '../../../shared/model/annotation'
import type { ArticleFile } from '../../../shared/model/store-files'
import * as merging from '../../../shared/store/package-merge'
import { editorShare } from '../../../shared/store/package-share'
import type { ArticleRepository } from './article-repository'
import type { AuditLog } from './audit-log'
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

function now(): string {
  return new Date().toISOString()
}
