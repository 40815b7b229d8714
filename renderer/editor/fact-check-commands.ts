import type { Command } from 'prosemirror-state'
import {
  applyFactCheckChange,
  type FactCheckEdit,
} from '../../shared/fact-check/apply-fact-check-change'
import { carriesFactCheck } from '../../shared/model/fact-check'
import { myTagAtCursor, updateTag, type TagContext } from './commands'

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
