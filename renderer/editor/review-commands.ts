import type { Command, EditorState } from 'prosemirror-state'
import { anchor } from '../../shared/anchoring/anchor'
import { describe } from '../../shared/anchoring/describe'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import type { Review } from '../../shared/model/review'
import type { TagContext } from './commands'
import { cursorPluginKey, cursorRange, setCursor } from './cursor-plugin'
import { docIndex, offsetToPos, posToOffset, type DocRange } from './positions'
import { reviewPluginKey, type ReviewMeta } from './review-plugin'
import { ReviewStep } from './review-step'
import { placedTags, tagsCovering } from './tag-plugin'
import type { PlacedTag } from './tag-record'
import { TagStep } from './tag-step'

/** Turns review mode on with `editors` as the lanes, or off. */
export function setReviewMode(active: boolean, editors: readonly EditorRef[]): Command {
  return (state, dispatch) => {
    if (!reviewPluginKey.getState(state)) return false
    if (dispatch) {
      const meta: ReviewMeta = { type: 'mode', active, editors }
      dispatch(state.tr.setMeta(reviewPluginKey, meta).setMeta('addToHistory', false))
    }
    return true
  }
}

/** Picks one of the other editors' tags as the one the review keys act on. */
export function focusReviewTag(tagId: string | null): Command {
  return (state, dispatch) => {
    if (!reviewPluginKey.getState(state)) return false
    if (dispatch) {
      const meta: ReviewMeta = { type: 'focus', tagId }
      dispatch(state.tr.setMeta(reviewPluginKey, meta).setMeta('addToHistory', false))
    }
    return true
  }
}

/** Makes N and P stop at coverage gaps as well as conflicts (`include`), or at conflicts only. */
export function setIncludeGaps(include: boolean): Command {
  return (state, dispatch) => {
    if (!reviewPluginKey.getState(state)) return false
    if (dispatch) {
      const meta: ReviewMeta = { type: 'gaps', include }
      dispatch(state.tr.setMeta(reviewPluginKey, meta).setMeta('addToHistory', false))
    }
    return true
  }
}

/** Switches whether N and P stop at coverage gaps too (the G key); only in review mode. */
export const toggleIncludeGaps: Command = (state, dispatch) => {
  const plugin = reviewPluginKey.getState(state)
  if (!plugin?.active) return false
  return setIncludeGaps(!plugin.includeGaps)(state, dispatch)
}

/**
 * Moves the sentence cursor to the next (`direction` 1) or previous (-1) sentence where the
 * compared editors chose different kinds (a conflict), or, with coverage gaps included, where
 * some of them left it untagged; wrapping around at either end. False when there is none.
 */
export function moveToDisagreement(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const plugin = reviewPluginKey.getState(state)
    if (!plugin?.active) return false
    const disagreements = plugin.marks.filter(
      (mark) => mark.agreement === 'conflict' || (plugin.includeGaps && mark.agreement === 'gap'),
    )
    if (disagreements.length === 0) return false
    const head = cursorPluginKey.getState(state)?.head ?? null
    const at = head?.from ?? (direction > 0 ? -1 : Infinity)
    const next =
      direction > 0
        ? (disagreements.find((mark) => mark.range.from > at) ?? disagreements[0])
        : (disagreements.findLast((mark) => mark.range.from < at) ?? disagreements.at(-1))
    if (!next) return false
    if (dispatch) {
      const meta: ReviewMeta = { type: 'focus', tagId: null }
      dispatch(
        setCursor(state.tr, { anchor: next.range, head: next.range }).setMeta(
          reviewPluginKey,
          meta,
        ),
      )
    }
    return true
  }
}

/** Another editor's tag and where it sits in the text now. */
export interface OtherTag {
  annotation: Annotation
  range: DocRange
}

/** Where another editor's tag sits in the current text, or null when it cannot be placed. */
function placeOther(state: EditorState, annotation: Annotation): DocRange | null {
  const index = docIndex(state.doc)
  const placed = anchor(index.text, annotation.target)
  if (placed.status !== 'anchored' && placed.status !== 'changed') return null
  return { from: offsetToPos(index, placed.start), to: offsetToPos(index, placed.end) }
}

/**
 * The tags of the compared editors (other than the acting one) over the selected sentences, in
 * lane order, then by place; the one picked in a lane first.
 */
export function otherTagsAtCursor(state: EditorState): OtherTag[] {
  const plugin = reviewPluginKey.getState(state)
  const range = cursorRange(state)
  if (!plugin || !range) return []
  const lanes = new Map(plugin.editors.map((editor, index) => [editor.id, index]))
  const found: (OtherTag & { lane: number })[] = []
  for (const annotation of plugin.others) {
    const lane = lanes.get(annotation.author.id)
    if (lane === undefined) continue
    const placed = placeOther(state, annotation)
    if (!placed || placed.to <= range.from || placed.from >= range.to) continue
    found.push({ annotation, range: placed, lane })
  }
  const focused = plugin.focusedTagId
  return found
    .sort(
      (a, b) =>
        Number(b.annotation.id === focused) - Number(a.annotation.id === focused) ||
        a.lane - b.lane ||
        a.range.from - b.range.from,
    )
    .map(({ annotation, range: placed }) => ({ annotation, range: placed }))
}

function otherTag(state: EditorState, tagId: string): Annotation | null {
  return reviewPluginKey.getState(state)?.others.find((tag) => tag.id === tagId) ?? null
}

