import { useEffect, useId, useRef, useState } from 'react'
import type { ExportFormat, ExportOptions, RejectedTags } from '../../../shared/export/types'
import type { ExportPreview, ExportReport } from '../../../shared/export/export-request'
import { TAG_KINDS, type EditorRef, type TagKind } from '../../../shared/model/annotation'
import { useServices } from '../../app/service-context'
import type { ExportTarget } from '../../app/store/modules/modal'
import { FORMAT_CHOICES } from './export-formats'
import { PreviewPending } from './PreviewPending'
import { KIND_NAMES } from '../../../shared/model/tag-kinds'
import './export-dialog.css'

export type { ExportTarget }

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  target: ExportTarget
  onClose: () => void
}

type Phase =
  | { step: 'choosing' }
  | { step: 'exporting' }
  | { step: 'done'; report: ExportReport }
  | { step: 'failed'; message: string }

/** What the preview says when the picture of the first page came back empty or unreadable. */
const UNDRAWN = {
  kind: 'error',
  text: 'The preview could not be drawn. The export itself is not affected: export to see it.',
} as const

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item]
}

/** The recommended ClaimReview fields an export lacks, in plain words. */
function RecommendedList({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null
  return (
    <>
      <p>Recommended, and missing (the export can go ahead):</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </>
  )
}

/**
 * The export dialog (a modal `<dialog>`: focus stays inside, Escape closes): scope, format,
 * which editors and kinds, notes or not, rejected tags struck through or left out, the
 * publishable preset (ClaimReview's missing required fields listed in the preview, which then
 * holds the export back), a live preview of the saved state, then the native save
 * dialog; afterwards, where the files went and an offer to show them in their folder.
 */
export function ExportDialog({ target, onClose }: ExportDialogProps) {
  const { exports } = useServices()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [scope, setScope] = useState<'article' | 'library'>(
    target.articleId ? 'article' : 'library',
  )
  const [format, setFormat] = useState<ExportFormat>('html')
  const [kinds, setKinds] = useState<TagKind[]>([...TAG_KINDS])
  const [notes, setNotes] = useState(true)
  const [rejected, setRejected] = useState<RejectedTags>('mark')
  const [publishable, setPublishable] = useState(false)
  const [editors, setEditors] = useState<EditorRef[] | null>(null)
  const [excluded, setExcluded] = useState<string[]>([])
  const [preview, setPreview] = useState<ExportPreview | { kind: 'error'; text: string } | null>(
    null,
  )
  const [phase, setPhase] = useState<Phase>({ step: 'choosing' })
  const previewId = target.articleId ?? target.previewId
  const formatName = FORMAT_CHOICES.find((choice) => choice.format === format)?.name ?? format

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  useEffect(() => {
    if (!previewId) return
    let live = true
    exports.editorsOf(previewId).then(
      (found) => live && setEditors(found),
      () => live && setEditors([]),
    )
    return () => {
      live = false
    }
  }, [previewId, exports])

  const options: ExportOptions = {
    editors:
      editors && excluded.length > 0
        ? editors.map((e) => e.id).filter((id) => !excluded.includes(id))
        : [],
    kinds: kinds.length === TAG_KINDS.length ? [] : kinds,
    notes,
    ...(rejected === 'omit' ? { rejected } : {}),
    ...(publishable ? { preset: 'publishable' as const } : {}),
  }
  const optionsKey = JSON.stringify(options)
  const nothingChosen =
    kinds.length === 0 ||
    (editors !== null && editors.length > 0 && excluded.length === editors.length)
  // A ClaimReview of this article lacking required fields cannot be exported yet.
  const blocked = scope === 'article' && preview?.kind === 'missing'

  useEffect(() => {
    if (!previewId || editors === null) return
    let live = true
    const timer = window.setTimeout(() => {
      setPreview(null)
      exports
        .preview({
          articleId: previewId,
          format,
          options: JSON.parse(optionsKey) as ExportOptions,
        })
        .then(
          (result) => live && setPreview(result),
          (error: Error) => live && setPreview({ kind: 'error', text: error.message }),
        )
    }, 200)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [previewId, format, optionsKey, editors, exports])

  async function runExport() {
    setPhase({ step: 'exporting' })
    try {
      const report = await exports.exportArticles({
        articleId: scope === 'article' ? target.articleId : null,
        format,
        options,
      })
      setPhase(report.canceled ? { step: 'choosing' } : { step: 'done', report })
    } catch (error) {
      setPhase({ step: 'failed', message: (error as Error).message })
    }
  }

  const busy = phase.step === 'exporting'

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault()
      }}
    >
      <form
        method="dialog"
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!busy && !nothingChosen && !blocked) void runExport()
        }}
      >
        <header className="export-head">
          <h2 id={titleId}>Export</h2>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Close
          </button>
        </header>
        <div className="export-body">
          <div className="export-options">
            {target.articleId && (
              <fieldset>
                <legend>What</legend>
                <label>
                  <input
                    type="radio"
                    name="scope"
                    checked={scope === 'article'}
                    onChange={() => setScope('article')}
                  />
                  This article
                </label>
                <label>
                  <input
                    type="radio"
                    name="scope"
                    checked={scope === 'library'}
                    onChange={() => setScope('library')}
                  />
                  The whole library, one file per article
                </label>
              </fieldset>
            )}
            <fieldset>
              <legend>Format</legend>
              {FORMAT_CHOICES.map((choice) => (
                <label key={choice.format} className="export-format">
                  <input
                    type="radio"
                    name="format"
                    value={choice.format}
                    checked={format === choice.format}
                    onChange={() => setFormat(choice.format)}
                  />
                  <span>
                    {choice.name}
                    <span className="export-hint">{choice.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Tags</legend>
              {TAG_KINDS.map((kind) => (
                <label key={kind}>
                  <input
                    type="checkbox"
                    checked={kinds.includes(kind)}
                    onChange={() => setKinds((current) => toggled(current, kind))}
                  />
                  {KIND_NAMES[kind]}
                </label>
              ))}
              <label>
                <input type="checkbox" checked={notes} onChange={() => setNotes(!notes)} />
                Notes and details
              </label>
            </fieldset>
            <fieldset>
              <legend>Review</legend>
              <label>
                <input
                  type="radio"
                  name="rejected"
                  checked={rejected === 'mark'}
                  disabled={publishable}
                  onChange={() => setRejected('mark')}
                />
                <span>
                  Rejected tags struck through
                  <span className="export-hint">Shown, marked as rejected.</span>
                </span>
              </label>
              <label>
                <input
                  type="radio"
                  name="rejected"
                  checked={rejected === 'omit' || publishable}
                  disabled={publishable}
                  onChange={() => setRejected('omit')}
                />
                Rejected tags left out
              </label>
              <label>
                <input
                  type="checkbox"
                  data-preset="publishable"
                  checked={publishable}
                  onChange={() => setPublishable(!publishable)}
                />
                <span>
                  Publishable copy
                  <span className="export-hint">Only tags accepted in review or not reviewed.</span>
                </span>
              </label>
            </fieldset>
            {editors && editors.length > 0 && (
              <fieldset>
                <legend>Editors</legend>
                {editors.map((editor) => (
                  <label key={editor.id}>
                    <input
                      type="checkbox"
                      checked={!excluded.includes(editor.id)}
                      onChange={() => setExcluded((current) => toggled(current, editor.id))}
                    />
                    {editor.name}
                  </label>
                ))}
              </fieldset>
            )}
          </div>
          <section
            className="export-preview"
            aria-label="Preview"
            aria-busy={preview === null}
            tabIndex={0}
          >
            {!previewId ? (
              <p className="muted">No article to preview.</p>
            ) : preview === null ? (
              <PreviewPending formatName={formatName} />
            ) : preview.kind === 'image' ? (
              <img
                src={preview.dataUrl}
                alt="The first page of the export"
                onLoad={(event) => {
                  if (event.currentTarget.naturalWidth === 0) setPreview(UNDRAWN)
                }}
                onError={() => setPreview(UNDRAWN)}
              />
            ) : preview.kind === 'error' ? (
              <p role="alert">{preview.text}</p>
            ) : preview.kind === 'missing' ? (
              <div className="export-problems" role="alert">
                <p>
                  <strong>This ClaimReview cannot be exported yet.</strong> These required fields
                  are missing:
                </p>
                <ul>
                  {preview.missing.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
                <RecommendedList warnings={preview.warnings} />
              </div>
            ) : (
              <>
                {preview.warnings && preview.warnings.length > 0 && (
                  <div className="export-problems export-warnings">
                    <RecommendedList warnings={preview.warnings} />
                  </div>
                )}
                <pre tabIndex={0}>
                  {preview.text}
                  {preview.truncated ? '\n…' : ''}
                </pre>
              </>
            )}
          </section>
        </div>
        <footer className="export-foot">
          <div className="export-status" role="status" aria-live="polite">
            {phase.step === 'exporting' && 'Exporting…'}
            {phase.step === 'failed' && <span className="export-error">{phase.message}</span>}
            {phase.step === 'done' && (
              <>
                {phase.report.paths.length === 1
                  ? 'Exported to '
                  : `Exported ${phase.report.paths.length} files, the first to `}
                <code>{phase.report.paths[0]}</code>.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const first = phase.report.paths[0]
                    if (first) void exports.reveal(first)
                  }}
                >
                  Show in folder
                </button>
              </>
            )}
            {nothingChosen &&
              phase.step === 'choosing' &&
              'Choose at least one kind and one editor.'}
            {blocked &&
              !nothingChosen &&
              phase.step === 'choosing' &&
              'Fill in the missing fields listed in the preview first.'}
          </div>
          <button
            type="submit"
            className="button primary"
            disabled={busy || nothingChosen || blocked}
          >
            {scope === 'library' ? 'Export Library…' : 'Export…'}
          </button>
        </footer>
      </form>
    </dialog>
  )
}
