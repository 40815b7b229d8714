import { useEffect, useId, useRef, useState } from 'react'
import type { NoticeEntry } from '../../app/store/modules/notices'
import { NOTICE_LABELS } from './NoticeBar'

/** Props of {@link NoticeHistory}. */
export interface NoticeHistoryProps {
  /** Every notice given, oldest first. */
  history: readonly NoticeEntry[]
}

/**
 * The top bar's "Notices" button and the list it opens: every notice of this session, newest
 * first, whether it faded, was dismissed or belongs to another view. Escape closes the list and
 * gives the focus back to the button.
 */
export function NoticeHistory({ history }: NoticeHistoryProps) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const box = useRef<HTMLDivElement>(null)
  const listId = useId()

  useEffect(() => {
    if (!open) return
    const outside = (event: FocusEvent | MouseEvent) => {
      const target = event.target as Node | null
      if (target && !box.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('focusin', outside)
    document.addEventListener('mousedown', outside)
    return () => {
      document.removeEventListener('focusin', outside)
      document.removeEventListener('mousedown', outside)
    }
  }, [open])

  if (history.length === 0) return null
  return (
    <div
      className="notice-history"
      ref={box}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        event.preventDefault()
        setOpen(false)
        button.current?.focus()
      }}
    >
      <button
        ref={button}
        type="button"
        className="button notice-history-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((current) => !current)}
      >
        Notices <span className="notice-history-count">{history.length}</span>
      </button>
      {open && (
        <section id={listId} className="notice-history-list" aria-label="Earlier notices">
          <ol>
            {[...history].reverse().map((entry) => (
              <li key={entry.id} className={`notice-history-item notice-${entry.level}`}>
                <span className="notice-label">{NOTICE_LABELS[entry.level]}</span> {entry.message}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  )
}
