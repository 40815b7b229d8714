import type { EvidencePassage } from '../../../shared/model/fact-check'

/** Props of {@link PassageList}. */
export interface PassageListProps {
  passages: readonly EvidencePassage[]
  articleTitle: (id: string) => string
  onOpen: (passage: EvidencePassage) => void
  onRemove: (index: number) => void
  /** Opens the story view to pick a passage; absent when the article is in no saved story. */
  onPick?: (() => void) | undefined
}

function excerpt(text: string, length = 120): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/**
 * The evidence passages of a fact-check: each passage's words and article, a button that opens
 * the article at the passage, and one that removes it. Passages are added from the story view.
 */
export function PassageList({
  passages,
  articleTitle,
  onOpen,
  onRemove,
  onPick,
}: PassageListProps) {
  return (
    <section className="fact-check-passages" aria-label="Evidence passages">
      <h3 className="fact-check-subheading">
        Evidence passages <span className="count">{passages.length}</span>
      </h3>
      {passages.length === 0 && (
        <p className="fact-check-hint">
          {onPick
            ? 'None yet: pick passages of the other reports of this story.'
            : 'None yet. Passages are picked from the story view: group this article with the other reports in the library’s Stories first.'}
        </p>
      )}
      {passages.length > 0 && (
        <ul className="fact-check-passage-list">
          {passages.map((passage, index) => (
            <li key={`${passage.articleId}:${passage.start}`}>
              <button
                type="button"
                className="fact-check-passage"
                onClick={() => onOpen(passage)}
                title="Open the article at this passage"
              >
                <q>{excerpt(passage.exact)}</q>
                <span className="muted">{articleTitle(passage.articleId)}</span>
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove the passage “${excerpt(passage.exact, 40)}”`}
                onClick={() => onRemove(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {onPick && (
        <button type="button" className="button" onClick={onPick}>
          Pick Evidence in the Story…
        </button>
      )}
    </section>
  )
}
