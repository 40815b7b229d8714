import { canonicalJson } from '../exchange/canonical-json'
import { upToDate, type PackageArticleReport } from '../exchange/import-report'
import { mergeArticleWork, type RecordChanges } from '../exchange/merge'
import type { FactmarkPackage, PackageArticle } from '../exchange/package'
import type { EditorRef } from '../model/annotation'
import type { ArticleFile } from '../model/store-files'
import { auditSource, importAuditEntries, type AuditEntry } from './audit-entry'
import { checkTagLimit } from './limits'

/** What merging one package article into an article file gives. */
export interface PackageArticleMerge {
  report: PackageArticleReport
  /** The file after the merge; null when the merge changes nothing (nothing to write). */
  next: ArticleFile | null
  /** The audit-log lines of the changes (none when `next` is null). */
  audit: AuditEntry[]
}

const NO_CHANGES = { added: 0, updated: 0, deleted: 0, unchanged: 0, clashes: 0 }

/**
 * Refuses a whole package up front, before any article changes: one that is `actingEditorId`'s
 * own, or whose records are not its author's (see `mergeArticleWork`).
 */
export function checkPackageImportable(pkg: FactmarkPackage, actingEditorId: string | null): void {
  mergeArticleWork(
    { annotations: [], reviews: [], tombstones: [] },
    { author: pkg.author, annotations: [], deleted: [], reviews: [], deletedReviews: [] },
    actingEditorId,
  )
}

/** The report of a package article the library lacks: skipped, never created. */
export function skippedArticle(
  entry: Pick<PackageArticle, 'articleId' | 'title'>,
): PackageArticleReport {
  return {
    articleId: entry.articleId,
    title: entry.title,
    status: 'skipped',
    ...NO_CHANGES,
    textChanged: false,
    reviews: { ...NO_CHANGES },
  }
}

function counts(changes: RecordChanges) {
  return {
    added: changes.added.length,
    updated: changes.updated.length,
    deleted: changes.deleted.length,
    unchanged: changes.unchanged,
    clashes: changes.clashes.length,
  }
}

/**
 * Merges the package `pkg`'s work on one article (`entry`) into the article's file at `now`: only
 * the author's records change, only to newer versions, deletions only by a later tombstone (see
 * `mergeArticleWork`). New tombstones alone change the file too: they keep older packages from
 * reviving what a newer one deleted. Refuses a merge that would leave the article with too many
 * tags. `actingEditor` is who imports (null: the sample review put in on first run).
 */
export function mergePackageArticle(
  file: ArticleFile,
  entry: PackageArticle,
  pkg: FactmarkPackage,
  actingEditor: EditorRef | null,
  now: string,
): PackageArticleMerge {
  const merged = mergeArticleWork(
    file,
    {
      author: pkg.author,
      annotations: entry.annotations,
      deleted: entry.deleted,
      reviews: entry.reviews,
      deletedReviews: entry.deletedReviews,
    },
    actingEditor?.id ?? null,
  )
  const report: PackageArticleReport = {
    articleId: entry.articleId,
    title: file.article.title,
    status: 'merged',
    ...counts(merged.tags),
    textChanged: file.article.textHash !== entry.textHash,
    reviews: counts(merged.reviewChanges),
  }
  const stonesChanged = canonicalJson(merged.tombstones) !== canonicalJson(file.tombstones)
  if (upToDate(report) && !stonesChanged) return { report, next: null, audit: [] }
  checkTagLimit(merged.annotations.length, file.article.title)
  const audit = importAuditEntries(
    { entry, reviewsBefore: file.reviews, tags: merged.tags, reviews: merged.reviewChanges },
    auditSource(pkg),
    actingEditor,
    now,
  )
  const next: ArticleFile = {
    ...file,
    article: { ...file.article, tagCount: merged.annotations.length, updatedAt: now },
    annotations: merged.annotations,
    reviews: merged.reviews,
    tombstones: merged.tombstones,
  }
  return { report, next, audit }
}
