import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ArticleMeta, ArticleMetaEdit } from '../../../shared/model/article'
import '../window/modal-sheet.css'
import './import-offer-dialog.css'

/** Props of {@link ImportDetailsDialog}. */
export interface ImportDetailsDialogProps {
  /** The article just imported whose outlet or date the file did not give. */
  article: ArticleMeta
  /** How many articles (this one included) wait for their details. */
  waiting: number
  /** Saves the details given (nothing when skipped); the dialog then asks about the next one. */
  onDone: (id: string, changes: ArticleMetaEdit) => Promise<void>
}

/**
 * The import's last step for a text article whose file named no outlet or date (no front matter,
 * byline or dateline): asks for them, keyboard first. A panel (a labelled region, not a
 * `<dialog>`: the library's keys stay live) under the notices that takes the focus (its first
 * empty field) but neither covers nor blocks the window, so that the import can be checked
 * meanwhile; Enter saves, Escape skips (the details can be given later).
 */
export function ImportDetailsDialog({ article, waiting, onDone }: ImportDetailsDialogProps) {
  const outletRef = useRef<HTMLInputElement>(null)
  const dateRef = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const [outlet, setOutlet] = useState(article.outlet)
  const [published, setPublished] = useState(article.published ?? '')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    // The first empty field takes the focus once, when the panel appears.
    ;(article.outlet.trim() === '' ? outletRef : dateRef).current?.focus()
  }, [])

  useEffect(() => {
    setOutlet(article.outlet)
    setPublished(article.published ?? '')
  }, [article])

  const finish = async (changes: ArticleMetaEdit) => {
    if (busy) return
    setBusy(true)
    try {
      await onDone(article.id, changes)
    } finally {
      setBusy(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const changes: ArticleMetaEdit = {}
    if (outlet.trim() !== article.outlet) changes.outlet = outlet.trim()
    if (published !== (article.published ?? '')) changes.published = published || null
    void finish(changes)
  }

  const missing = [
    article.outlet.trim() === '' ? 'outlet' : null,
    article.published === null ? 'date' : null,
  ].filter(Boolean)
  return (
    <section
      className="modal-sheet import-offer import-details"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        void finish({})
      }}
    >
      <form className="modal-sheet-form" onSubmit={submit}>
        <header className="modal-sheet-head">
          <h2 id={titleId}>Where and when was it published?</h2>
          {waiting > 1 && <span className="import-offer-count">{`1 of ${waiting} articles`}</span>}
        </header>
        <div className="modal-sheet-body" id={descriptionId}>
          <p>
            <cite>“{article.title}”</cite>{' '}
            <span className="import-offer-file">({article.sourceName})</span> names no{' '}
            {missing.join(' or ')}. Give {missing.length > 1 ? 'them' : 'it'} so the library tells
            this report from the others.
          </p>
          <div className="import-details-fields">
            <label className="meta-field">
              <span className="meta-label">Outlet</span>
              <input
                type="text"
                value={outlet}
                maxLength={200}
                placeholder="e.g. Reuters"
                ref={outletRef}
                onChange={(event) => setOutlet(event.target.value)}
              />
            </label>
            <label className="meta-field">
              <span className="meta-label">Date published</span>
              <input
                type="date"
                value={published}
                ref={dateRef}
                onChange={(event) => setPublished(event.target.value)}
              />
            </label>
          </div>
          <p className="import-offer-hint">
            Enter saves, Escape skips; both can be changed later in the article’s details.
          </p>
        </div>
        <footer className="modal-sheet-foot">
          <button type="button" className="button" disabled={busy} onClick={() => void finish({})}>
            Skip
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            Save
          </button>
        </footer>
      </form>
    </section>
  )
}
