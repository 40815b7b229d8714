import { useId } from 'react'
import type { Notice } from '../../../shared/model/notice'
import { ErrorDetails } from './ErrorDetails'

/** Props of {@link NoticeBar}. */
export interface NoticeBarProps {
  notices: readonly Notice[]
  onDismiss: (index: number) => void
}

/**
 * Messages for the editor (imports, recoveries, errors), each dismissible. Errors are alerts, the
 * rest polite status messages; each Dismiss button is described by its message, so a screen
 * reader tells the buttons apart.
 */
export function NoticeBar({ notices, onDismiss }: NoticeBarProps) {
  const idPrefix = useId()
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div
          key={`${index}-${notice.message}`}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <span className="notice-label">{notice.level === 'info' ? 'Done' : notice.level}</span>
          <span className="notice-message" id={`${idPrefix}-${index}`}>
            {notice.message}
            <ErrorDetails details={notice.details} />
          </span>
          <button
            type="button"
            className="notice-dismiss"
            aria-describedby={`${idPrefix}-${index}`}
            onClick={() => onDismiss(index)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
