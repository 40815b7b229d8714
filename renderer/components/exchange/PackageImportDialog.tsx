import { useEffect, useId, useRef, useState } from 'react'
import type { PackageArticleReport } from '../../../shared/exchange/import-report'
import type { PackageImportOutcome } from '../../../shared/exchange/package-import-outcome'
import { useServices } from '../../app/service-context'
import '../window/modal-sheet.css'
import '../identity/identity.css'

/** Props of {@link PackageImportDialog}. */
export interface PackageImportDialogProps {
  onClose: () => void
}

/** What happened to one article, in words. */
export function articleOutcome(article: PackageArticleReport): string {
  if (article.status === 'skipped') return 'Not in your library: skipped'
  const changes = [
    article.added > 0 ? `${article.added} added` : '',
    article.updated > 0 ? `${article.updated} changed` : '',
    article.deleted > 0 ? `${article.deleted} removed` : '',
  ].filter(Boolean)
  const notes = [
    article.clashes > 0 ? `${article.clashes} left alone (id used by another editor)` : '',
    article.textChanged ? 'the text differs: tags placed by their quotes' : '',
  ].filter(Boolean)
  const head =
    changes.length > 0
      ? changes.join(', ')
      : article.unchanged > 0
        ? 'Already up to date (nothing newer)'
        : 'Nothing to import'
  return notes.length > 0 ? `${head}; ${notes.join('; ')}` : head
}

type State =
  | { kind: 'choosing' }
  | { kind: 'done'; outcome: Extract<PackageImportOutcome, { canceled: false }> }
  | { kind: 'failed'; message: string }

/**
 * Review > Import Tags: the system's open dialog asks for another editor's package; it is merged
 * (only that editor's records change, never deleted without their own deletion), and this
 * dialog reports what happened to each article, or why the package was refused (stale, damaged,
 * forged, or your own). Cancelling the open dialog closes this one.
 */
export function PackageImportDialog({ onClose }: PackageImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { imports } = useServices()
  const [state, setState] = useState<State>({ kind: 'choosing' })
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    let live = true
    imports.importPackage().then(
      (outcome) => {
        if (!live) return
        if (outcome.canceled) {
          onCloseRef.current()
          return
        }
        // The main process announces the changed articles (tagsChanged): the views reload.
        setState({ kind: 'done', outcome })
      },
      (failure: Error) => live && setState({ kind: 'failed', message: failure.message }),
    )
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    const dialog = dialogRef.current
    if (state.kind !== 'choosing' && dialog && !dialog.open) dialog.showModal()
  }, [state.kind])

  if (state.kind === 'choosing') return null
  const report = state.kind === 'done' ? state.outcome.report : null
  const changed = report?.articles.filter(
    (article) => article.added + article.updated + article.deleted > 0,
  ).length

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet identity-dialog package-import-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form method="dialog" className="modal-sheet-form">
        <header className="modal-sheet-head">
          <h2 id={titleId}>Import Tags</h2>
        </header>
        <div className="modal-sheet-body">
          {state.kind === 'failed' && (
            <p role="alert" className="identity-error">
              Nothing was imported. {state.message}
            </p>
          )}
          {state.kind === 'done' && report && (
            <>
              <p role="status">
                {state.outcome.fileName}: tags by <strong>{report.author.name}</strong>.{' '}
                {changed === 0
                  ? 'Your library already had all of them.'
                  : `${changed} article${changed === 1 ? '' : 's'} changed.`}
              </p>
              <table className="package-report">
                <thead>
                  <tr>
                    <th scope="col">Article</th>
                    <th scope="col">What happened</th>
                  </tr>
                </thead>
                <tbody>
                  {report.articles.map((article) => (
                    <tr
                      key={article.articleId}
                      className={article.status === 'skipped' ? 'skipped' : undefined}
                    >
                      <td>{article.title}</td>
                      <td>{articleOutcome(article)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
        <footer className="modal-sheet-foot">
          <button type="submit" className="button primary" autoFocus>
            OK
          </button>
        </footer>
      </form>
    </dialog>
  )
}
