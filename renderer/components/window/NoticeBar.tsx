import { useId } from 'react'
import type { NoticeEntry } from '../../app/store/modules/notices'
import { ErrorDetails } from './ErrorDetails'

/** Props of {@link NoticeBar}. */
export interface NoticeBarProps {
  /** The notices to show (at most two, of the shown view: see `shownNotices`). */
  notices: readonly NoticeEntry[]
  onDismiss: (id: number) => void
}

/** What a notice's level reads as. */
export const NOTICE_LABELS: Readonly<Record<NoticeEntry['level'], string>> = {
  info: 'Done',
  warning: 'Warning',
  error: 'Error',
}

/**
 * Messages for the editor (imports, recoveries, errors), each dismissible, in the flow above the
 * view (never over its toolbar). Errors are alerts, the rest polite status messages; each Dismiss
 * button is described by its message, so a screen reader tells the buttons apart. Success notices
 * fade by themselves (the notices slice's timers); older ones are in the history.
 */
export function NoticeBar({ notices, onDismiss }: NoticeBarProps) {
  const idPrefix = useId()
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <span className="notice-label">{NOTICE_LABELS[notice.level]}</span>
          <span className="notice-message" id={`${idPrefix}-${notice.id}`}>
            {notice.message}
            <ErrorDetails details={notice.details} />
          </span>
          <button
            type="button"
            className="notice-dismiss"
            aria-describedby={`${idPrefix}-${notice.id}`}
            onClick={() => onDismiss(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
