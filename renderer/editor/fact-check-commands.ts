import type { Command } from 'prosemirror-state'
import {
  applyFactCheckChange,
  type FactCheckEdit,
} from '../../shared/fact-check/apply-fact-check-change'
import { carriesFactCheck, type EvidencePassage } from '../../shared/model/fact-check'
import { myTagAtCursor, updateTag, type TagContext } from './commands'
import { findPlacedTag } from './tag-plugin'

/** The most passages one fact-check holds (the schema's limit). */
export const MAX_PASSAGES = 50

/**
 * Changes the fact-check of the acting editor's claim or disputed tag under the cursor (the
 * status and verdict keys): one `TagStep`, so Ctrl+Z undoes it and autosave saves it. False when
 * there is no such tag, or the change would leave the fact-check as it was.
 */
export function setFactCheckAtCursor(edit: FactCheckEdit, context: TagContext): Command {
  return (state, dispatch, view) => {
    const placed = myTagAtCursor(state, context.editor)
    const annotation = placed?.record.annotation
    if (!annotation || !carriesFactCheck(annotation.kind)) return false
    let factCheck
    try {
      factCheck = applyFactCheckChange(annotation.factCheck, edit, context.now())
    } catch {
      return false
    }
    if (JSON.stringify(factCheck) === JSON.stringify(annotation.factCheck)) return false
    return updateTag(annotation.id, { factCheck }, context)(state, dispatch, view)
  }
}

/**
 * Adds an evidence passage to the fact-check of one of the acting editor's claim or disputed
 * tags (picked in the story view): one `TagStep`, undoable. False for another editor's tag, a
 * tag of another kind, or a passage it already has.
 */
export function addEvidencePassage(
  tagId: string,
  passage: EvidencePassage,
  context: TagContext,
): Command {
  return (state, dispatch, view) => {
    const annotation = findPlacedTag(state, tagId)?.record.annotation
    if (!annotation || annotation.author.id !== context.editor.id) return false
    if (!carriesFactCheck(annotation.kind)) return false
    const passages = annotation.factCheck?.passages ?? []
    const same = passages.some(
      (other) =>
        other.articleId === passage.articleId &&
        other.start === passage.start &&
        other.end === passage.end,
    )
    if (same || passages.length >= MAX_PASSAGES) return false
    const factCheck = {
      ...(annotation.factCheck ?? { status: 'to-check' as const }),
      passages: [...passages, passage],
    }
    return updateTag(tagId, { factCheck }, context)(state, dispatch, view)
  }
}
