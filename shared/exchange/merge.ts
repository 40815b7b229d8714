import type { Annotation, EditorRef } from '../model/annotation'
import type { Review } from '../model/review'
import type { RecordTombstone } from '../model/tombstone'
import { canonicalJson } from './canonical-json'
import { ExchangeError } from './exchange-error'
import type { Tombstone } from './package'

/** One editor's work on one article as a package carries it. */
export interface IncomingWork {
  author: EditorRef
  annotations: readonly Annotation[]
  deleted: readonly Tombstone[]
}

/** One editor's work on one article with their reviews: what a version-2 package carries. */
export interface IncomingArticleWork extends IncomingWork {
  reviews: readonly Review[]
  /** The reviews the author deleted. */
  deletedReviews: readonly Tombstone[]
}

/** A deletion together with whose tag it deleted: tombstones only ever apply to their author. */
export interface AuthoredTombstone extends Tombstone {
  authorId: string
}

/** What merging one editor's records of one kind did. */
export interface RecordChanges {
  /** Ids of records added. */
  added: string[]
  /** Ids of records replaced by a newer version. */
  updated: string[]
  /** Ids of records removed by an incoming deletion newer than them. */
  deleted: string[]
  /** Incoming records that changed nothing (the same or older, or deleted since). */
  unchanged: number
  /** Incoming ids that another editor's record already uses: left alone, never taken over. */
  clashes: string[]
}

/** What merging one editor's work into an article's tags did. */
export interface MergeResult extends RecordChanges {
  /** The article's tags afterwards: the existing order, new tags after them. */
  annotations: Annotation[]
  /** Every deletion known afterwards (existing and incoming), one per author and tag id. */
  tombstones: AuthoredTombstone[]
}

/** What merging one editor's reviews into an article's reviews did. */
export interface ReviewMergeResult extends RecordChanges {
  /** The article's reviews afterwards: the existing order, new reviews after them. */
  reviews: Review[]
  /** Every review deletion known afterwards, one per author and review id. */
  tombstones: AuthoredTombstone[]
}

/** A record that only its author changes, versioned by its `modified` time. */
interface AuthoredRecord {
  id: string
  author: EditorRef
  modified: string
}

function time(iso: string): number {
  return Date.parse(iso)
}

/**
 * Whether `candidate` supersedes `current` (two versions of one record): a later `modified`
 * wins; equal times are decided by comparing canonical JSON, so every replica picks the same
 * version.
 */
export function supersedes(candidate: AuthoredRecord, current: AuthoredRecord): boolean {
  const difference = time(candidate.modified) - time(current.modified)
  if (difference !== 0) return difference > 0
  return canonicalJson(candidate) > canonicalJson(current)
}

/** Whether a deletion at `deletedAt` removes a record last modified at `modified`: only if later. */
function kills(deletedAt: string, modified: string): boolean {
  return time(deletedAt) > time(modified)
}

function tombstoneKey(authorId: string, id: string): string {
  return `${authorId}\u0000${id}`
}

/** Refuses the acting editor's own work and work holding another author's records. */
function checkIncoming(
  author: EditorRef,
  records: readonly AuthoredRecord[],
  actingEditorId: string | null,
): void {
  if (author.id === actingEditorId) {
    throw new ExchangeError(
      'own-package',
      `This package holds your own tags (${author.name}); Factmark imports only other editors' packages.`,
    )
  }
  const forged = records.find((record) => record.author.id !== author.id)
  if (forged) {
    throw new ExchangeError(
      'forged',
      `The package claims to be by ${author.name} (${author.id}) but holds records by ${forged.author.name} (${forged.author.id}).`,
    )
  }
}

/**
 * The per-record merge behind {@link mergeAnnotations} and {@link mergeReviews}: per record id,
 * the greatest version and the latest tombstone, the record kept only if newer than its
 * tombstone; only `author`'s records change.
 */
function mergeRecords<T extends AuthoredRecord>(
  existing: readonly T[],
  author: string,
  incoming: readonly T[],
  incomingDeleted: readonly Tombstone[],
  existingTombstones: readonly AuthoredTombstone[],
): RecordChanges & { records: T[]; tombstones: AuthoredTombstone[] } {
  const tombstones = new Map<string, AuthoredTombstone>()
  const remember = (tombstone: AuthoredTombstone): void => {
    const key = tombstoneKey(tombstone.authorId, tombstone.id)
    const known = tombstones.get(key)
    if (!known || time(tombstone.deletedAt) > time(known.deletedAt)) {
      tombstones.set(key, {
        authorId: tombstone.authorId,
        id: tombstone.id,
        deletedAt: tombstone.deletedAt,
      })
    }
  }
  existingTombstones.forEach(remember)
  incomingDeleted.forEach((tombstone) => remember({ ...tombstone, authorId: author }))

  const result = [...existing]
  const indexOf = new Map(result.map((record, index) => [record.id, index]))
  const added: string[] = []
  const updated: string[] = []
  const clashes: string[] = []
  let unchanged = 0
  for (const record of incoming) {
    const index = indexOf.get(record.id)
    const current = index === undefined ? undefined : result[index]
    if (current && current.author.id !== author) {
      clashes.push(record.id)
      continue
    }
    const tombstone = tombstones.get(tombstoneKey(author, record.id))
    if (tombstone && kills(tombstone.deletedAt, record.modified)) {
      unchanged += 1
      continue
    }
    if (index === undefined || !current) {
      indexOf.set(record.id, result.length)
      result.push(record)
      added.push(record.id)
    } else if (supersedes(record, current)) {
      result[index] = record
      updated.push(record.id)
    } else {
      unchanged += 1
    }
  }
  const deleted: string[] = []
  const records = result.filter((record) => {
    if (record.author.id !== author) return true
    const tombstone = tombstones.get(tombstoneKey(author, record.id))
    if (tombstone && kills(tombstone.deletedAt, record.modified)) {
      deleted.push(record.id)
      return false
    }
    return true
  })
  const sortedTombstones = [...tombstones.keys()].sort().flatMap((key) => tombstones.get(key) ?? [])
  return { records, tombstones: sortedTombstones, added, updated, deleted, unchanged, clashes }
}

