import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useServices } from '../../app/service-context'
import '../window/modal-sheet.css'
import '../identity/identity.css'

/** Props of {@link PackageExportDialog}. */
export interface PackageExportDialogProps {
  /** The open article, or null from the library. */
  articleId: string | null
  articleTitle: string | null
  editorName: string
  onClose: () => void
}

/**
 * Review > Export My Tags: the acting editor's tags on this article or on the whole library, as
 * a package file for another editor's Import Tags (or the `factmark package import` command).
 * Where to save is asked by the system's save dialog.
 */
export function PackageExportDialog({
  articleId,
  articleTitle,
  editorName,
  onClose,
}: PackageExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { exports } = useServices()
  const [scope, setScope] = useState<'article' | 'library'>(articleId ? 'article' : 'library')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setMessage(null)
    try {
      const report = await exports.exportPackage(scope === 'article' ? articleId : null)
      if (!report.canceled) setMessage({ error: false, text: `Saved ${report.paths[0] ?? ''}.` })
    } catch (failure) {
      setMessage({ error: true, text: (failure as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet identity-dialog package-export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form className="modal-sheet-form" onSubmit={(event) => void submit(event)}>
        <div className="modal-sheet-head">
          <h2 id={titleId}>Export My Tags</h2>
        </div>
        <div className="modal-sheet-body">
          <p>
            Saves the tags of <strong>{editorName}</strong> as a package file that another editor
            opens with Review › Import Tags. Their tags are never included.
          </p>
          <fieldset>
            <legend>Tags on</legend>
            {articleId && (
              <label className="identity-choice">
                <input
                  type="radio"
                  name="package-scope"
                  checked={scope === 'article'}
                  onChange={() => setScope('article')}
                />
                This article{articleTitle ? `: ${articleTitle}` : ''}
              </label>
            )}
            <label className="identity-choice">
              <input
                type="radio"
                name="package-scope"
                checked={scope === 'library'}
                onChange={() => setScope('library')}
              />
              The whole library
            </label>
          </fieldset>
        </div>
        <div className="modal-sheet-foot">
          <span
            role={message?.error ? 'alert' : 'status'}
            className={message?.error ? 'identity-status identity-error' : 'identity-status'}
          >
            {message?.text ?? ''}
          </span>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
          <button type="submit" className="button primary" disabled={busy} autoFocus>
            Export…
          </button>
        </div>
      </form>
    </dialog>
  )
}
