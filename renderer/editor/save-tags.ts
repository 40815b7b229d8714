import type { EditorState } from 'prosemirror-state'
import { describe } from '../../shared/anchoring/describe'
import type { Annotation } from '../../shared/model/annotation'
import { docIndex, posToOffset } from './positions'
import { placedTags, unplacedTags } from './tag-plugin'

/**
 * The editor's tags as they are to be stored: placed tags with selectors described afresh from
 * where they sit now; unplaced tags with the target they had, so an orphan is never lost. A
 * `changedFrom` mark whose text is back to what it was is dropped.
 */
export function tagsToSave(state: EditorState, editorId: string): Annotation[] {
  const index = docIndex(state.doc)
  const placed = placedTags(state)
    .filter((tag) => tag.record.annotation.author.id === editorId)
    .map((tag): Annotation => {
      const target = describe(
        index.text,
        posToOffset(index, tag.from ?? 0),
        posToOffset(index, tag.to ?? 0),
      )
      const annotation = { ...tag.record.annotation, target }
      if (annotation.changedFrom === target.quote.exact) delete annotation.changedFrom
      return annotation
    })
  const unplaced = unplacedTags(state)
    .filter((record) => record.annotation.author.id === editorId)
    .map((record) => record.annotation)
  return [...placed, ...unplaced]
}
