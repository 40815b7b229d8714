import type { Annotation, EditorRef } from '../model/annotation'
import { canonicalJson } from './canonical-json'
import { ExchangeError } from './exchange-error'
import type { Tombstone } from './package'

/** One editor's work on one article as a package carries it. */
export interface IncomingWork {
  author: EditorRef
  annotations: readonly Annotation[]
  deleted: readonly Tombstone[]
}

/** A deletion together with whose tag it deleted: tombstones only ever apply to their author. */
export interface AuthoredTombstone extends Tombstone {
  authorId: string
}

/** What merging one editor's work into an article's tags did. */
export interface MergeResult {
  /** The article's tags afterwards: the existing order, new tags after them. */
  annotations: Annotation[]
  /** Every deletion known afterwards (existing and incoming), one per author and tag id. */
  tombstones: AuthoredTombstone[]
  /** Ids of tags added. */
  added: string[]
  /** Ids of tags replaced by a newer version. */
  updated: string[]
  /** Ids of tags removed by an incoming deletion newer than them. */
  deleted: string[]
  /** Incoming tags that changed nothing (the same or older, or deleted since). */
  unchanged: number
  /** Incoming tag ids that another editor's tag already uses: left alone, never taken over. */
  clashes: string[]
}

function time(iso: string): number {
  return Date.parse(iso)
}

/**
 * Whether `candidate` supersedes `current` (two versions of one tag): a later `modified` wins;
 * equal times are decided by comparing canonical JSON, so every replica picks the same version.
 */
export function supersedes(candidate: Annotation, current: Annotation): boolean {
  const difference = time(candidate.modified) - time(current.modified)
  if (difference !== 0) return difference > 0
  return canonicalJson(candidate) > canonicalJson(current)
}

/** Whether a deletion at `deletedAt` removes a tag last modified at `modified`: only if later. */
function kills(deletedAt: string, modified: string): boolean {
  return time(deletedAt) > time(modified)
}

function tombstoneKey(authorId: string, id: string): string {
  return `${authorId}\u0000${id}`
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
  const author = incoming.author.id
  if (author === actingEditorId) {
    throw new ExchangeError(
      'own-package',
      `This package holds your own tags (${incoming.author.name}); Factmark imports only other editors' packages.`,
    )
  }
  const forged = incoming.annotations.find((tag) => tag.author.id !== author)
  if (forged) {
    throw new ExchangeError(
      'forged',
      `The package claims to be by ${incoming.author.name} (${author}) but holds records by ${forged.author.name} (${forged.author.id}).`,
    )
  }
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
  incoming.deleted.forEach((tombstone) => remember({ ...tombstone, authorId: author }))

  const result = [...existing]
  const indexOf = new Map(result.map((tag, index) => [tag.id, index]))
  const added: string[] = []
  const updated: string[] = []
  const clashes: string[] = []
  let unchanged = 0
  for (const tag of incoming.annotations) {
    const index = indexOf.get(tag.id)
    const current = index === undefined ? undefined : result[index]
    if (current && current.author.id !== author) {
      clashes.push(tag.id)
      continue
    }
    const tombstone = tombstones.get(tombstoneKey(author, tag.id))
    if (tombstone && kills(tombstone.deletedAt, tag.modified)) {
      unchanged += 1
      continue
    }
    if (index === undefined || !current) {
      indexOf.set(tag.id, result.length)
      result.push(tag)
      added.push(tag.id)
    } else if (supersedes(tag, current)) {
      result[index] = tag
      updated.push(tag.id)
    } else {
      unchanged += 1
    }
  }
  const deleted: string[] = []
  const annotations = result.filter((tag) => {
    if (tag.author.id !== author) return true
    const tombstone = tombstones.get(tombstoneKey(author, tag.id))
    if (tombstone && kills(tombstone.deletedAt, tag.modified)) {
      deleted.push(tag.id)
      return false
    }
    return true
  })
  const sortedTombstones = [...tombstones.keys()].sort().flatMap((key) => tombstones.get(key) ?? [])
  return { annotations, tombstones: sortedTombstones, added, updated, deleted, unchanged, clashes }
}
