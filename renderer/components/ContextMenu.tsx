import { useEffect, useRef } from 'react'
import { TAG_KINDS, type TagKind } from '../../shared/model/annotation'
import { KIND_NAMES } from './Legend'

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

/** The right-click menu of the article: tag as each kind, clear, note. Keyboard-navigable. */
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
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as globalThis.Node)) onClose()
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [onClose])

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
        if (event.key === 'Escape') onClose()
        else if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus()
        else if (event.key === 'ArrowUp')
          buttons[(index - 1 + buttons.length) % buttons.length]?.focus()
        else return
        event.preventDefault()
      }}
    >
      {TAG_KINDS.map((kind) => (
        <button key={kind} type="button" role="menuitem" onClick={choose(() => onTag(kind))}>
          <span className={`tag-label tag-label-${kind}`} aria-hidden="true" />
          {activeKind === kind ? `Remove ${KIND_NAMES[kind]} tag` : `Tag as ${KIND_NAMES[kind]}`}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" disabled={!activeKind} onClick={choose(onNote)}>
        Edit note…
      </button>
      <button type="button" role="menuitem" disabled={!activeKind} onClick={choose(onClear)}>
        Clear tag
      </button>
    </div>
  )
}
