import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { ImportProgress } from '../../../shared/import/import-report'
import './import-progress.css'

/** What {@link ImportProgressPanel} shows and what its Cancel button does. */
export interface ImportProgressPanelProps {
  progress: ImportProgress
  /** Stops the import: the files already added stay, the one being read is dropped. */
  onCancel: () => void
}

/** How much of the whole import is done, from 0 to 1. */
function fractionDone({ done, total, part }: ImportProgress): number {
  if (total <= 0) return 0
  return Math.min(1, (done + Math.min(1, Math.max(0, part ?? 0))) / total)
}

/** The line that names the file being read and where it stands among the files. */
function statusLine(progress: ImportProgress): string {
  const name = progress.file ? `“${progress.file}”` : 'files'
  if (progress.total <= 1) return `Importing ${name}…`
  return `Importing ${name} (file ${Math.min(progress.done + 1, progress.total)} of ${progress.total})…`
}

/**
 * The bar shown while an import runs: which file is being read, how far the whole import has
 * come (within a big file too), and a Cancel button. It takes the focus when it appears (the
 * editor started the import), so Escape or Enter cancels at once, and gives it back when it goes.
 * Cancelling keeps the files already added; the one being read is dropped, nothing of it written.
 */
export function ImportProgressPanel({ progress, onCancel }: ImportProgressPanelProps) {
  const [cancelling, setCancelling] = useState(false)
  const cancelButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const before = document.activeElement
    cancelButton.current?.focus()
    return () => {
      // Back where the editor was, unless they have moved on (or it is gone).
      const now = document.activeElement
      const wandered = now !== null && now !== document.body && now !== cancelButton.current
      if (!wandered && before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [])

  const cancel = () => {
    if (cancelling) return
    setCancelling(true)
    onCancel()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    cancel()
  }
  const percent = Math.floor(fractionDone(progress) * 100)

  return (
    <section className="import-progress" aria-label="Import" onKeyDown={onKeyDown}>
      <p className="import-progress-status" role="status">
        {cancelling
          ? 'Cancelling the import… the files already imported stay in the library.'
          : statusLine(progress)}
      </p>
      <progress
        className="import-progress-bar"
        max={100}
        value={percent}
        aria-label="Import progress"
        aria-valuetext={`${percent}%`}
      />
      <span className="import-progress-percent" aria-hidden="true">
        {percent}%
      </span>
      <button
        ref={cancelButton}
        type="button"
        className="button"
        onClick={cancel}
        disabled={cancelling}
        aria-keyshortcuts="Escape"
      >
        Cancel
      </button>
    </section>
  )
}
