import type { EditorRef } from '../model/annotation'
import type { RecordTombstone } from '../model/tombstone'

/** A record that only its author changes, versioned by its `modified` time. */
export interface OwnedRecord {
  id: string
  author: EditorRef
  modified: string
}

/** The records of one kind after an editor's save, and the tombstones after it. */
export interface OwnRecordsResult<T> {
  /** Other editors' records as they were, then the editor's new set. */
  records: T[]
  tombstones: RecordTombstone[]
  /** Ids of the editor's records that the save deleted. */
  deleted: string[]
}

function laterThan(iso: string, floor: number): string {
  return new Date(Math.max(Date.parse(iso), floor + 1)).toISOString()
}

/**
 * An editor's save of their whole set of records of one kind (`mine`) over what the article
 * holds (`existing`): other editors' records are kept as they are; the editor's records missing
 * from the new set get a tombstone (at `now`, or just after the record's own time if the clock is
 * behind), so that the deletion travels to other editors in packages. A record saved again after
 * its deletion (undo) comes back: its time is moved just past its tombstone, so that every
 * replica that has seen the tombstone takes the record back too, and the tombstone stays as a
 * record of the deletion. Deterministic: saving the same set twice gives the same result.
 */
export function replaceOwnRecords<T extends OwnedRecord>(
  existing: readonly T[],
  mine: readonly T[],
  tombstones: readonly RecordTombstone[],
  editorId: string,
  record: RecordTombstone['record'],
  now: string,
): OwnRecordsResult<T> {
  const keyOf = (id: string) => `${record}\u0000${editorId}\u0000${id}`
  const stones = new Map(
    tombstones.map((stone) => [`${stone.record}\u0000${stone.authorId}\u0000${stone.id}`, stone]),
  )
  const kept = new Set(mine.map((item) => item.id))
  const deleted: string[] = []
  for (const item of existing) {
    if (item.author.id !== editorId || kept.has(item.id)) continue
    deleted.push(item.id)
    const deletedAt = laterThan(now, Date.parse(item.modified))
    const known = stones.get(keyOf(item.id))
    if (!known || Date.parse(known.deletedAt) < Date.parse(deletedAt)) {
      stones.set(keyOf(item.id), { record, authorId: editorId, id: item.id, deletedAt })
    }
  }
  const revived = mine.map((item) => {
    const stone = stones.get(keyOf(item.id))
    if (!stone || Date.parse(stone.deletedAt) < Date.parse(item.modified)) return item
    return { ...item, modified: laterThan(item.modified, Date.parse(stone.deletedAt)) }
  })
  const others = existing.filter((item) => item.author.id !== editorId)
  return { records: [...others, ...revived], tombstones: [...stones.values()], deleted }
}
