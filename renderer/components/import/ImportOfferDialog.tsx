import { useEffect, useId, useRef, useState } from 'react'
import type { ImportOffer, ImportOfferAction } from '../../../shared/import/import-report'
import '../window/modal-sheet.css'
import './import-offer-dialog.css'

/** Props of {@link ImportOfferDialog}. */
export interface ImportOfferDialogProps {
  /** The offers waiting, oldest first; the dialog asks about the first. */
  offers: readonly ImportOffer[]
  /**
   * Carries out the answer (the import service): the offer is then dropped, whether it worked or
   * not, and what it imported or why it failed is shown as notices.
   */
  onAnswer: (offer: ImportOffer, action: ImportOfferAction) => Promise<void>
}

const REASONS = {
  'same-url': 'it has the same web address',
  'same-title': 'it has the same headline and outlet',
} as const

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** The buttons of an offer, the safe choice (Skip) first, the suggested one last. */
function choicesOf(offer: ImportOffer): { action: ImportOfferAction; label: string }[] {
  if (offer.kind === 'encoding') {
    return [
      { action: 'skip', label: 'Skip' },
      { action: 'windows-1252', label: 'Read as Windows-1252' },
    ]
  }
  return [
    { action: 'skip', label: 'Skip' },
    { action: 'add', label: 'Import as a new article' },
    { action: 'update', label: 'Update' },
  ]
}

/**
 * Asks the editor about a file an import could not simply bring in, one offer at a time: a file
 * that is not valid UTF-8 (read it as Windows-1252, with a preview of what that gives, or skip
 * it), or a newer version of an article in the library (update that article, keeping its tags;
 * import it as a new article; or skip it). The answer goes to main with the offer's token only.
 * Escape skips the offer shown.
 */
export function ImportOfferDialog({ offers, onAnswer }: ImportOfferDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const [busy, setBusy] = useState(false)
  const offer = offers[0]

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  if (!offer) return null

  const answer = async (action: ImportOfferAction) => {
    if (busy) return
    setBusy(true)
    try {
      await onAnswer(offer, action)
    } finally {
      setBusy(false)
    }
  }

  const choices = choicesOf(offer)
  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet import-offer"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        event.preventDefault()
        void answer('skip')
      }}
    >
      <form
        method="dialog"
        className="modal-sheet-form"
        onSubmit={(event) => event.preventDefault()}
      >
        <header className="modal-sheet-head">
          <h2 id={titleId}>
            {offer.kind === 'encoding' ? 'Not UTF-8 text' : 'A newer version of an article'}
          </h2>
          {offers.length > 1 && (
            <span className="import-offer-count">{`1 of ${offers.length} questions`}</span>
          )}
        </header>
        <div className="modal-sheet-body" id={descriptionId}>
          {offer.kind === 'encoding' ? (
            <>
              <p>
                <strong className="import-offer-file">{offer.file}</strong> is not valid UTF-8 text.
                It may have been saved as Windows-1252, as older Word and Windows programs do.
              </p>
              <p className="import-offer-label">Read as Windows-1252, it begins:</p>
              <blockquote className="import-offer-preview">
                {offer.preview || '(no text)'}
              </blockquote>
              <p className="import-offer-hint">
                If the quotes and accents look right, read it as Windows-1252; otherwise skip it and
                save the file as UTF-8 first.
              </p>
            </>
          ) : (
            <>
              <p>
                <strong className="import-offer-file">{offer.file}</strong> looks like a newer
                version of <cite>“{offer.existing.title}”</cite>, which is in the library:{' '}
                {REASONS[offer.reason]}, but a different text.
              </p>
              {offer.title !== offer.existing.title && (
                <p className="import-offer-label">
                  New headline: <cite>“{offer.title}”</cite>
                </p>
              )}
              <p className="import-offer-hint">
                <strong>Update</strong> replaces its text and details and keeps its{' '}
                {plural(offer.existing.tagCount, 'tag')}; tags whose text changed are marked for
                review when you open it.
              </p>
            </>
          )}
        </div>
        <footer className="modal-sheet-foot">
          {choices.map((choice, index) => (
            <button
              key={choice.action}
              type="button"
              className={index === choices.length - 1 ? 'button primary' : 'button'}
              disabled={busy}
              autoFocus={index === choices.length - 1}
              onClick={() => void answer(choice.action)}
            >
              {choice.label}
            </button>
          ))}
        </footer>
      </form>
    </dialog>
  )
}
