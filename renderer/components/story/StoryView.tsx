import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { StoryView as StoryViewData } from '../../../shared/story/story-view'
import type { TagSuggestion } from '../../../shared/story/tag-suggestions'
import { useAppState, useServices } from '../../app/service-context'
import { EvidencePicker } from '../fact-check/EvidencePicker'
import type { StoryTarget } from '../../app/store/modules/story'
import { articleLetters } from './story-letters'
import { StoryNumbers } from './StoryNumbers'
import { StoryQuotes } from './StoryQuotes'
import { StoryRoles } from './StoryRoles'
import { StorySuggestions } from './StorySuggestions'
import './story-view.css'

export type { StoryTarget }

/** Props of {@link StoryView}. */
export interface StoryViewProps {
  target: StoryTarget
  /** Back to the library (the Back button, or Escape). */
  onBack: () => void
  /** Opens one of the story's articles. */
  onOpenArticle: (id: string) => void
  /** Called after a suggestion became a tag (the library's counts changed). */
  onTagged?: () => void
}

/**
 * The story view: how several outlets told the same story. The articles as lettered columns, then
 * the Quotes (each quotation's versions side by side with a word diff and speakers), the Numbers
 * (a matrix of what is counted by article, conflicts flagged), the Roles (how the articles name
 * people's roles, passages side by side, conflicts flagged) and the Suggested tags to accept or
 * dismiss. Escape or the Back button returns to the library.
 */
export function StoryView({ target, onBack, onOpenArticle, onTagged }: StoryViewProps) {
  const { story, factCheck } = useServices()
  const evidenceTarget = useAppState((state) => state.factCheck.evidenceTarget)
  const [view, setView] = useState<StoryViewData | null>(null)
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  const load = useCallback(async () => {
    try {
      setView(await story.view(target))
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [target, story])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    heading.current?.focus()
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (document.querySelector('dialog[open]')) return
      const field = event.target
      if (field instanceof HTMLElement && field.matches('input, textarea, select')) return
      event.preventDefault()
      onBack()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onBack])

  const letters = useMemo(() => articleLetters(target.articleIds), [target.articleIds])

  const accept = async (suggestion: TagSuggestion) => {
    await story.accept(target, suggestion)
    setView((current) =>
      current
        ? {
            ...current,
            suggestions: current.suggestions.filter((other) => other !== suggestion),
          }
        : current,
    )
    onTagged?.()
  }

  const dismiss = async (suggestion: TagSuggestion) => {
    await story.dismiss(target, suggestion)
    setView((current) =>
      current
        ? {
            ...current,
            suggestions: current.suggestions.filter((other) => other !== suggestion),
            dismissedCount: current.dismissedCount + 1,
          }
        : current,
    )
  }

  return (
    <section className="story-view" aria-labelledby="story-heading">
      <div className="story-head">
        <button type="button" className="button" onClick={onBack} aria-keyshortcuts="Escape">
          ← Library
        </button>
        <h1 id="story-heading" ref={heading} tabIndex={-1}>
          {target.name}
        </h1>
        <span className="muted">Story view · {target.articleIds.length} articles</span>
      </div>
      {error && (
        <p className="story-error" role="alert">
          {error}
        </p>
      )}
      {!view && !error && <p className="loading">Comparing the articles…</p>}
      {view && (
        <>
          <ol className="story-articles" aria-label="Articles in this story">
            {view.articles.map((article) => (
              <li key={article.id} data-article-id={article.id}>
                <span className="story-letter" aria-hidden="true">
                  {letters.get(article.id)}
                </span>
                <span className="story-article-title">
                  <span className="visually-hidden">Article {letters.get(article.id)}: </span>
                  {article.title}
                  {article.outlet && <span className="muted"> · {article.outlet}</span>}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenArticle(article.id)}
                  aria-label={`Open ${article.title}`}
                >
                  Open
                </button>
              </li>
            ))}
          </ol>
          {evidenceTarget && (
            <EvidencePicker
              target={evidenceTarget}
              view={view}
              letters={letters}
              onAdd={(passage) => void factCheck.addEvidence(evidenceTarget, passage)}
              onCancel={() => factCheck.cancelEvidence()}
            />
          )}
          <StoryQuotes quotes={view.quotes} articles={view.articles} letters={letters} />
          <StoryNumbers numbers={view.numbers} articles={view.articles} letters={letters} />
          <StoryRoles roles={view.roles ?? []} articles={view.articles} letters={letters} />
          <StorySuggestions
            suggestions={view.suggestions}
            articles={view.articles}
            letters={letters}
            dismissedCount={view.dismissedCount}
            onAccept={accept}
            onDismiss={dismiss}
            onOpenArticle={onOpenArticle}
          />
        </>
      )}
    </section>
  )
}
