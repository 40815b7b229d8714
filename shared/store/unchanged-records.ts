/** Whether two JSON values are equal: same primitives, arrays item by item, objects key by key. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => sameJson(item, b[index]))
  }
  if (Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  return keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]))
}

/** An editor's records with the unchanged ones taken from what the article holds. */
export interface ReusedRecords<T> {
  /** The records in their order, each unchanged one replaced by the stored object. */
  records: T[]
  /** The stored objects reused: checked when they were saved, and serialised already. */
  unchanged: ReadonlySet<T>
}

/**
 * Replaces each of `incoming` that equals the record with its id in `stored` (same JSON) by that
 * stored object. An autosave sends the editor's whole set of tags, most of them unchanged: the
 * stored ones were checked when they were saved, so only the others need checking again, and the
 * store can write the unchanged ones from the bytes it keeps for them.
 */
export function reuseUnchanged<T extends { id: string }>(
  incoming: readonly T[],
  stored: readonly T[],
): ReusedRecords<T> {
  const byId = new Map(stored.map((record) => [record.id, record]))
  const unchanged = new Set<T>()
  const records = incoming.map((record) => {
    const kept = byId.get(record.id)
    if (!kept || !sameJson(record, kept)) return record
    unchanged.add(kept)
    return kept
  })
  return { records, unchanged }
}
