import type { Command, EditorState } from 'prosemirror-state'
import type { Annotation, EditorRef, TagKind } from '../../shared/model/annotation'
import type { RatingScale } from '../../shared/model/fact-check'
import { cursorPluginKey, cursorRange, setCursor } from './cursor-plugin'
import { describe } from '../../shared/anchoring/describe'
import { docIndex, posToOffset, type DocRange } from './positions'
import { sentenceAt, sentenceFrom } from './sentence-steps'
import { findPlacedTag, tagsCovering, unplacedTags } from './tag-plugin'
import type { PlacedTag, TagRecord } from './tag-record'
import { TagStep } from './tag-step'

/** What tagging commands need to know besides the editor state. */
export interface TagContext {
  editor: EditorRef
  articleId: string
  /** Makes a new tag id. */
  newId: () => string
  /** The current time as an ISO string. */
  now: () => string
  /** The library's rating scale, read when a verdict key is pressed (default scale without it). */
  ratingScale?: () => RatingScale
}

function isMine(record: TagRecord, editor: EditorRef): boolean {
  return record.annotation.author.id === editor.id
}

/** The editor's own placed tags that cover exactly `range`. */
function myTagsAt(state: EditorState, range: DocRange, editor: EditorRef): PlacedTag[] {
  return tagsCovering(state, range.from, range.to).filter((tag) => isMine(tag.record, editor))
}

/** The editor's own placed tag covering exactly the selected sentences (or span), or null. */
export function myTagAtCursor(state: EditorState, editor: EditorRef): PlacedTag | null {
  const range = cursorRange(state)
  return range ? (myTagsAt(state, range, editor)[0] ?? null) : null
}

/** Moves the sentence cursor by `delta` sentences; with `extend`, grows the selection instead. */
export function moveSentence(delta: number, extend = false): Command {
  return (state, dispatch) => {
    const cursor = cursorPluginKey.getState(state)
    const head = cursor?.head ?? null
    const target = sentenceFrom(state.doc, head ? head.from : null, delta)
    if (!target) return false
    if (dispatch) {
      const anchor = extend ? (cursor?.anchor ?? head ?? target) : target
      dispatch(setCursor(state.tr, { anchor, head: target }))
    }
    return true
  }
}

/** Puts the sentence cursor on the sentence at `pos`, or extends the selection to it. */
export function selectSentenceAt(pos: number, extend = false): Command {
  return (state, dispatch) => {
    const target = sentenceAt(state.doc, pos)
    if (!target) return false
    if (dispatch) {
      const cursor = cursorPluginKey.getState(state)
      const anchor = extend ? (cursor?.anchor ?? cursor?.head ?? target) : target
      dispatch(setCursor(state.tr, { anchor, head: target }))
    }
    return true
  }
}

/** Selects an arbitrary span (a text selection) as the range to tag. */
export function selectSpan(range: DocRange): Command {
  return (state, dispatch) => {
    if (range.from >= range.to) return false
    if (dispatch) dispatch(setCursor(state.tr, { anchor: range, head: range }))
    return true
  }
}

/** Collapses a multi-sentence selection to its head sentence. */
export const collapseSelection: Command = (state, dispatch) => {
  const cursor = cursorPluginKey.getState(state)
  if (!cursor?.head || !cursor.anchor || cursor.anchor === cursor.head) return false
  if (dispatch) dispatch(setCursor(state.tr, { anchor: cursor.head, head: cursor.head }))
  return true
}

function newRecord(
  context: TagContext,
  kind: TagKind,
  range: DocRange,
  state: EditorState,
): TagRecord {
  const index = docIndex(state.doc)
  const now = context.now()
  const annotation: Annotation = {
    id: context.newId(),
    articleId: context.articleId,
    author: context.editor,
    kind,
    target: describe(index.text, posToOffset(index, range.from), posToOffset(index, range.to)),
    note: '',
    created: now,
    modified: now,
  }
  return { annotation }
}

/**
 * Tags the selected sentences (or span) as `kind`: the same kind again removes the editor's tag,
 * another kind changes it. Other editors' tags are never touched.
 */
export function toggleTag(kind: TagKind, context: TagContext): Command {
  return (state, dispatch) => {
    const range = cursorRange(state)
    if (!range) return false
    const existing = myTagsAt(state, range, context.editor)
    if (dispatch) {
      const same = existing.find((tag) => tag.record.annotation.kind === kind)
      let added: PlacedTag[]
      if (same) added = []
      else if (existing[0]) {
        const record = existing[0].record
        added = [
          {
            ...existing[0],
            record: {
              ...record,
              annotation: { ...record.annotation, kind, modified: context.now() },
            },
          },
        ]
      } else added = [{ record: newRecord(context, kind, range, state), ...range }]
      dispatch(state.tr.step(new TagStep(existing, added)))
    }
    return true
  }
}

/** Removes the editor's tags that cover exactly the selected sentences (or span). */
export function clearTags(context: TagContext): Command {
  return (state, dispatch) => {
    const range = cursorRange(state)
    if (!range) return false
    const existing = myTagsAt(state, range, context.editor)
    if (existing.length === 0) return false
    if (dispatch) dispatch(state.tr.step(new TagStep(existing, [])))
    return true
  }
}

/** The fields of a tag an editor can change besides its place. */
export type TagFields = Partial<
  Pick<
    Annotation,
    'kind' | 'note' | 'speaker' | 'reason' | 'evidence' | 'changedFrom' | 'factCheck'
  >
>

/** Changes a tag's kind, note or per-kind fields (undoable like any tag change). */
export function updateTag(id: string, fields: TagFields, context: TagContext): Command {
  return (state, dispatch) => {
    const placed = findPlacedTag(state, id)
    const unplaced = placed
      ? undefined
      : unplacedTags(state).find((record) => record.annotation.id === id)
    const before: PlacedTag | null =
      placed ?? (unplaced ? { record: unplaced, from: null, to: null } : null)
    if (!before || !isMine(before.record, context.editor)) return false
    if (dispatch) {
      const annotation = { ...before.record.annotation, ...fields, modified: context.now() }
      for (const key of Object.keys(fields) as (keyof TagFields)[]) {
        if (fields[key] === undefined) delete annotation[key]
      }
      const after: PlacedTag = { ...before, record: { ...before.record, annotation } }
      dispatch(state.tr.step(new TagStep([before], [after])))
    }
    return true
  }
}

/** Re-attaches an unplaced tag to the selected sentences (or span). */
export function reattachTag(id: string, context: TagContext): Command {
  return (state, dispatch) => {
    const range = cursorRange(state)
    const record = unplacedTags(state).find((entry) => entry.annotation.id === id)
    if (!range || !record || !isMine(record, context.editor)) return false
    if (dispatch) {
      const { unplaced: _unplaced, ...placedRecord } = record
      const annotation = { ...placedRecord.annotation, modified: context.now() }
      delete annotation.changedFrom
      dispatch(
        state.tr.step(
          new TagStep([{ record, from: null, to: null }], [{ record: { annotation }, ...range }]),
        ),
      )
    }
    return true
  }
}

/** Removes one tag of the editor's, placed or not. */
export function deleteTag(id: string, context: TagContext): Command {
  return (state, dispatch) => {
    const placed = findPlacedTag(state, id)
    const record = placed?.record ?? unplacedTags(state).find((entry) => entry.annotation.id === id)
    if (!record || !isMine(record, context.editor)) return false
    if (dispatch) {
      const before: PlacedTag = placed ?? { record, from: null, to: null }
      dispatch(state.tr.step(new TagStep([before], [])))
    }
    return true
  }
}
