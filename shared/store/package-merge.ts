import { canonicalJson } from '../exchange/canonical-json'
import { upToDate, type PackageArticleReport } from '../exchange/import-report'
import { mergeArticleWork, type RecordChanges } from '../exchange/merge'
import type { FactmarkPackage, PackageArticle } from '../exchange/package'
import type { PackageTrust } from '../exchange/signer-trust'
import type { EditorRef } from '../model/annotation'
import { countTagsByEditor } from '../model/editor-tag-counts'
import type { ArticleFile } from '../model/store-files'
import { auditSource, importAuditEntries, type AuditEntry } from './audit-entry'
import { checkTagLimit } from './limits'
import { markedKeys, remark, withoutMark } from './unverified-marks'

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
 *
 * `trust` says how far the package's author is proven (undefined: by other means, as for the
 * team's signed commits and the sample review): records from an `unverified` package are marked
 * so, and a signed package clears the mark of the records it proves. Its audit lines carry the
 * signing key's fingerprint.
 */
export function mergePackageArticle(
  file: ArticleFile,
  entry: PackageArticle,
  pkg: FactmarkPackage,
  actingEditor: EditorRef | null,
  now: string,
  trust?: PackageTrust,
): PackageArticleMerge {
  const unverified = trust?.status === 'unverified'
  const tagMarks = markedKeys(file.annotations)
  const reviewMarks = markedKeys(file.reviews)
  const incoming = {
    annotations: entry.annotations.map(withoutMark),
    reviews: entry.reviews.map(withoutMark),
  }
  const merged = mergeArticleWork(
    {
      annotations: file.annotations.map(withoutMark),
      reviews: file.reviews.map(withoutMark),
      tombstones: file.tombstones,
    },
    {
      author: pkg.author,
      annotations: incoming.annotations,
      deleted: entry.deleted,
      reviews: incoming.reviews,
      deletedReviews: entry.deletedReviews,
    },
    actingEditor?.id ?? null,
  )
  const annotations = remark(
    merged.annotations,
    tagMarks,
    pkg.author.id,
    merged.tags,
    incoming.annotations,
    unverified,
  )
  const reviews = remark(
    merged.reviews,
    reviewMarks,
    pkg.author.id,
    merged.reviewChanges,
    incoming.reviews,
    unverified,
  )
  const marksChanged =
    canonicalJson([...markedKeys(annotations), ...markedKeys(reviews)]) !==
    canonicalJson([...tagMarks, ...reviewMarks])
  const report: PackageArticleReport = {
    articleId: entry.articleId,
    title: file.article.title,
    status: 'merged',
    ...counts(merged.tags),
    textChanged: file.article.textHash !== entry.textHash,
    reviews: counts(merged.reviewChanges),
  }
  const stonesChanged = canonicalJson(merged.tombstones) !== canonicalJson(file.tombstones)
  if (upToDate(report) && !stonesChanged && !marksChanged) {
    return { report, next: null, audit: [] }
  }
  checkTagLimit(annotations.length, file.article.title)
  const audit = importAuditEntries(
    { entry, reviewsBefore: file.reviews, tags: merged.tags, reviews: merged.reviewChanges },
    auditSource(pkg, trust),
    actingEditor,
    now,
  )
  const next: ArticleFile = {
    ...file,
    article: {
      ...file.article,
      tagCount: annotations.length,
      tagsByEditor: countTagsByEditor(annotations),
      updatedAt: now,
    },
    annotations,
    reviews,
    tombstones: merged.tombstones,
  }
  return { report, next, audit }
}
