import type { EditorRef } from '../model/annotation'
import type { Review } from '../model/review'
import type { RecordChanges } from '../exchange/merge'
import type { FactmarkPackage, PackageArticle } from '../exchange/package'
import type { PackageTrust } from '../exchange/signer-trust'

/** The package a change came from, as the audit log names it. */
export interface AuditSource {
  author: EditorRef
  createdAt: string
  checksum: string
  /** The fingerprint (`SHA256:…`) of the key that signed the package, when it was checked. */
  fingerprint?: string
  /** Set when the package was unsigned and taken on the importer's confirmation. */
  unverified?: true
}

/** One change an import made to one tag or review. */
export interface AuditEntry {
  /** When the change was made. */
  at: string
  /** The editor who imported (null: the sample review put in on first run). */
  actor: EditorRef | null
  /** The package the change came from. */
  source: AuditSource
  articleId: string
  /** The tag changed, or the tag whose review changed. */
  tagId: string
  /** Set when the change is to a review (of tag `tagId`). */
  reviewId?: string
  change: 'added' | 'updated' | 'deleted'
  /** The record's `modified` time (added, updated) or its tombstone's `deletedAt` (deleted). */
  version: string
}

/**
 * The audit log's name for the package `pkg`, with the fingerprint of the key that signed it
 * (or its unverified mark) when `trust` says how its author was checked.
 */
export function auditSource(pkg: FactmarkPackage, trust?: PackageTrust): AuditSource {
  const source: AuditSource = {
    author: pkg.author,
    createdAt: pkg.createdAt,
    checksum: pkg.checksum,
  }
  if (trust === undefined) return source
  return trust.status === 'unverified'
    ? { ...source, unverified: true }
    : { ...source, fingerprint: trust.fingerprint }
}

/** What importing one package article did, as {@link importAuditEntries} reads it. */
export interface ImportedChanges {
  /** The package's entry for the article. */
  entry: Pick<
    PackageArticle,
    'articleId' | 'annotations' | 'deleted' | 'reviews' | 'deletedReviews'
  >
  /** The article's reviews before the import (to name the tag of a deleted review). */
  reviewsBefore: readonly Pick<Review, 'id' | 'annotationId'>[]
  /** What the merge did to the author's tags. */
  tags: RecordChanges
  /** What the merge did to the author's reviews. */
  reviews: RecordChanges
}

/**
 * The audit-log lines of one article's import: one per tag added, updated or deleted, then one
 * per review (naming the review and its tag). Each carries the version it brought: the record's
 * `modified` time or the tombstone's `deletedAt` (`now` when the package does not say).
 */
export function importAuditEntries(
  changes: ImportedChanges,
  source: AuditSource,
  actor: EditorRef | null,
  now: string,
): AuditEntry[] {
  const { entry } = changes
  const byId = new Map(entry.annotations.map((tag) => [tag.id, tag.modified]))
  const deletedAt = new Map(entry.deleted.map((stone) => [stone.id, stone.deletedAt]))
  const line = (tagId: string, change: AuditEntry['change'], version: string | undefined) => ({
    at: now,
    actor,
    source,
    articleId: entry.articleId,
    tagId,
    change,
    version: version ?? now,
  })
  const reviewOf = new Map(entry.reviews.map((review) => [review.id, review]))
  const reviewTag = new Map(changes.reviewsBefore.map((review) => [review.id, review.annotationId]))
  const reviewDeletedAt = new Map(entry.deletedReviews.map((stone) => [stone.id, stone.deletedAt]))
  const reviewLine = (
    reviewId: string,
    change: AuditEntry['change'],
    version: string | undefined,
  ) => ({
    ...line(
      reviewOf.get(reviewId)?.annotationId ?? reviewTag.get(reviewId) ?? reviewId,
      change,
      version,
    ),
    reviewId,
  })
  const { tags, reviews } = changes
  return [
    ...tags.added.map((id) => line(id, 'added', byId.get(id))),
    ...tags.updated.map((id) => line(id, 'updated', byId.get(id))),
    ...tags.deleted.map((id) => line(id, 'deleted', deletedAt.get(id))),
    ...reviews.added.map((id) => reviewLine(id, 'added', reviewOf.get(id)?.modified)),
    ...reviews.updated.map((id) => reviewLine(id, 'updated', reviewOf.get(id)?.modified)),
    ...reviews.deleted.map((id) => reviewLine(id, 'deleted', reviewDeletedAt.get(id))),
  ]
}
