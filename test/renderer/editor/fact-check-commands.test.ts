import { describe, expect, it } from 'vitest'
import { EditorState, type Command } from 'prosemirror-state'
import { history, undo } from 'prosemirror-history'
import { parsePlainText } from '../../../shared/import/plain-text'
import { moveSentence, toggleTag, type TagContext } from '../../../renderer/editor/commands'
import { cursorPlugin } from '../../../renderer/editor/cursor-plugin'
import {
  addEvidencePassage,
  setFactCheckAtCursor,
} from '../../../renderer/editor/fact-check-commands'
import { loadTags } from '../../../renderer/editor/load-tags'
import { sectionPlugin } from '../../../renderer/editor/section-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'
import { placedTags, tagPlugin } from '../../../renderer/editor/tag-plugin'

const TEXT = `Headline Without Stop

Crime fell by 40% last year. The mayor said so.`

let counter = 0
const context: TagContext = {
  editor: { id: 'ana', name: 'Ana' },
  articleId: '0123456789abcdef',
  newId: () => `tag-0000-${String((counter += 1)).padStart(4, '0')}`,
  now: () => '2026-12-07T10:00:00.000Z',
}

const PASSAGE = { articleId: 'fedcba9876543210', start: 4, end: 20, exact: 'Crime rose by 2%' }

function run(state: EditorState, ...commands: Command[]): EditorState {
  let current = state
  for (const command of commands) {
    expect(command(current, (tr) => (current = current.apply(tr)))).toBe(true)
  }
  return current
}

function claim(kind: 'claim' | 'context' = 'claim') {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  const state = EditorState.create({
    doc,
    plugins: [history(), sectionPlugin(), tagPlugin(loadTags(doc, [])), cursorPlugin()],
  })
  return run(state, moveSentence(1), moveSentence(1), toggleTag(kind, context))
}

describe('fact-check commands', () => {
  it('adds an evidence passage once, undoably', () => {
    let state = claim()
    const id = placedTags(state)[0]?.record.annotation.id ?? ''
    state = run(state, addEvidencePassage(id, PASSAGE, context))
    expect(placedTags(state)[0]?.record.annotation.factCheck).toEqual({
      status: 'to-check',
      passages: [PASSAGE],
    })
    expect(addEvidencePassage(id, PASSAGE, context)(state)).toBe(false)
    undo(state, (tr) => (state = state.apply(tr)))
    expect(placedTags(state)[0]?.record.annotation.factCheck).toBeUndefined()
  })

  it('gives no fact-check to a context tag, nor to another editor’s tag', () => {
    const state = claim('context')
    const id = placedTags(state)[0]?.record.annotation.id ?? ''
    expect(addEvidencePassage(id, PASSAGE, context)(state)).toBe(false)
    expect(setFactCheckAtCursor({ status: 'researching' }, context)(state)).toBe(false)
    const ben = { ...context, editor: { id: 'ben', name: 'Ben' } }
    const anas = claim()
    const anasId = placedTags(anas)[0]?.record.annotation.id ?? ''
    expect(addEvidencePassage(anasId, PASSAGE, ben)(anas)).toBe(false)
    expect(addEvidencePassage(anasId, PASSAGE, context)(anas)).toBe(true)
  })

  it('does nothing when the change leaves the fact-check as it was', () => {
    const state = run(claim(), setFactCheckAtCursor({ status: 'researching' }, context))
    expect(setFactCheckAtCursor({ status: 'researching' }, context)(state)).toBe(false)
  })
})
