import { KIND_LETTERS, KIND_NAMES, TAG_KINDS } from '../../../shared/model/tag-kinds'
import { TAG_KEYS } from '../../editor/keymaps'

/** What each kind looks like and which keys make it. */
export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="panel-heading">Legend</h2>
      <ul>
        {TAG_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`tag-label tag-label-${kind}`} aria-hidden="true">
              {KIND_LETTERS[kind]}
            </span>
            <span className={`tag tag-${kind} legend-sample`}>{KIND_NAMES[kind]}</span>
            <kbd>{TAG_KEYS[kind][0].toUpperCase()}</kbd>
            <kbd>{TAG_KEYS[kind][1]}</kbd>
          </li>
        ))}
      </ul>
      <p className="legend-help">
        <kbd>↑</kbd>
        <kbd>↓</kbd> or <kbd>J</kbd>
        <kbd>K</kbd> move, <kbd>Shift</kbd> extends, <kbd>Enter</kbd> note, <kbd>⌫</kbd> clears
      </p>
    </section>
  )
}
