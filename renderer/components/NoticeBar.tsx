import type { Notice } from '../../shared/ipc/contract'

/** Props of {@link NoticeBar}. */
export interface NoticeBarProps {
  notices: Notice[]
  onDismiss: (index: number) => void
}

/** Messages for the editor (imports, recoveries, errors), each dismissible. */
export function NoticeBar({ notices, onDismiss }: NoticeBarProps) {
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
          <span className="notice-message">{notice.message}</span>
          <button type="button" className="notice-dismiss" onClick={() => onDismiss(index)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
