import { describe, expect, it } from 'vitest'
import { EditorState, type Command, type Transaction } from 'prosemirror-state'
import { history, redo, undo } from 'prosemirror-history'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { parsePlainText } from '../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { moveSentence, toggleTag, type TagContext } from '../../../renderer/editor/commands'
import { cursorPlugin, cursorRange } from '../../../renderer/editor/cursor-plugin'
import { loadTags } from '../../../renderer/editor/load-tags'
import { docIndex } from '../../../renderer/editor/positions'
import {
  acceptTag,
  commentOnTag,
  moveToDisagreement,
  otherTagsAtCursor,
  setIncludeGaps,
  toggleIncludeGaps,
  rejectTag,
  reviewCandidates,
  toggleReviewMode,
} from '../../../renderer/editor/review-commands'
import {
  reviewPlugin,
  reviewPluginKey,
  reviewsToSave,
} from '../../../renderer/editor/review-plugin'
import { tagsToSave } from '../../../renderer/editor/save-tags'
import { sectionDoc } from '../../../renderer/editor/sections'
import { tagPlugin } from '../../../renderer/editor/tag-plugin'

const TEXT = `Headline Without Stop

First sentence here. Second sentence follows. Third one ends it.`

const ANA: EditorRef = { id: 'ana', name: 'Ana' }
const SAM: EditorRef = { id: 'sam', name: 'Sam' }
const ARTICLE = '0123456789abcdef'

let counter = 0
const context: TagContext = {
  editor: ANA,
  articleId: ARTICLE,
  newId: () => `new-0000-${String((counter += 1)).padStart(4, '0')}`,
  now: () => '2026-11-20T10:00:00.000Z',
}

function samsTag(quote: string, kind: Annotation['kind'], note = ''): Annotation {
  const text = parsePlainText(TEXT).body
  const plain = docIndex(sectionDoc(text)).text
  const start = plain.indexOf(quote)
  return {
    id: `sam-tag-${start}`,
    articleId: ARTICLE,
    author: SAM,
    kind,
    target: describeSpan(plain, start, start + quote.length),
    note,
    speaker: kind === 'quote' ? 'Someone' : undefined,
    created: '2026-11-19T10:00:00.000Z',
    modified: '2026-11-19T10:00:00.000Z',
  }
}

function create(others: Annotation[], reviews: Review[] = []): EditorState {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  return EditorState.create({
    doc,
    plugins: [
      history(),
      tagPlugin(loadTags(doc, [])),
      reviewPlugin({ me: ANA, others, reviews }),
      cursorPlugin(),
    ],
  })
}

function run(state: EditorState, ...commands: Command[]): EditorState {
  let current = state
  for (const command of commands) {
    const ok = command(current, (tr: Transaction) => {
      current = current.applyTransaction(tr).state
    })
    expect(ok).toBe(true)
  }
  return current
}

function cursorText(state: EditorState): string {
  const range = cursorRange(state)
  return range ? state.doc.textBetween(range.from, range.to) : ''
}

