import { useEffect, useRef } from 'react'
import { TAG_KINDS, type TagKind } from '../../../shared/model/annotation'
import { KIND_NAMES, TAG_KIND_SPECS } from '../../../shared/model/tag-kinds'

/** Props of {@link ContextMenu}. */
export interface ContextMenuProps {
  x: number
  y: number
  activeKind: TagKind | null
  onTag: (kind: TagKind) => void
  onClear: () => void
  onNote: () => void
  onClose: () => void
}

/**
 * The right-click menu of the article: tag as each kind, clear, note. Keyboard-navigable as an
 * ARIA menu: the first item takes the focus, arrows move (wrapping), Home and End jump, Escape
 * closes, and Tab closes it rather than leave it open behind the focus. Closing gives the focus
 * back to what had it before the menu opened.
 */
export function ContextMenu({
  x,
  y,
  activeKind,
  onTag,
  onClear,
  onNote,
  onClose,
}: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  useEffect(() => {
    const element = menu.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    element?.querySelector<HTMLButtonElement>('button')?.focus()
    const close = (event: MouseEvent) => {
      if (!element?.contains(event.target as globalThis.Node)) onCloseRef.current()
    }
    window.addEventListener('mousedown', close)
    return () => {
      window.removeEventListener('mousedown', close)
      // Give the focus back to what had it (the text) when it would otherwise fall to the page.
      const focused = document.activeElement
      const lost = focused === null || focused === document.body || element?.contains(focused)
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true })
    }
  }, [])

  const choose = (action: () => void) => () => {
    action()
    onClose()
  }

  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label="Tag"
      style={{
        left: Math.min(x, window.innerWidth - 220),
        top: Math.min(y, window.innerHeight - 240),
      }}
      onKeyDown={(event) => {
        const buttons = [
          ...(menu.current?.querySelectorAll<HTMLButtonElement>('button:enabled') ?? []),
        ]
        const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
        if (event.key === 'Escape' || event.key === 'Tab') onClose()
        else if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus()
        else if (event.key === 'ArrowUp')
          buttons[(index - 1 + buttons.length) % buttons.length]?.focus()
        else if (event.key === 'Home') buttons[0]?.focus()
        else if (event.key === 'End') buttons.at(-1)?.focus()
        else return
        event.preventDefault()
      }}
    >
      {TAG_KINDS.map((kind) => (
        <button key={kind} type="button" role="menuitem" onClick={choose(() => onTag(kind))}>
          <span className={`tag-label tag-label-${kind}`} aria-hidden="true" />
          {activeKind === kind ? `Remove ${KIND_NAMES[kind]} tag` : `Tag as ${KIND_NAMES[kind]}`}
          <kbd className="menu-key" aria-hidden="true">
            {TAG_KIND_SPECS[kind].keys[0].toUpperCase()}
          </kbd>
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" disabled={!activeKind} onClick={choose(onNote)}>
        Edit note…
        <kbd className="menu-key" aria-hidden="true">
          Enter
        </kbd>
      </button>
      <button type="button" role="menuitem" disabled={!activeKind} onClick={choose(onClear)}>
        Clear tag
        <kbd className="menu-key" aria-hidden="true">
          ⌫
        </kbd>
      </button>
    </div>
  )
}
