import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state'

/** Whether the article is being read (and tagged) or its text edited. */
export type EditorMode = 'read' | 'edit'

/** The mode plugin's key: its state is the editor's mode. */
export const modePluginKey = new PluginKey<EditorMode>('mode')

/**
 * The editor's mode as plugin state (prosemirror-state's idiom): changed only by a transaction
 * carrying the new mode in its meta, read by every plugin from the state. The view is editable in
 * edit mode only.
 */
export function modePlugin(initial: EditorMode = 'read'): Plugin<EditorMode> {
  return new Plugin<EditorMode>({
    key: modePluginKey,
    state: {
      init: () => initial,
      apply: (tr, mode) => (tr.getMeta(modePluginKey) as EditorMode | undefined) ?? mode,
    },
    props: { editable: (state) => isEditing(state) },
  })
}

/** Whether the text is being edited (false without the mode plugin). */
export function isEditing(state: EditorState): boolean {
  return modePluginKey.getState(state) === 'edit'
}

/** Switches to a mode; not an undo step. */
export function setMode(mode: EditorMode): Command {
  return (state, dispatch) => {
    if (!modePluginKey.getState(state)) return false
    dispatch?.(state.tr.setMeta(modePluginKey, mode).setMeta('addToHistory', false))
    return true
  }
}

/** Edit mode on or off (Ctrl/Cmd+E, the toolbar's Edit text). */
export const toggleEditMode: Command = (state, dispatch) =>
  setMode(isEditing(state) ? 'read' : 'edit')(state, dispatch)
