import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { StoryArticleSummary } from '../../../shared/story/story-analysis'
import type { TagSuggestion } from '../../../shared/story/tag-suggestions'

/** Props of {@link StorySuggestions}. */
export interface StorySuggestionsProps {
  suggestions: readonly TagSuggestion[]
  articles: readonly StoryArticleSummary[]
  letters: ReadonlyMap<string, string>
  /** How many suggestions the editor dismissed earlier (hidden). */
  dismissedCount: number
  /** Makes the suggestion an ordinary tag; rejects with a message when it could not. */
  onAccept: (suggestion: TagSuggestion) => Promise<void>
  /** Dismisses the suggestion for good (the story remembers it). */
  onDismiss: (suggestion: TagSuggestion) => Promise<void>
  /** Opens an article (to see an accepted tag in place). */
  onOpenArticle: (id: string) => void
}

const KIND_LABELS: Record<TagSuggestion['kind'], string> = {
  quote: 'Quote',
  claim: 'Claim',
  disputed: 'Disputed',
}

/**
 * The Suggestions section: per article, the tags Factmark proposes, drawn apart from real tags
 * (dashed, labelled "Suggested"). One tab stop; ↑/↓ move between suggestions, A or Enter accepts
 * (the suggestion becomes an ordinary tag by the editor), X or Delete dismisses; each has buttons
 * for the mouse too. What happened is announced.
 */
export function StorySuggestions({
  suggestions,
  articles,
  letters,
  dismissedCount,
  onAccept,
  onDismiss,
  onOpenArticle,
}: StorySuggestionsProps) {
  const [active, setActive] = useState(0)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const items = useRef(new Map<string, HTMLElement>())
  const focusWanted = useRef(false)
  const ordered = articles.flatMap((article) =>
    suggestions.filter((suggestion) => suggestion.articleId === article.id),
  )
  const current = Math.min(active, Math.max(0, ordered.length - 1))

  useEffect(() => {
    if (!focusWanted.current) return
    focusWanted.current = false
    const suggestion = ordered[current]
    if (suggestion) items.current.get(`${suggestion.articleId}:${suggestion.id}`)?.focus()
  })

  const titleOf = (id: string) => articles.find((article) => article.id === id)?.title ?? id

  const act = async (suggestion: TagSuggestion, accept: boolean) => {
    if (busy) return
    setBusy(true)
    try {
      if (accept) {
        await onAccept(suggestion)
        setStatus(
          `Tagged as ${suggestion.kind} in ${letters.get(suggestion.articleId)} (“${titleOf(suggestion.articleId)}”).`,
        )
      } else {
        await onDismiss(suggestion)
        setStatus('Suggestion dismissed.')
      }
      focusWanted.current = true
    } catch (error) {
      setStatus((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const suggestion = ordered[current]
    const onButton = event.target instanceof HTMLButtonElement
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = Math.max(
        0,
        Math.min(ordered.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1)),
      )
      setActive(next)
      focusWanted.current = true
    } else if (!suggestion || onButton) {
      return
    } else if (event.key === 'a' || event.key === 'A' || event.key === 'Enter') {
      event.preventDefault()
      void act(suggestion, true)
    } else if (event.key === 'x' || event.key === 'X' || event.key === 'Delete') {
      event.preventDefault()
      void act(suggestion, false)
    }
  }

  return (
    <section className="story-section" aria-labelledby="story-suggestions-heading">
      <div className="story-section-head">
        <h2 id="story-suggestions-heading">Suggested tags</h2>
        <span className="muted">
          {ordered.length} suggestion{ordered.length === 1 ? '' : 's'}
          {dismissedCount > 0 ? ` · ${dismissedCount} dismissed` : ''}
        </span>
      </div>
      <p className="story-legend muted">
        Suggestions are not tags until you accept one: <kbd>↑</kbd>/<kbd>↓</kbd> to move,{' '}
        <kbd>A</kbd> or <kbd>Enter</kbd> to accept, <kbd>X</kbd> or <kbd>Delete</kbd> to dismiss.
      </p>
      <p className="story-status" role="status">
        {status}
      </p>
      {ordered.length === 0 && <p className="empty">No suggestions left.</p>}
      <div className="story-suggestions" onKeyDown={onKeyDown}>
        {articles.map((article) => {
          const mine = ordered.filter((suggestion) => suggestion.articleId === article.id)
          if (mine.length === 0) return null
          return (
            <div key={article.id} className="story-suggestion-group">
              <h3 className="story-group-title">
                <span className="story-letter" aria-hidden="true">
                  {letters.get(article.id)}
                </span>
                <span>{article.title}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenArticle(article.id)}
                >
                  Open article
                </button>
              </h3>
              <ul className="story-suggestion-list">
                {mine.map((suggestion) => {
                  const index = ordered.indexOf(suggestion)
                  const key = `${suggestion.articleId}:${suggestion.id}`
                  return (
                    <li key={key}>
                      <div
                        ref={(element) => {
                          if (element) items.current.set(key, element)
                          else items.current.delete(key)
                        }}
                        role="group"
                        aria-label={`Suggested ${KIND_LABELS[suggestion.kind].toLowerCase()}: ${suggestion.target.quote.exact.slice(0, 80)}`}
                        className={`story-suggestion story-suggestion-${suggestion.kind}${index === current ? ' is-active' : ''}`}
                        data-suggestion-id={suggestion.id}
                        tabIndex={index === current ? 0 : -1}
                        onFocus={() => setActive(index)}
                      >
                        <div className="story-suggestion-head">
                          <span className={`story-kind story-kind-${suggestion.kind}`}>
                            Suggested {KIND_LABELS[suggestion.kind].toLowerCase()}
                          </span>
                          {suggestion.speaker && (
                            <span className="story-suggestion-speaker">
                              Speaker: {suggestion.speaker}
                            </span>
                          )}
                          <span className="story-suggestion-actions">
                            <button
                              type="button"
                              className="button"
                              tabIndex={-1}
                              disabled={busy}
                              onClick={() => void act(suggestion, true)}
                            >
                              Accept
                            </button>
                            <button
                              type="button"
                              className="button"
                              tabIndex={-1}
                              disabled={busy}
                              onClick={() => void act(suggestion, false)}
                            >
                              Dismiss
                            </button>
                          </span>
                        </div>
                        <p className="story-suggestion-text">{suggestion.target.quote.exact}</p>
                        <p className="story-suggestion-reason">{suggestion.reason}</p>
                        {suggestion.sources.length > 0 && (
                          <p className="story-suggestion-sources">
                            Disagrees with:{' '}
                            {suggestion.sources
                              .map(
                                (source) =>
                                  `${letters.get(source.articleId) ?? ''} “${source.title}”`,
                              )
                              .join('; ')}
                          </p>
                        )}
                      </div>
                    </li>
                  )
                })}
              </ul>
            </div>
          )
        })}
      </div>
    </section>
  )
}