describe('review mode in the editor', () => {
  const first = samsTag('First sentence here.', 'claim', 'Check it')
  const second = samsTag('Second sentence follows.', 'quote')

  it('marks agreement per sentence as the agreement figures count it, and steps through conflicts', () => {
    // Ana tags the first sentence as a claim (as Sam did), the second as context (Sam: quote)
    // and the third as context (Sam: nothing).
    let state = run(
      create([first, second]),
      moveSentence(2),
      toggleTag('claim', context),
      moveSentence(1),
      toggleTag('context', context),
      moveSentence(1),
      toggleTag('context', context),
    )
    expect(reviewCandidates(state)).toEqual([ANA, SAM])
    state = run(state, toggleReviewMode)
    const plugin = reviewPluginKey.getState(state)
    expect(plugin?.editors).toEqual([ANA, SAM])
    expect(
      plugin?.marks.map((mark) => [mark.lanes.map((lane) => lane.label), mark.agreement]),
    ).toEqual([
      [['claim', 'claim'], 'agree'],
      [['context', 'quote'], 'conflict'],
      [['context', 'none'], 'gap'],
    ])
    expect(plugin?.decorations.find().length).toBe(3)
    // N and P stop at the conflict only: it wraps onto itself.
    expect(plugin?.includeGaps).toBe(false)
    state = run(state, moveToDisagreement(1))
    expect(cursorText(state)).toBe('Second sentence follows.')
    state = run(state, moveToDisagreement(1))
    expect(cursorText(state)).toBe('Second sentence follows.')
    // With coverage gaps switched in, they stop at the third sentence too.
    state = run(state, toggleIncludeGaps)
    expect(reviewPluginKey.getState(state)?.includeGaps).toBe(true)
    state = run(state, moveToDisagreement(1))
    expect(cursorText(state)).toBe('Third one ends it.')
    state = run(state, moveToDisagreement(1))
    expect(cursorText(state)).toBe('Second sentence follows.') // wraps around
    state = run(state, moveToDisagreement(-1))
    expect(cursorText(state)).toBe('Third one ends it.')
    state = run(state, setIncludeGaps(false), moveToDisagreement(-1))
    expect(cursorText(state)).toBe('Second sentence follows.')
    // Off: no marks, and the keys' commands do nothing.
    state = run(state, toggleReviewMode)
    expect(reviewPluginKey.getState(state)?.marks).toEqual([])
    expect(moveToDisagreement(1)(state)).toBe(false)
    expect(toggleIncludeGaps(state)).toBe(false)
  })

  it('finds nothing to step to when the editors differ only in coverage, until gaps are in', () => {
    // Only Sam has tags: nothing to compare yet.
    let state = run(create([first]), toggleReviewMode)
    expect(reviewPluginKey.getState(state)?.marks.map((mark) => mark.agreement)).toEqual([null])
    // Ana tags only the third sentence: Sam's first and Ana's third are both coverage gaps.
    state = run(state, toggleReviewMode, moveSentence(4), toggleTag('claim', context))
    state = run(state, toggleReviewMode)
    expect(reviewPluginKey.getState(state)?.marks.map((mark) => mark.agreement)).toEqual([
      'gap',
      'gap',
    ])
    expect(moveToDisagreement(1)(state)).toBe(false)
    state = run(state, setIncludeGaps(true), moveToDisagreement(1))
    expect(cursorText(state)).toBe('First sentence here.')
  })

  it('accepts another editor’s tag as the editor’s own credited copy, undone in one step', () => {
    let state = run(create([first, second]), toggleReviewMode, moveSentence(3))
    expect(otherTagsAtCursor(state).map((tag) => tag.annotation.id)).toEqual([second.id])
    // Ana's own claim on the sentence is replaced by the accepted copy.
    state = run(state, toggleTag('claim', context), acceptTag(second.id, context))
    const [copy] = tagsToSave(state, ANA.id)
    expect(tagsToSave(state, ANA.id)).toHaveLength(1)
    expect(copy).toMatchObject({
      author: ANA,
      kind: 'quote',
      speaker: 'Someone',
      acceptedFrom: { annotationId: second.id, author: SAM },
      target: { quote: { exact: 'Second sentence follows.' } },
    })
    expect(reviewsToSave(state)).toEqual([
      expect.objectContaining({ annotationId: second.id, verdict: 'accept', author: ANA }),
    ])
    expect(acceptTag(second.id, context)(state)).toBe(false) // accepted already
    const undone = run(state, undo)
    expect(reviewsToSave(undone)).toEqual([])
    expect(tagsToSave(undone, ANA.id).map((tag) => tag.kind)).toEqual(['claim'])
    const redone = run(undone, redo)
    expect(reviewsToSave(redone)).toHaveLength(1)
    expect(tagsToSave(redone, ANA.id).map((tag) => tag.acceptedFrom?.annotationId)).toEqual([
      second.id,
    ])
  })

  it('rejects only with a reason, replacing the accept and its copy; comments build a thread', () => {
    let state = run(create([first, second]), toggleReviewMode, moveSentence(3))
    state = run(state, acceptTag(second.id, context))
    expect(rejectTag(second.id, '  ', context)(state)).toBe(false)
    state = run(state, rejectTag(second.id, 'Not a quote.', context))
    expect(tagsToSave(state, ANA.id)).toEqual([])
    const [verdict] = reviewsToSave(state)
    expect(verdict).toMatchObject({ verdict: 'reject', text: 'Not a quote.' })
    expect(reviewsToSave(state)).toHaveLength(1)
    state = run(state, commentOnTag(second.id, 'Who said it?', context))
    state = run(state, commentOnTag(second.id, 'Found it: the mayor.', context))
    expect(reviewsToSave(state).map((review) => [review.verdict, review.text])).toEqual([
      ['reject', 'Not a quote.'],
      ['comment', 'Who said it?'],
      ['comment', 'Found it: the mayor.'],
    ])
    expect(reviewPluginKey.getState(state)?.revision).toBe(4)
  })

  it('never saves another reviewer’s reviews as the editor’s', () => {
    const sams: Review = {
      id: 'sam-review-1',
      articleId: ARTICLE,
      annotationId: 'ana-tag-0001',
      author: SAM,
      verdict: 'comment',
      text: 'Hm.',
      created: '2026-11-19T10:00:00.000Z',
      modified: '2026-11-19T10:00:00.000Z',
    }
    const state = create([first], [sams])
    expect(reviewPluginKey.getState(state)?.reviews).toEqual([sams])
    expect(reviewsToSave(state)).toEqual([])
  })
})
