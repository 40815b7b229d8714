import { useState } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import { useServices } from '../../app/service-context'

/** Props of {@link ReviewToggle}. */
export interface ReviewToggleProps {
  article: ArticleMeta
  /** Told after the mark is saved (the library's copy is updated by the service). */
  onSaved?: (meta: ArticleMeta) => void
  /** Reports a failure (the button itself shows none). */
  onError: (message: string) => void
  /** Smaller, for a library row. */
  compact?: boolean
  /** The button's tab index (a library row's roving tab stop); default in the tab order. */
  tabIndex?: number
}

/**
 * “Mark reviewed”: a toggle button that records when the article was reviewed (or clears it),
 * through `updateArticleMeta`. Pressed while the article is reviewed.
 */
export function ReviewToggle({
  article,
  onSaved,
  onError,
  compact = false,
  tabIndex,
}: ReviewToggleProps) {
  const { library } = useServices()
  const [busy, setBusy] = useState(false)
  const reviewed = Boolean(article.reviewedAt)
  const toggle = async () => {
    setBusy(true)
    try {
      const reviewedAt = reviewed ? null : new Date().toISOString()
      const meta = await library.updateMeta(article.id, { reviewedAt })
      onSaved?.(meta)
    } catch (error) {
      onError((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <button
      type="button"
      className={`button review-toggle${compact ? ' compact' : ''}${reviewed ? ' is-reviewed' : ''}`}
      aria-pressed={reviewed}
      disabled={busy}
      tabIndex={tabIndex}
      title={reviewed ? 'Reviewed — press to clear the mark' : 'Mark this article reviewed'}
      aria-label={
        compact ? `${reviewed ? 'Reviewed' : 'Mark reviewed'}: “${article.title}”` : undefined
      }
      onClick={() => void toggle()}
    >
      {compact ? (
        // An action, not a status: the label says what pressing it does until it is pressed.
        reviewed ? (
          <>
            <span aria-hidden="true" className="review-mark">
              ✓
            </span>{' '}
            Reviewed
          </>
        ) : (
          'Mark reviewed'
        )
      ) : reviewed ? (
        '✓ Reviewed'
      ) : (
        'Mark reviewed'
      )}
    </button>
  )
}
