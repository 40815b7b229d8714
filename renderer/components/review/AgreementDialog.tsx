import { useEffect, useId, useRef, useState } from 'react'
import type { AgreementView } from '../../../shared/review/agreement-view'
import type { AgreementFigures } from '../../../shared/review/agreement-report'
import {
  agreementReading,
  type AgreementCoefficient,
} from '../../../shared/review/agreement-reading'
import { useAppState, useServices } from '../../app/service-context'
import './agreement-dialog.css'

/** Props of {@link AgreementDialog}. */
export interface AgreementDialogProps {
  /** The open article, or null when opened from the library. */
  articleId: string | null
  onClose: () => void
}

function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`
}

function coefficient(value: number | null): string {
  return value === null ? '–' : value.toFixed(3)
}

/** A coefficient with its usual reading beside it ("0.512 moderate"). */
function CoefficientCell({ which, value }: { which: AgreementCoefficient; value: number | null }) {
  const reading = agreementReading(which, value)
  return (
    <td className="number" title={reading ? `Reading after ${reading.scale}` : undefined}>
      {coefficient(value)}
      {reading && <span className="agreement-reading"> {reading.label}</span>}
    </td>
  )
}

function FiguresCells({ figures }: { figures: AgreementFigures }) {
  return (
    <>
      <td className="number">
        {figures.pairedUnits} / {figures.units}
      </td>
      <td className="number">{figures.conflicts}</td>
      <td className="number">{figures.gaps}</td>
      <td className="number">{percent(figures.percentAgreement)}</td>
      <CoefficientCell which="kappa" value={figures.kappa} />
      <CoefficientCell which="alpha" value={figures.alpha} />
    </>
  )
}

/** What the figures count, in the words review mode uses. */
function Definitions() {
  return (
    <div className="agreement-definitions">
      <p>
        <strong>Conflicts</strong> are sentences two editors tagged with different kinds;{' '}
        <strong>gaps</strong> are sentences tagged by some editors and not by others. Review mode
        counts them the same way. <strong>Agreement</strong>, κ and α count every sentence both
        editors read, so two editors who both left a sentence untagged agree on it.
      </p>
      <p>
        Readings: κ after Landis &amp; Koch (slight below 0.2, fair below 0.4, moderate below 0.6,
        substantial below 0.8, then almost perfect); α after Krippendorff (unreliable below 0.667,
        tentative below 0.8, then reliable).
      </p>
    </div>
  )
}

/**
 * Agreement between editors, sentence by sentence (a modal `<dialog>`): pick the editors, then
 * per article and for the library the conflicts and coverage gaps (review mode's counts), percent
 * agreement, Cohen's kappa (two editors) and Krippendorff's alpha with their usual readings, the
 * definitions used, the confusion matrix of two editors, and CSV exports of both.
 */
export function AgreementDialog({ articleId, onClose }: AgreementDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [scope, setScope] = useState<'article' | 'library'>(articleId ? 'article' : 'library')
  const [chosen, setChosen] = useState<string[] | null>(null)
  const [view, setView] = useState<AgreementView | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const target = scope === 'article' ? articleId : null
  const chosenKey = JSON.stringify(chosen)
  /** Bumped when other editors' tags come in (team folder): the figures are computed again. */
  const { review } = useServices()
  const incoming = useAppState((state) => state.library.tagsRevision)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  useEffect(() => {
    let live = true
    setView(null)
    review
      .agreement({
        articleId: target,
        editorIds: (JSON.parse(chosenKey) as string[] | null) ?? [],
      })
      .then(
        (result) => live && setView(result),
        (error: Error) => live && setMessage(error.message),
      )
    return () => {
      live = false
    }
  }, [target, chosenKey, incoming, review])

  async function exportCsv(which: 'summary' | 'confusion') {
    try {
      const report = await review.exportAgreement({
        articleId: target,
        editorIds: chosen ?? [],
        which,
      })
      if (!report.canceled) setMessage(`Saved ${report.paths[0] ?? ''}.`)
    } catch (error) {
      setMessage((error as Error).message)
    }
  }

  const report = view?.report
  const compared = new Set(report?.editors.map((editor) => editor.id) ?? [])
  const confusion = scope === 'article' ? report?.articles[0]?.confusion : report?.library.confusion

  return (
    <dialog
      ref={dialogRef}
      className="agreement-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="agreement-head">
        <h2 id={titleId}>Agreement</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="agreement-body">
        <div className="agreement-choices">
          {articleId && (
            <fieldset>
              <legend>Sentences of</legend>
              <label>
                <input
                  type="radio"
                  name="agreement-scope"
                  checked={scope === 'article'}
                  onChange={() => setScope('article')}
                />
                This article
              </label>
              <label>
                <input
                  type="radio"
                  name="agreement-scope"
                  checked={scope === 'library'}
                  onChange={() => setScope('library')}
                />
                The whole library
              </label>
            </fieldset>
          )}
          <fieldset>
            <legend>Editors compared</legend>
            {view?.editors.length === 0 && <p className="muted">Nobody has tagged yet.</p>}
            {view?.editors.map((editor) => (
              <label key={editor.id}>
                <input
                  type="checkbox"
                  checked={compared.has(editor.id)}
                  onChange={() => {
                    const next = compared.has(editor.id)
                      ? [...compared].filter((id) => id !== editor.id)
                      : [...compared, editor.id]
                    setChosen(next.length > 0 ? next : [editor.id])
                  }}
                />
                {editor.name}
              </label>
            ))}
          </fieldset>
        </div>
        <section className="agreement-figures" aria-label="Figures" aria-busy={view === null}>
          {report === undefined ? (
            <p className="muted">Comparing…</p>
          ) : report.editors.length < 2 ? (
            <p>
              Agreement needs the tags of two editors
              {report.editors.length === 1
                ? `; only ${report.editors[0]?.name} has tagged here`
                : ''}
              .
            </p>
          ) : (
            <>
              <table className="agreement-table">
                <caption className="visually-hidden">Agreement per article</caption>
                <thead>
                  <tr>
                    <th scope="col">Article</th>
                    <th
                      scope="col"
                      className="number"
                      title="Sentences coded by two editors or more, of all"
                    >
                      Sentences
                    </th>
                    <th
                      scope="col"
                      className="number"
                      title="Sentences two editors tagged with different kinds"
                    >
                      Conflicts
                    </th>
                    <th
                      scope="col"
                      className="number"
                      title="Sentences tagged by some editors, not by others"
                    >
                      Gaps
                    </th>
                    <th scope="col" className="number">
                      Agreement
                    </th>
                    <th scope="col" className="number" title="Cohen's kappa (two editors)">
                      κ
                    </th>
                    <th scope="col" className="number" title="Krippendorff's alpha (nominal)">
                      α
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.articles.map((article) => (
                    <tr key={article.id}>
                      <th scope="row">{article.title}</th>
                      <FiguresCells figures={article} />
                    </tr>
                  ))}
                </tbody>
                {scope === 'library' && (
                  <tfoot>
                    <tr>
                      <th scope="row">Library</th>
                      <FiguresCells figures={report.library} />
                    </tr>
                  </tfoot>
                )}
              </table>
              <Definitions />
              {confusion && (
                <table className="confusion-table">
                  <caption>
                    Rows: {confusion.rows.name} · columns: {confusion.columns.name}
                  </caption>
                  <thead>
                    <tr>
                      <td />
                      {confusion.labels.map((label) => (
                        <th scope="col" key={label}>
                          {label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {confusion.counts.map((row, index) => (
                      <tr key={confusion.labels[index]}>
                        <th scope="row">{confusion.labels[index]}</th>
                        {row.map((count, column) => (
                          <td
                            key={confusion.labels[column]}
                            className={`number${column === index ? ' diagonal' : count > 0 ? ' off-diagonal' : ''}`}
                          >
                            {count}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </section>
      </div>
      <footer className="agreement-foot">
        <div role="status" aria-live="polite" className="agreement-status">
          {message}
        </div>
        <button
          type="button"
          className="button"
          disabled={!confusion}
          onClick={() => void exportCsv('confusion')}
        >
          Export Matrix CSV…
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!report || report.editors.length < 2}
          onClick={() => void exportCsv('summary')}
        >
          Export CSV…
        </button>
      </footer>
    </dialog>
  )
}
