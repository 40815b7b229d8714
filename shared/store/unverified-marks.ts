import { canonicalJson } from '../exchange/canonical-json'
import type { RecordChanges } from '../exchange/merge'

/** A tag or review as far as its unverified mark goes. */
interface Markable {
  id: string
  author: { id: string }
  unverified?: true | undefined
}

/** `record` without its unverified mark (what is merged, compared and sent in packages). */
export function withoutMark<T extends Markable>(record: T): T {
  if (record.unverified === undefined) return record
  const { unverified: _unverified, ...rest } = record
  return rest as T
}

function key(record: Markable): string {
  return `${record.author.id}\u0000${record.id}`
}

/** The keys (author and id) of the marked records among `records`. */
export function markedKeys(records: readonly Markable[]): Set<string> {
  return new Set(records.filter((record) => record.unverified).map(key))
}

/**
 * Puts the unverified marks back on merged records (which were merged without them): a record
 * the package by `authorId` added or updated is marked when the package was `unverified`, and
 * not otherwise; a signed package also clears the mark of an unchanged record it carries as is
 * (its content is now proven); every other record keeps the mark it had (`before`).
 */
export function remark<T extends Markable>(
  records: readonly T[],
  before: ReadonlySet<string>,
  authorId: string,
  changes: RecordChanges,
  incoming: readonly T[],
  unverified: boolean,
): T[] {
  const fresh = new Set([...changes.added, ...changes.updated])
  const carried = new Map(incoming.map((record) => [record.id, canonicalJson(withoutMark(record))]))
  return records.map((record) => {
    let marked = before.has(key(record))
    if (record.author.id === authorId) {
      if (fresh.has(record.id)) marked = unverified
      else if (!unverified && carried.get(record.id) === canonicalJson(record)) marked = false
    }
    return marked ? { ...record, unverified: true } : record
  })
}
