import { memo } from 'react'
import { articleStatus, STATUS_LABELS } from '../../../shared/library/article-status'
import type { SearchHit } from '../../../shared/library/search-text'
import type { ArticleMeta } from '../../../shared/model/article'
import { formatDate } from './format'
import { Highlight } from './Highlight'
import { highlightParts } from './library-rows'
import { tagCountSummary } from './tag-counts'
import { ReviewToggle } from '../article/ReviewToggle'

/** How much of the text before a match a row shows: the match must stay in sight. */
const LEAD = 36

/** The end of `before`, cut at a word boundary to about {@link LEAD} characters. */
function lead(before: string): string {
  if (before.length <= LEAD) return before
  const tail = before.slice(-LEAD)
  const space = tail.indexOf(' ')
  return `…${space === -1 ? tail : tail.slice(space + 1)}`
}

/** What a library row can do, the same for every row (stable across renders). */
export interface LibraryRowActions {
  onOpen: (id: string) => void
  onEdit: (id: string) => void
  onDelete: (meta: ArticleMeta) => void
  onError: (message: string) => void
}

/** Props of {@link LibraryRow}. */
export interface LibraryRowProps {
  article: ArticleMeta
  /** The row's place in the whole (filtered, sorted) list, from 0. */
  index: number
  /** The row's height in pixels (CSS keeps it to it, so the table can be windowed). */
  height: number
  /** The text search's hit on this article, if any: its snippet is shown under the title. */
  hit: SearchHit | undefined
  /** The search query, folded, for marking it in the title and outlet ('' for none). */
  foldedQuery: string
  /** Whether the row is the table's one tab stop (its buttons are tabbable too). */
  tabStop: boolean
  /** The acting editor: the Tags column and the status count their tags only (null: anyone's). */
  editorId: string | null
  actions: LibraryRowActions
}

/**
 * One article in the library table: title (and the text search's snippet), outlet, date,
 * sentence count, the acting editor's tag count (other editors' apart, below it), status (with
 * "Sample review by Sam" when the first run's sample reviewer tagged it), and its actions (edit details, mark reviewed, delete). The
 * row itself takes the focus: Enter opens the article, Delete deletes it (see LibraryTable).
 * Redrawn only when one of its props changes.
 */
export const LibraryRow = memo(function LibraryRow({
  article,
  index,
  height,
  hit,
  foldedQuery,
  tabStop,
  editorId,
  actions,
}: LibraryRowProps) {
  const status = articleStatus(article, editorId)
  const tags = tagCountSummary(article, editorId)
  const tab = tabStop ? 0 : -1
  return (
    <tr
      data-article-id={article.id}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tab}
      style={{ height }}
      aria-keyshortcuts="Enter Delete"
    >
      <th scope="row" className="title-cell">
        <button
          type="button"
          className="article-link"
          title={article.title}
          tabIndex={tab}
          onClick={() => actions.onOpen(article.id)}
        >
          <Highlight parts={highlightParts(article.title, foldedQuery)} />
        </button>
        {hit && (
          <p className="search-snippet">
            <span className="visually-hidden">
              {hit.matches} match{hit.matches === 1 ? '' : 'es'} in the text:{' '}
            </span>
            <span className="snippet-count" aria-hidden="true">
              {hit.matches}×
            </span>{' '}
            {lead(hit.snippet.before)}
            <mark>{hit.snippet.match}</mark>
            {hit.snippet.after}
          </p>
        )}
      </th>
      <td className={article.outlet ? 'outlet-cell' : 'outlet-cell muted'}>
        {article.outlet ? (
          <span className="outlet-name" title={article.outlet}>
            <Highlight parts={highlightParts(article.outlet, foldedQuery)} />
          </span>
        ) : (
          '—'
        )}
      </td>
      <td className="date-cell">
        {article.published ? formatDate(article.published) : <span className="muted">—</span>}
      </td>
      <td className="numeric sentence-count">{article.sentenceCount}</td>
      <td className="numeric tag-count" title={tags.words}>
        <span className="own-count" aria-hidden="true">
          {tags.own}
        </span>
        {tags.othersShort && (
          <span className="others-count" aria-hidden="true">
            {tags.othersShort}
          </span>
        )}
        <span className="visually-hidden">{tags.words}</span>
      </td>
      <td className="status-cell">
        <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
        {tags.sample && <span className="sample-review">{tags.sample}</span>}
      </td>
      <td className="actions-cell">
        <button
          type="button"
          className="button compact"
          tabIndex={tab}
          aria-label={`Edit details of “${article.title}”`}
          onClick={() => actions.onEdit(article.id)}
        >
          Edit
        </button>
        <ReviewToggle article={article} compact tabIndex={tab} onError={actions.onError} />
        <button
          type="button"
          className="button compact danger"
          tabIndex={tab}
          aria-label={`Delete “${article.title}”`}
          onClick={() => actions.onDelete(article)}
        >
          Delete
        </button>
      </td>
    </tr>
  )
})
