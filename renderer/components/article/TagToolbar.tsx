import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history'
import type { Command, EditorState } from 'prosemirror-state'
import { TAG_KINDS, type EditorRef } from '../../../shared/model/annotation'
import type { SaveStatus } from '../../editor/autosave'
import { clearTags, myTagAtCursor, type TagContext } from '../../editor/commands'
import { cursorRange } from '../../editor/cursor-plugin'
import { isEditing, toggleEditMode } from '../../editor/mode-plugin'
import { tagSelectionAs } from '../../editor/tag-selection'
import { KIND_NAMES, TAG_KIND_SPECS } from '../../../shared/model/tag-kinds'
import { SaveIndicator } from './SaveIndicator'

/** Props of {@link TagToolbar}. */
export interface TagToolbarProps {
  /** The editor's state as React last drew it. */
  state: EditorState | null
  editor: EditorRef
  context: TagContext
  run: (command: Command) => boolean
  /** Puts the focus back in the article's text. */
  focus: () => void
  saveStatus: SaveStatus
  onRetrySave: () => void
}

/**
 * The tagging toolbar for mouse users: a button per kind (the same command as the keys), Clear,
 * Undo, Redo, Edit text, and the save indicator; with the edit-mode banner under it.
 */
export function TagToolbar({
  state,
  editor,
  context,
  run,
  focus,
  saveStatus,
  onRetrySave,
}: TagToolbarProps) {
  const editing = state ? isEditing(state) : false
  const range = state ? cursorRange(state) : null
  const active = state ? myTagAtCursor(state, editor) : null
  const runAndFocus = (command: Command) => {
    run(command)
    focus()
  }
  return (
    <>
      <div className="toolbar" role="toolbar" aria-label="Tagging">
        {TAG_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`tool tool-${kind}${active?.record.annotation.kind === kind ? ' is-on' : ''}`}
            aria-pressed={active?.record.annotation.kind === kind}
            disabled={editing || !range}
            title={`Tag as ${KIND_NAMES[kind]} (${TAG_KIND_SPECS[kind].keys[0].toUpperCase()} or ${TAG_KIND_SPECS[kind].keys[1]})`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => runAndFocus(tagSelectionAs(kind, context))}
          >
            <span className={`tool-swatch tag-label tag-label-${kind}`} aria-hidden="true" />
            {KIND_NAMES[kind]}
          </button>
        ))}
        <span className="toolbar-gap" />
        <button
          type="button"
          className="tool"
          disabled={editing || !active}
          onClick={() => runAndFocus(clearTags(context))}
          title="Remove my tag (Backspace)"
        >
          Clear
        </button>
        <button
          type="button"
          className="tool"
          disabled={!state || undoDepth(state) === 0}
          onClick={() => run(undo)}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="tool"
          disabled={!state || redoDepth(state) === 0}
          onClick={() => run(redo)}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button
          type="button"
          className={`tool${editing ? ' is-on' : ''}`}
          aria-pressed={editing}
          onClick={() => runAndFocus(toggleEditMode)}
          title="Edit the article text (Ctrl+E)"
        >
          {editing ? 'Done editing' : 'Edit text'}
        </button>
        <SaveIndicator status={saveStatus} onRetry={onRetrySave} />
      </div>
      {editing && (
        <div className="edit-banner" role="status">
          <strong className="edit-banner-title">Editing the text</strong>
          <span>
            Tags follow their sentences; a tag whose text you delete becomes an orphan, listed at
            the top of the panel. <kbd>Ctrl</kbd>+<kbd>E</kbd> goes back to tagging.
          </span>
        </div>
      )}
    </>
  )
}
