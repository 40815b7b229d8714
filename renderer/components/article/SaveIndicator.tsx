import type { SaveStatus } from '../../editor/autosave'

/** Props of {@link SaveIndicator}. */
export interface SaveIndicatorProps {
  status: SaveStatus
  onRetry: () => void
}

/** Shows whether the editor's work is saved, being saved, or could not be saved. */
export function SaveIndicator({ status, onRetry }: SaveIndicatorProps) {
  const text =
    status.kind === 'saved'
      ? 'All changes saved'
      : status.kind === 'pending'
        ? 'Unsaved changes'
        : status.kind === 'saving'
          ? 'Saving…'
          : `Not saved: ${status.message}`
  return (
    <span className={`save-state save-${status.kind}`} role="status" data-save-state={status.kind}>
      {text}
      {status.kind === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </span>
  )
}
