import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { parsePlainText } from '../../../shared/import/plain-text'
import { changesText } from '../../../renderer/editor/changes-text'
import { sectionDoc } from '../../../renderer/editor/sections'
import { TagStep } from '../../../renderer/editor/tag-step'
import type { TagRecord } from '../../../renderer/editor/tag-record'

function create(): EditorState {
  return EditorState.create({ doc: sectionDoc(parsePlainText('One sentence. Two.').body) })
}

const record = {
  annotation: { id: 'tag-1', kind: 'claim', author: { id: 'ana', name: 'Ana' } },
} as unknown as TagRecord

describe('changesText', () => {
  it('is false for a transaction of tag steps alone, though ProseMirror counts it as a change', () => {
    const tr = create().tr.step(new TagStep([], [{ record, from: 2, to: 10 }]))
    expect(tr.docChanged).toBe(true)
    expect(changesText(tr)).toBe(false)
  })

  it('is true when the text changes, with or without tag steps', () => {
    const state = create()
    expect(changesText(state.tr.insertText('New ', 2))).toBe(true)
    const both = state.tr.step(new TagStep([], [{ record, from: 2, to: 10 }])).insertText('x', 2)
    expect(changesText(both)).toBe(true)
  })

  it('is false for a transaction with no steps', () => {
    expect(changesText(create().tr.setMeta('anything', true))).toBe(false)
  })
})
