import type { Node } from 'prosemirror-model'
import { anchor } from '../../shared/anchoring/anchor'
import type { Annotation } from '../../shared/model/annotation'
import { docIndex, offsetToPos } from './positions'
import type { TagPluginConfig } from './tag-plugin'
import type { PlacedTag, TagRecord } from './tag-record'

/**
 * Places stored tags in a document by anchoring their selectors in its plain text: tags found
 * unchanged are placed; tags whose text changed are placed and marked (`changedFrom`); ambiguous
 * and orphaned tags are kept aside, unplaced, never dropped.
 */
export function loadTags(doc: Node, annotations: readonly Annotation[]): TagPluginConfig {
  const index = docIndex(doc)
  const placed: PlacedTag[] = []
  const unplaced: TagRecord[] = []
  for (const annotation of annotations) {
    const result = anchor(index.text, annotation.target)
    if (result.status === 'anchored' || result.status === 'changed') {
      const record: TagRecord =
        result.status === 'changed'
          ? {
              annotation: {
                ...annotation,
                changedFrom: annotation.changedFrom ?? annotation.target.quote.exact,
              },
            }
          : { annotation }
      placed.push({
        record,
        from: offsetToPos(index, result.start),
        to: offsetToPos(index, result.end),
      })
    } else {
      unplaced.push({ annotation, unplaced: result.status })
    }
  }
  return { placed, unplaced }
}
