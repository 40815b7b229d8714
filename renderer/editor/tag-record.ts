import type { Annotation } from '../../shared/model/annotation'

/** Why a tag is not placed in the text. */
export type UnplacedReason = 'orphan' | 'ambiguous'

/**
 * A tag as the editor holds it: the stored annotation (its target is the last saved one) plus,
 * for a tag that could not be placed, why. Immutable: every change makes a new record.
 */
export interface TagRecord {
  readonly annotation: Annotation
  readonly unplaced?: UnplacedReason
}

/**
 * A tag and where it sits: ProseMirror positions, or `null` for an unplaced (orphan) tag. A tag
 * whose text was just deleted sits collapsed (`from === to`) at the deletion, with `restore`
 * giving its offsets inside the deleted text, so that undoing the deletion puts it back.
 */
export interface PlacedTag {
  readonly record: TagRecord
  readonly from: number | null
  readonly to: number | null
  readonly restore?: { readonly start: number; readonly end: number }
}

/** The id of a tag record. */
export function tagId(record: TagRecord): string {
  return record.annotation.id
}