function myVerdict(state: EditorState, tagId: string, me: EditorRef): Review | null {
  const reviews = reviewPluginKey.getState(state)?.reviews ?? []
  return (
    reviews.find(
      (review) =>
        review.annotationId === tagId &&
        review.author.id === me.id &&
        review.verdict !== 'comment' &&
        (review.subject ?? 'tag') === 'tag',
    ) ?? null
  )
}

/** My tags that are copies accepted from tag `tagId`. */
function myCopiesOf(state: EditorState, tagId: string, me: EditorRef): PlacedTag[] {
  return placedTags(state).filter(
    (tag) =>
      tag.record.annotation.author.id === me.id &&
      tag.record.annotation.acceptedFrom?.annotationId === tagId,
  )
}

/** A verdict review of the acting editor on `tagId`, replacing their earlier one if any. */
function verdictReview(
  earlier: Review | null,
  tag: Annotation,
  verdict: 'accept' | 'reject',
  text: string,
  context: TagContext,
): Review {
  const now = context.now()
  return {
    id: earlier?.id ?? context.newId(),
    articleId: context.articleId,
    annotationId: tag.id,
    author: context.editor,
    verdict,
    text,
    created: earlier?.created ?? now,
    modified: now,
  }
}

/**
 * Accepts another editor's tag: the acting editor gets their own copy of it (same kind, place,
 * note, speaker, reason, evidence and fact-check, crediting the original in `acceptedFrom`), replacing their
 * own tags over exactly that text, and an 'accept' review is recorded (replacing their earlier
 * verdict on it). One transaction: one undo takes back the copy and the review.
 */
export function acceptTag(tagId: string, context: TagContext, note = ''): Command {
  return (state, dispatch) => {
    const tag = otherTag(state, tagId)
    if (!tag || tag.author.id === context.editor.id) return false
    const earlier = myVerdict(state, tagId, context.editor)
    if (earlier?.verdict === 'accept') return false
    const range = placeOther(state, tag)
    if (!range) return false
    if (dispatch) {
      const index = docIndex(state.doc)
      const now = context.now()
      const copy: Annotation = {
        id: context.newId(),
        articleId: context.articleId,
        author: context.editor,
        kind: tag.kind,
        target: describe(index.text, posToOffset(index, range.from), posToOffset(index, range.to)),
        note: tag.note,
        ...(tag.speaker !== undefined ? { speaker: tag.speaker } : {}),
        ...(tag.reason !== undefined ? { reason: tag.reason } : {}),
        ...(tag.evidence !== undefined ? { evidence: tag.evidence } : {}),
        ...(tag.factCheck !== undefined ? { factCheck: tag.factCheck } : {}),
        acceptedFrom: { annotationId: tag.id, author: tag.author },
        created: now,
        modified: now,
      }
      const mine = tagsCovering(state, range.from, range.to).filter(
        (placed) => placed.record.annotation.author.id === context.editor.id,
      )
      const review = verdictReview(earlier, tag, 'accept', note, context)
      dispatch(
        state.tr
          .step(new TagStep(mine, [{ record: { annotation: copy }, ...range }]))
          .step(new ReviewStep(earlier ? [earlier] : [], [review])),
      )
    }
    return true
  }
}

/**
 * Rejects another editor's tag with a reason (required), replacing the acting editor's earlier
 * verdict on it; a copy they had accepted from it is removed in the same (undoable) step.
 */
export function rejectTag(tagId: string, reason: string, context: TagContext): Command {
  return (state, dispatch) => {
    const tag = otherTag(state, tagId)
    if (!tag || tag.author.id === context.editor.id || reason.trim().length === 0) return false
    if (dispatch) {
      const earlier = myVerdict(state, tagId, context.editor)
      const review = verdictReview(earlier, tag, 'reject', reason.trim(), context)
      const copies = myCopiesOf(state, tagId, context.editor)
      let tr = state.tr
      if (copies.length > 0) tr = tr.step(new TagStep(copies, []))
      dispatch(tr.step(new ReviewStep(earlier ? [earlier] : [], [review])))
    }
    return true
  }
}

/** Adds a comment to the thread of a tag (anyone's, the acting editor's own included). */
export function commentOnTag(tagId: string, text: string, context: TagContext): Command {
  return (state, dispatch) => {
    if (!reviewPluginKey.getState(state) || text.trim().length === 0) return false
    if (dispatch) {
      const now = context.now()
      const review: Review = {
        id: context.newId(),
        articleId: context.articleId,
        annotationId: tagId,
        author: context.editor,
        verdict: 'comment',
        text: text.trim(),
        created: now,
        modified: now,
      }
      dispatch(state.tr.step(new ReviewStep([], [review])))
    }
    return true
  }
}

/**
 * The editors who can be compared on this article: the acting editor first, then every editor
 * with a tag on it, by name.
 */
export function reviewCandidates(state: EditorState): EditorRef[] {
  const plugin = reviewPluginKey.getState(state)
  if (!plugin) return []
  const others = new Map<string, EditorRef>()
  for (const tag of plugin.others) {
    if (tag.author.id !== plugin.me.id) others.set(tag.author.id, tag.author)
  }
  const sorted = [...others.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  )
  return [plugin.me, ...sorted]
}

/**
 * Turns review mode off, or on with the editors compared last time (every candidate the first
 * time).
 */
export const toggleReviewMode: Command = (state, dispatch) => {
  const plugin = reviewPluginKey.getState(state)
  if (!plugin) return false
  const editors = plugin.editors.length > 0 ? plugin.editors : reviewCandidates(state)
  return setReviewMode(!plugin.active, editors)(state, dispatch)
}
