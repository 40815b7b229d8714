import type { Command, EditorState } from 'prosemirror-state'
import type { EditorRef } from '../../shared/model/annotation'
import type { Review } from '../../shared/model/review'
import type { TagContext } from './commands'
import { reviewPluginKey } from './review-plugin'
import { ReviewStep } from './review-step'

/** The acting editor's verdict review (subject "verdict") on tag `tagId`, if any. */
export function myVerdictReview(state: EditorState, tagId: string, me: EditorRef): Review | null {
  const reviews = reviewPluginKey.getState(state)?.reviews ?? []
  return (
    reviews.find(
      (review) =>
        review.annotationId === tagId &&
        review.author.id === me.id &&
        review.subject === 'verdict' &&
        review.verdict !== 'comment',
    ) ?? null
  )
}

/**
 * Accepts or rejects (with a reason, required) the fact-check verdict of another editor's tag: a
 * review with `subject: 'verdict'`, replacing the acting editor's earlier one on that verdict. It
 * leaves the tag and the editor's own tags alone (accepting a verdict copies nothing) and is one
 * `ReviewStep`, so Ctrl+Z undoes it and autosave saves it like any review.
 */
export function reviewVerdict(
  tagId: string,
  verdict: 'accept' | 'reject',
  text: string,
  context: TagContext,
): Command {
  return (state, dispatch) => {
    const plugin = reviewPluginKey.getState(state)
    const tag = plugin?.others.find((other) => other.id === tagId)
    if (!tag || tag.author.id === context.editor.id || !tag.factCheck?.verdict) return false
    if (verdict === 'reject' && text.trim().length === 0) return false
    const earlier = myVerdictReview(state, tagId, context.editor)
    if (earlier?.verdict === 'accept' && verdict === 'accept') return false
    if (dispatch) {
      const now = context.now()
      const review: Review = {
        id: earlier?.id ?? context.newId(),
        articleId: context.articleId,
        annotationId: tagId,
        author: context.editor,
        verdict,
        subject: 'verdict',
        text: text.trim(),
        created: earlier?.created ?? now,
        modified: now,
      }
      dispatch(state.tr.step(new ReviewStep(earlier ? [earlier] : [], [review])))
    }
    return true
  }
}
