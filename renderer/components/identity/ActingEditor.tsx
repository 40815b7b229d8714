import type { EditorRef } from '../../../shared/model/annotation'
import './identity.css'

/** Props of {@link ActingEditor}. */
export interface ActingEditorProps {
  editor: EditorRef
  /** Opens File > Switch Editor. */
  onSwitch: () => void
}

/** The first letters of a name's first two words ("Ana María Ruiz" → "AM"). */
export function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
  return letters.join('').toUpperCase() || '?'
}

/** The top bar's acting editor: who new tags are written as; a click switches editor. */
export function ActingEditor({ editor, onSwitch }: ActingEditorProps) {
  return (
    <button
      type="button"
      className="acting-editor"
      onClick={onSwitch}
      title={`Tagging as ${editor.name} (${editor.id}). Click to switch editor.`}
    >
      <span className="acting-editor-mark" aria-hidden="true">
        {initials(editor.name)}
      </span>
      <span className="visually-hidden">Acting editor: </span>
      <span className="acting-editor-name">{editor.name}</span>
    </button>
  )
}
