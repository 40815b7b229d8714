import type { Command } from 'prosemirror-state'
import { anchor } from '../../shared/anchoring/anchor'
import type { Annotation } from '../../shared/model/annotation'
import { selectSpan } from './commands'
import { docIndex, offsetToPos, type DocRange } from './positions'

/** Where a stored tag lands in the document now (anchored by its selectors), or null. */
export function tagRange(doc: Parameters<typeof docIndex>[0], tag: Annotation): DocRange | null {
  const index = docIndex(doc)
  const result = anchor(index.text, tag.target)
  if (result.status !== 'anchored' && result.status !== 'changed') return null
  return { from: offsetToPos(index, result.start), to: offsetToPos(index, result.end) }
}

/**
 * Puts the sentence cursor on a tag, any editor's, where its selectors anchor it in the text
 * (the claims board opens a claim this way). Fails when the tag cannot be placed (an orphan).
 */
export function revealTag(tag: Annotation): Command {
  return (state, dispatch) => {
    const range = tagRange(state.doc, tag)
    return range ? selectSpan(range)(state, dispatch) : false
  }
}
