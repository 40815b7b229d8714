import type { Annotation } from '../model/annotation'

/**
 * What changed in an editor's tags on one article since their last save: the tags made or
 * changed (whole), and the ids of the tags deleted. An autosave after a tag key sends this, not
 * the editor's whole set of tags.
 */
export interface TagChanges {
  readonly changed: readonly Annotation[]
  readonly removed: readonly string[]
}

/**
 * An editor's whole set of tags after `changes`: each changed tag replaces the one with its id
 * where that one was (or comes last if new), each removed id goes. Applying the same changes
 * twice gives the same set, so a save that is sent again after a failure does no harm.
 */
export function withTagChanges(own: readonly Annotation[], changes: TagChanges): Annotation[] {
  const changed = new Map(changes.changed.map((tag) => [tag.id, tag]))
  const removed = new Set(changes.removed)
  const tags: Annotation[] = []
  for (const tag of own) {
    if (removed.has(tag.id)) continue
    const next = changed.get(tag.id)
    tags.push(next ?? tag)
    changed.delete(tag.id)
  }
  for (const tag of changed.values()) if (!removed.has(tag.id)) tags.push(tag)
  return tags
}
