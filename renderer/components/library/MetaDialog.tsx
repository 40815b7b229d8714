import { useEffect, useId, useRef } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import { MetaForm } from '../article/MetaForm'
import '../window/modal-sheet.css'

/** Props of {@link MetaDialog}. */
export interface MetaDialogProps {
  article: ArticleMeta
  /** Told after each save (the library's copy is updated by the service). */
  onSaved?: (meta: ArticleMeta) => void
  onClose: () => void
}

/**
 * The article's details (title, outlet, date, reviewed) edited from the library: the article
 * view's {@link MetaForm} in a modal dialog. Each field is saved when it is left; Done closes.
 */
export function MetaDialog({ article, onSaved, onClose }: MetaDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet meta-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <div className="modal-sheet-head">
        <h2 id={titleId}>Article details</h2>
      </div>
      <div className="modal-sheet-body">
        <MetaForm article={article} onSaved={onSaved} />
      </div>
      <form method="dialog" className="modal-sheet-foot">
        <button
          type="submit"
          className="button primary"
          // Leaving a field saves it: the button takes the focus first, so the last edit is kept.
          onMouseDown={(event) => event.currentTarget.focus()}
        >
          Done
        </button>
      </form>
    </dialog>
  )
}