/**
 * Merges one editor's exported work into an article's tags. Only records of the package author
 * change: a tag is added if unknown, replaced only by a version that {@link supersedes} it, and
 * removed only by an authored tombstone later than its last change; other editors' tags are never
 * touched, and an incoming id that another editor already uses is reported, not taken. Known
 * tombstones (`existingTombstones`) keep deleted tags from coming back with an older package.
 *
 * The result depends only on the set of packages merged, not their order or repetition: merging
 * is idempotent, commutative and associative (per tag: the greatest version and the latest
 * tombstone, the tag shown only if it is newer than its tombstone).
 *
 * Refuses (an {@link ExchangeError}) the acting editor's own package, whose tags the editor's own
 * saves own and would overwrite, and work holding another author's records.
 */
export function mergeAnnotations(
  existing: readonly Annotation[],
  incoming: IncomingWork,
  actingEditorId: string | null,
  existingTombstones: readonly AuthoredTombstone[] = [],
): MergeResult {
  checkIncoming(incoming.author, incoming.annotations, actingEditorId)
  const { records, ...rest } = mergeRecords(
    existing,
    incoming.author.id,
    incoming.annotations,
    incoming.deleted,
    existingTombstones,
  )
  return { annotations: records, ...rest }
}

/**
 * Merges one editor's exported reviews into an article's reviews, exactly as
 * {@link mergeAnnotations} merges tags: only the package author's reviews change, to newer
 * versions only, deletions only by a later authored tombstone; idempotent and independent of
 * order. Two reviewers' verdicts on one tag are two records and are both kept, whatever they say.
 */
export function mergeReviews(
  existing: readonly Review[],
  incoming: { author: EditorRef; reviews: readonly Review[]; deleted: readonly Tombstone[] },
  actingEditorId: string | null,
  existingTombstones: readonly AuthoredTombstone[] = [],
): ReviewMergeResult {
  checkIncoming(incoming.author, incoming.reviews, actingEditorId)
  const { records, ...rest } = mergeRecords(
    existing,
    incoming.author.id,
    incoming.reviews,
    incoming.deleted,
    existingTombstones,
  )
  return { reviews: records, ...rest }
}

/** An article's records as its file holds them: tags, reviews and tombstones of both. */
export interface ArticleRecords {
  annotations: readonly Annotation[]
  reviews: readonly Review[]
  tombstones: readonly RecordTombstone[]
}

/** What merging one editor's work into an article did: the records after, and the changes. */
export interface ArticleMergeResult {
  annotations: Annotation[]
  reviews: Review[]
  /** Tag tombstones, then review tombstones, each in author and id order. */
  tombstones: RecordTombstone[]
  tags: RecordChanges
  reviewChanges: RecordChanges
}

function authored(stones: readonly RecordTombstone[], record: RecordTombstone['record']) {
  return stones
    .filter((stone) => stone.record === record)
    .map(({ authorId, id, deletedAt }) => ({ authorId, id, deletedAt }))
}

/**
 * Merges one editor's work on an article (tags, reviews and their deletions) into the article's
 * records, keeping every tombstone known so that an older package can never bring a deleted
 * record back. See {@link mergeAnnotations}: the same refusals, the same algebra.
 */
export function mergeArticleWork(
  current: ArticleRecords,
  incoming: IncomingArticleWork,
  actingEditorId: string | null,
): ArticleMergeResult {
  checkIncoming(incoming.author, [...incoming.annotations, ...incoming.reviews], actingEditorId)
  const tags = mergeAnnotations(
    current.annotations,
    incoming,
    actingEditorId,
    authored(current.tombstones, 'tag'),
  )
  const reviews = mergeReviews(
    current.reviews,
    { author: incoming.author, reviews: incoming.reviews, deleted: incoming.deletedReviews },
    actingEditorId,
    authored(current.tombstones, 'review'),
  )
  const changes = (result: RecordChanges): RecordChanges => ({
    added: result.added,
    updated: result.updated,
    deleted: result.deleted,
    unchanged: result.unchanged,
    clashes: result.clashes,
  })
  return {
    annotations: tags.annotations,
    reviews: reviews.reviews,
    tombstones: [
      ...tags.tombstones.map((stone) => ({ record: 'tag' as const, ...stone })),
      ...reviews.tombstones.map((stone) => ({ record: 'review' as const, ...stone })),
    ],
    tags: changes(tags),
    reviewChanges: changes(reviews),
  }
}
