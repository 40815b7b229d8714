import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { history, undoDepth } from 'prosemirror-history'
import { parsePlainText } from '../../../shared/import/plain-text'
import {
  isEditing,
  modePlugin,
  modePluginKey,
  setMode,
  toggleEditMode,
} from '../../../renderer/editor/mode-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'

function stateWith(plugins = [modePlugin(), history()]) {
  return EditorState.create({ doc: sectionDoc(parsePlainText('Title\n\nOne. Two.').body), plugins })
}

describe('mode plugin', () => {
  it('starts in read mode and toggles by transaction only', () => {
    let state = stateWith()
    expect(modePluginKey.getState(state)).toBe('read')
    expect(isEditing(state)).toBe(false)
    toggleEditMode(state, (tr) => (state = state.apply(tr)))
    expect(isEditing(state)).toBe(true)
    toggleEditMode(state, (tr) => (state = state.apply(tr)))
    expect(isEditing(state)).toBe(false)
  })

  it('is no undo step, and keeps its mode through other transactions', () => {
    let state = stateWith()
    setMode('edit')(state, (tr) => (state = state.apply(tr)))
    expect(undoDepth(state)).toBe(0)
    state = state.apply(state.tr.insertText('x', 3))
    expect(isEditing(state)).toBe(true)
  })

  it('makes the view editable in edit mode only', () => {
    let state = stateWith()
    const plugin = modePluginKey.get(state)
    if (!plugin) throw new Error('the mode plugin is missing')
    const editable = plugin.props.editable
    expect(editable?.call(plugin, state)).toBe(false)
    setMode('edit')(state, (tr) => (state = state.apply(tr)))
    expect(editable?.call(plugin, state)).toBe(true)
  })

  it('does not apply without the plugin', () => {
    const state = stateWith([history()])
    expect(toggleEditMode(state)).toBe(false)
    expect(isEditing(state)).toBe(false)
  })
})
