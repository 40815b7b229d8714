import { useEffect, useId, useRef, useState } from 'react'
import type { PackageArticleReport } from '../../../shared/exchange/import-report'
import type {
  PackageImportOutcome,
  UnsignedPackageQuestion,
} from '../../../shared/exchange/package-import-outcome'
import type { PackageImportReport } from '../../../shared/exchange/import-report'
import { useServices } from '../../app/service-context'
import '../window/modal-sheet.css'
import '../identity/identity.css'
import './package-trust.css'

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

type Imported = Extract<PackageImportOutcome, { report: PackageImportReport }>

type State =
  | { kind: 'choosing' }
  | { kind: 'asking'; fileName: string; question: UnsignedPackageQuestion; busy: boolean }
  | { kind: 'done'; outcome: Imported }
  | { kind: 'failed'; message: string }

/** Who signed the package just imported, and what the library now knows of their key. */
function SignerLine({ report }: { report: PackageImportReport }) {
  const trust = report.trust
  const name = report.author.name
  if (!trust) return null
  if (trust.status === 'unverified') {
    return (
      <p className="package-signer is-unverified">
        Not signed: nothing proves these are {name}’s. They are marked <strong>unverified</strong>.
      </p>
    )
  }
  return (
    <p className="package-signer">
      {trust.status === 'first-use'
        ? `Signed by a key new to this library. It is now remembered as ${name}’s: from now on, work under this name signed by another key is refused. Check its fingerprint with ${name}: `
        : `Signed by ${name}’s key, known since ${trust.since.slice(0, 10)}: `}
      <span className="package-fingerprint">{trust.fingerprint}</span>
    </p>
  )
}

/**
 * Review > Import Tags: the system's open dialog asks for another editor's package; it is merged
 * (only that editor's records change, never deleted without their own deletion), and this
 * dialog reports who signed it (with the key's fingerprint) and what happened to each article,
 * or why the package was refused (stale, damaged, forged, signed by another key than the one
 * known for its author, or your own). An unsigned package is first asked about: imported only
 * on the editor's confirmation, as unverified. Cancelling the open dialog closes this one.
 */
export function PackageImportDialog({ onClose }: PackageImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { imports } = useServices()
  const [state, setState] = useState<State>({ kind: 'choosing' })
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  const liveRef = useRef(true)

  const settle = (outcome: PackageImportOutcome) => {
    if (!liveRef.current) return
    if (outcome.canceled) {
      onCloseRef.current()
    } else if (outcome.report === null) {
      setState({
        kind: 'asking',
        fileName: outcome.fileName,
        question: outcome.unsigned,
        busy: false,
      })
    } else {
      // The main process announces the changed articles (tagsChanged): the views reload.
      setState({ kind: 'done', outcome })
    }
  }
  const fail = (failure: Error) =>
    liveRef.current && setState({ kind: 'failed', message: failure.message })

  useEffect(() => {
    liveRef.current = true
    imports.importPackage().then(settle, fail)
    return () => {
      liveRef.current = false
    }
  }, [])

  const confirmUnsigned = () => {
    if (state.kind !== 'asking' || state.busy) return
    setState({ ...state, busy: true })
    imports.confirmUnsignedPackage(state.question.token).then(settle, fail)
  }

  useEffect(() => {
    const dialog = dialogRef.current
    if (state.kind !== 'choosing' && dialog && !dialog.open) dialog.showModal()
    // showModal focuses the first button; the safe answer (OK, or Don't import) takes it.
    dialog?.querySelector<HTMLButtonElement>('.modal-sheet-foot .primary')?.focus()
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
        <div className="modal-sheet-head">
          <h2 id={titleId}>Import Tags</h2>
        </div>
        <div className="modal-sheet-body">
          {state.kind === 'asking' && (
            <p role="alert" className="package-unsigned-question">
              {state.fileName}: {state.question.message}
            </p>
          )}
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
              <SignerLine report={report} />
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
        <div className="modal-sheet-foot">
          {state.kind === 'asking' ? (
            <>
              <button
                type="button"
                className="button"
                onClick={confirmUnsigned}
                disabled={state.busy}
              >
                Import as unverified
              </button>
              <button type="submit" className="button primary" autoFocus>
                Don’t import
              </button>
            </>
          ) : (
            <button type="submit" className="button primary" autoFocus>
              OK
            </button>
          )}
        </div>
      </form>
    </dialog>
  )
}
