import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { articleStatus, STATUS_LABELS } from '../../../shared/library/article-status'
import type { ArticleMeta } from '../../../shared/model/article'
import { useAppState } from '../../app/service-context'
import { formatDate } from '../library/format'
import { MetaForm } from './MetaForm'

/** Props of {@link DetailsLine}. */
export interface DetailsLineProps {
  article: ArticleMeta
  /** Told after each save of the details. */
  onSaved?: (meta: ArticleMeta) => void
}

/**
 * The one line the details collapse into: outlet · date · status (the status for the acting
 * editor `editorId`: another editor's tags are not their progress).
 */
export function detailsSummary(article: ArticleMeta, editorId: string | null = null): string {
  return [
    article.outlet.trim() || 'Unknown outlet',
    article.published ? formatDate(article.published) : 'No date',
    STATUS_LABELS[articleStatus(article, editorId)],
  ].join(' · ')
}

/**
 * The article's details folded into one line above the text (outlet · date · status), so that
 * the text starts near the top of the window; the line is a disclosure button that opens the
 * editable details (title, outlet, date, the review mark). Escape in the open details folds them
 * and gives the focus back to the line.
 */
export function DetailsLine({ article, onSaved }: DetailsLineProps) {
  const editorId = useAppState((state) => state.identity.settings?.editor.id ?? null)
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    // A field being left saves itself on blur; the button takes the focus first.
    toggle.current?.focus()
    setOpen(false)
  }
  return (
    <div className={`details-line${open ? ' is-open' : ''}`}>
      <button
        ref={toggle}
        type="button"
        className="details-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
      >
        <span className="details-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="details-summary">{detailsSummary(article, editorId)}</span>
        <span className="details-action">{open ? 'Hide details' : 'Edit details'}</span>
      </button>
      <div id={panelId} hidden={!open} onKeyDown={close}>
        {open && <MetaForm article={article} onSaved={onSaved} />}
      </div>
    </div>
  )
}
