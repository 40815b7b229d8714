import { describe, expect, it } from 'vitest'
import { EditorState, type Command } from 'prosemirror-state'
import { history, undo } from 'prosemirror-history'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { parsePlainText } from '../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { TagContext } from '../../../renderer/editor/commands'
import { cursorPlugin } from '../../../renderer/editor/cursor-plugin'
import { loadTags } from '../../../renderer/editor/load-tags'
import { docIndex } from '../../../renderer/editor/positions'
import { acceptTag } from '../../../renderer/editor/review-commands'
import { reviewPlugin, reviewsToSave } from '../../../renderer/editor/review-plugin'
import { placedTags, tagPlugin } from '../../../renderer/editor/tag-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'
import { reviewVerdict } from '../../../renderer/editor/verdict-review-commands'
import { checkOwnReviews } from '../../../shared/store/ownership'

const TEXT = `Headline Without Stop

Crime fell by 40% last year. The mayor said so.`

const ANA: EditorRef = { id: 'ana', name: 'Ana' }
const SAM: EditorRef = { id: 'sam', name: 'Sam' }
const ARTICLE = '0123456789abcdef'

let counter = 0
const context: TagContext = {
  editor: ANA,
  articleId: ARTICLE,
  newId: () => `new-0000-${String((counter += 1)).padStart(4, '0')}`,
  now: () => '2026-12-07T10:00:00.000Z',
}

function samsClaim(verdict?: string): Annotation {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  const plain = docIndex(doc).text
  const quote = 'Crime fell by 40% last year.'
  const start = plain.indexOf(quote)
  return {
    id: 'sam-tag-0001',
    articleId: ARTICLE,
    author: SAM,
    kind: 'claim',
    target: describeSpan(plain, start, start + quote.length),
    note: '',
    factCheck: verdict
      ? { status: 'verdict', verdict, verdictAt: '2026-12-06T10:00:00.000Z' }
      : { status: 'researching' },
    created: '2026-12-06T10:00:00.000Z',
    modified: '2026-12-06T10:00:00.000Z',
  }
}

function create(other: Annotation): EditorState {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  return EditorState.create({
    doc,
    plugins: [
      history(),
      tagPlugin(loadTags(doc, [])),
      reviewPlugin({ me: ANA, others: [other], reviews: [] }),
      cursorPlugin(),
    ],
  })
}

function run(state: EditorState, command: Command): EditorState {
  let current = state
  expect(command(current, (tr) => (current = current.apply(tr)))).toBe(true)
  return current
}

describe('reviewVerdict', () => {
  it('records an accept of the verdict without copying the tag, and undoes it', () => {
    const state = run(
      create(samsClaim('false')),
      reviewVerdict('sam-tag-0001', 'accept', '', context),
    )
    expect(placedTags(state)).toEqual([])
    const saved = reviewsToSave(state)
    expect(saved).toMatchObject([
      { annotationId: 'sam-tag-0001', verdict: 'accept', subject: 'verdict', author: ANA },
    ])
    expect(reviewVerdict('sam-tag-0001', 'accept', '', context)(state)).toBe(false)
    let undone = state
    undo(undone, (tr) => (undone = undone.apply(tr)))
    expect(reviewsToSave(undone)).toEqual([])
  })

  it('replaces the editor’s accept with a reject, and lives beside an accept of the tag', () => {
    let state = run(
      create(samsClaim('false')),
      reviewVerdict('sam-tag-0001', 'accept', '', context),
    )
    expect(reviewVerdict('sam-tag-0001', 'reject', '  ', context)(state)).toBe(false)
    state = run(state, reviewVerdict('sam-tag-0001', 'reject', 'The figure is 38%.', context))
    state = run(state, acceptTag('sam-tag-0001', context))
    const saved = reviewsToSave(state)
    expect(saved.map((review) => [review.subject ?? 'tag', review.verdict, review.text])).toEqual([
      ['verdict', 'reject', 'The figure is 38%.'],
      ['tag', 'accept', ''],
    ])
    expect(() => checkOwnReviews(saved, ARTICLE, ANA)).not.toThrow()
  })

  it('refuses a tag without a verdict', () => {
    expect(reviewVerdict('sam-tag-0001', 'accept', '', context)(create(samsClaim()))).toBe(false)
  })
})
