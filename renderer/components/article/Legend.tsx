import { KIND_STYLES } from '../../../shared/export/kind-styles'
import { TAG_KINDS, type TagKind } from '../../../shared/model/annotation'
import { KIND_LABELS } from '../../editor/tag-plugin'
import { TAG_KEYS } from '../../editor/keymaps'

/** The display name of each tag kind (the same names the exports use). */
export const KIND_NAMES: Readonly<Record<TagKind, string>> = Object.fromEntries(
  TAG_KINDS.map((kind) => [kind, KIND_STYLES[kind].name]),
) as Record<TagKind, string>

/** What each kind looks like and which keys make it. */
export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="panel-heading">Legend</h2>
      <ul>
        {TAG_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`tag-label tag-label-${kind}`} aria-hidden="true">
              {KIND_LABELS[kind]}
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
