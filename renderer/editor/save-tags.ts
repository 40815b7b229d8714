import type { EditorState } from 'prosemirror-state'
import type { Node } from 'prosemirror-model'
import { describe } from '../../shared/anchoring/describe'
import type { Annotation } from '../../shared/model/annotation'
import type { TagChanges } from '../../shared/store/tag-changes'
import type { PlacedList } from './placed-list'
import { docIndex, posToOffset } from './positions'
import { placedTagList, placedTags, unplacedTags } from './tag-plugin'
import type { PlacedTag, TagRecord } from './tag-record'

/** A placed tag as last saved: in which document, where, and the annotation made of it. */
interface Described {
  readonly doc: Node
  readonly from: number
  readonly to: number
  readonly annotation: Annotation
}

/** Per tag record, the annotation last made of it (records are immutable: a change is a new one). */
const described = new WeakMap<TagRecord, Described>()

/** The annotation to store for a placed tag: its selectors described afresh from where it sits. */
function annotationOf(tag: PlacedTag, doc: Node): Annotation {
  const from = tag.from ?? 0
  const to = tag.to ?? 0
  const known = described.get(tag.record)
  // The same record at the same place in the same text: the same annotation, not described again.
  if (known && known.doc === doc && known.from === from && known.to === to) return known.annotation
  const index = docIndex(doc)
  const target = describe(index.text, posToOffset(index, from), posToOffset(index, to))
  const annotation = { ...tag.record.annotation, target }
  if (annotation.changedFrom === target.quote.exact) delete annotation.changedFrom
  described.set(tag.record, { doc, from, to, annotation })
  return annotation
}

/**
 * The editor's tags as they are to be stored: placed tags with selectors described afresh from
 * where they sit now; unplaced tags with the target they had, so an orphan is never lost. A
 * `changedFrom` mark whose text is back to what it was is dropped. A tag unchanged since the last
 * save in an unchanged text keeps the annotation made then, so that saving after a tag key in a
 * long article describes one tag, not twenty thousand.
 */
export function tagsToSave(state: EditorState, editorId: string): Annotation[] {
  const placed = placedTags(state)
    .filter((tag) => tag.record.annotation.author.id === editorId)
    .map((tag) => annotationOf(tag, state.doc))
  const unplaced = unplacedTags(state)
    .filter((record) => record.annotation.author.id === editorId)
    .map((record) => record.annotation)
  return [...placed, ...unplaced]
}

/** The editor's tags as one save left them: what the next save's changes are worked out from. */
export interface SavedTags {
  /** The text the tags were saved in. */
  readonly doc: Node
  readonly placed: PlacedList
  readonly unplaced: readonly TagRecord[]
}

/** The tags of `state` as saved now (kept, not copied: the lists are immutable). */
export function savedTagsOf(state: EditorState): SavedTags {
  return { doc: state.doc, placed: placedTagList(state), unplaced: unplacedTags(state) }
}

/**
 * What changed in the editor's tags between `saved` and `state`, which must hold the same text
 * (`saved.doc`; after an edit of the text the tags are saved whole, with the body, by
 * {@link tagsToSave}): the tags made or changed since, as they are to be stored, and the ids of
 * those deleted. Worked out from the chunks of the placed list that changed (see
 * `PlacedList.changesSince`) and the unplaced tags, so that saving after a tag key describes and
 * sends one tag, not twenty thousand.
 */
export function tagChangesToSave(
  saved: SavedTags,
  state: EditorState,
  editorId: string,
): TagChanges {
  const mine = (record: TagRecord) => record.annotation.author.id === editorId
  const { gone, came } = placedTagList(state).changesSince(saved.placed)
  const changed: Annotation[] = []
  const present = new Set<string>()
  for (const tag of came) {
    if (!mine(tag.record)) continue
    changed.push(annotationOf(tag, state.doc))
    present.add(tag.record.annotation.id)
  }
  const savedUnplaced = new Set(saved.unplaced)
  for (const record of unplacedTags(state)) {
    if (!mine(record)) continue
    present.add(record.annotation.id)
    if (!savedUnplaced.has(record)) changed.push(record.annotation)
  }
  const removed = new Set<string>()
  for (const record of [...gone.map((tag) => tag.record), ...saved.unplaced]) {
    if (mine(record) && !present.has(record.annotation.id)) removed.add(record.annotation.id)
  }
  return { changed, removed: [...removed] }
}
