import { describe, expect, it } from 'vitest'
import { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { articleSchema } from '../../../shared/editor/schema'
import {
  describeInvisible,
  INVISIBLE_CHARACTERS,
  invisibleCharacters,
  invisibleCharactersKey,
} from '../../../renderer/editor/invisible-characters'

function stateOf(...paragraphs: string[]): EditorState {
  const doc = Node.fromJSON(articleSchema, {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  })
  return EditorState.create({ doc, plugins: [invisibleCharacters()] })
}

/** Where the markers are, and for which character, in document order. */
function markers(state: EditorState): [number, string][] {
  const set = invisibleCharactersKey.getState(state)
  return (set?.find() ?? [])
    .map((decoration): [number, string] => [decoration.from, decoration.spec.character])
    .sort((left, right) => left[0] - right[0])
}

describe('invisibleCharacters', () => {
  it('marks each zero-width and bidirectional control character where it is, and nothing else', () => {
    const state = stateOf('a\u200Bb', 'x\u202Ey\u202Cz \u00AD soft hyphen stays hidden', 'plain')
    expect(markers(state)).toEqual([
      [2, '\u200B'],
      [7, '\u202E'],
      // A closing control's marker goes after it.
      [10, '\u202C'],
    ])
    // The characters stay in the text.
    expect(state.doc.textContent).toContain('a\u200Bb')
  })

  it('finds every character it names, and names them with their code point', () => {
    const all = [...INVISIBLE_CHARACTERS.keys()].join('')
    expect(markers(stateOf(all)).map(([, character]) => character)).toEqual([
      ...INVISIBLE_CHARACTERS.keys(),
    ])
    expect(describeInvisible('\u200B')).toBe('zero-width space U+200B')
    expect(describeInvisible('\u2067')).toBe('right-to-left isolate U+2067')
    expect(describeInvisible('\uFEFF')).toBe('zero-width no-break space (byte-order mark) U+FEFF')
  })

  it('follows edits: typed characters get markers, deleted ones lose them, others move', () => {
    let state = stateOf('one\u200Btwo', 'three')
    expect(markers(state)).toEqual([[4, '\u200B']])
    state = state.apply(state.tr.insertText('\u2066new\u2069', 1))
    expect(markers(state)).toEqual([
      [1, '\u2066'],
      [6, '\u2069'],
      [9, '\u200B'],
    ])
    state = state.apply(state.tr.delete(9, 10))
    expect(markers(state)).toEqual([
      [1, '\u2066'],
      [6, '\u2069'],
    ])
    const second = state.doc.child(0).nodeSize
    state = state.apply(state.tr.insertText('\u200D', second + 2))
    expect(markers(state).at(-1)).toEqual([second + 2, '\u200D'])
  })

  it('keeps the same set when the document does not change', () => {
    const state = stateOf('a\u200Bb')
    const next = state.apply(state.tr.setMeta('anything', true))
    expect(invisibleCharactersKey.getState(next)).toBe(invisibleCharactersKey.getState(state))
  })
})
