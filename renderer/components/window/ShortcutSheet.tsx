import { Fragment, useEffect, useId, useMemo, useRef } from 'react'
import { shortcutGroups } from './shortcut-list'
import './modal-sheet.css'

/** Props of {@link ShortcutSheet}. */
export interface ShortcutSheetProps {
  /** Whether to name the modifier ⌘ (macOS) or Ctrl. */
  mac: boolean
  onClose: () => void
}

/** Whether this renderer runs on macOS (for the names of modifier keys). */
export function isMacPlatform(): boolean {
  return /Mac/i.test(navigator.platform || navigator.userAgent)
}

/**
 * The keyboard-shortcut sheet (Help > Keyboard Shortcuts): a modal `<dialog>` listing every key of
 * the app, grouped by where it works. Escape or the button closes it.
 */
export function ShortcutSheet({ mac, onClose }: ShortcutSheetProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const groups = useMemo(() => shortcutGroups(), [])

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const keyName = (key: string) => (key === 'Mod' ? (mac ? '⌘' : 'Ctrl') : key)

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet shortcut-sheet"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form method="dialog" className="modal-sheet-form">
        <header className="modal-sheet-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="submit" className="button" autoFocus>
            Close
          </button>
        </header>
        {/* A scroll area the keyboard can reach (and scroll with the arrows) on a short window. */}
        <div
          className="modal-sheet-body shortcut-groups"
          role="region"
          aria-label="All shortcuts"
          tabIndex={0}
        >
          {groups.map((group) => (
            <section key={group.title} className="shortcut-group">
              <h3>{group.title}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <Fragment key={shortcut.action}>
                    <dt>
                      {shortcut.keys.map((combo, index) => (
                        <Fragment key={combo.join('+')}>
                          {index > 0 && <span className="shortcut-or"> or </span>}
                          <span className="shortcut-combo">
                            {combo.map((key, keyIndex) => (
                              <Fragment key={key}>
                                {keyIndex > 0 && !mac && <span aria-hidden="true">+</span>}
                                <kbd>{keyName(key)}</kbd>
                              </Fragment>
                            ))}
                          </span>
                        </Fragment>
                      ))}
                    </dt>
                    <dd>{shortcut.action}</dd>
                  </Fragment>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </form>
    </dialog>
  )
}
