import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { DEBRIS_LABELS } from '../../../shared/import/debris-kinds'
import { useServices } from '../../app/service-context'
import {
  debrisPluginKey,
  dropDebris,
  focusDebris,
  keepDebris,
  keptDebris,
  shownDebris,
} from '../../editor/debris-plugin'
import './debris.css'

/** Props of {@link DebrisBar}. */
export interface DebrisBarProps {
  /** The editor's state as React last drew it. */
  state: EditorState | null
  run: (command: Command) => boolean
  view: () => EditorView | null
  articleId: string
  /** Puts the focus back in the article's text. */
  onReturnToText: () => void
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function plural(count: number): string {
  return count === 1 ? '1 possible piece of web debris' : `${count} possible pieces of web debris`
}

/** Scrolls the text of piece `index` of the shown debris into the middle of the window. */
function scrollToPiece(view: EditorView | null, index: number): void {
  const piece = view ? shownDebris(view.state)[index] : undefined
  if (!view || !piece) return
  const dom = view.domAtPos(piece.from)
  const node = dom.node instanceof Element ? dom.node : dom.node.parentElement
  node?.scrollIntoView({ block: 'center' })
}

/**
 * The bar above the article that tells the editor what looks like web-copy debris ("3 possible
 * pieces of web debris — Review debris") and lets them step through the pieces and Keep each one (it is
 * no longer flagged; the decision is saved with the article) or Drop it (the text is deleted by an
 * ordinary edit, saved like any other, which Undo brings back). Nothing is deleted without the
 * editor's say. ←/→ move between pieces and Escape ends the review while the focus is in the bar.
 */
export function DebrisBar({ state, run, view, articleId, onReturnToText }: DebrisBarProps) {
  const { library } = useServices()
  const [reviewing, setReviewing] = useState(false)
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string | null>(null)
  const doneRef = useRef<HTMLButtonElement>(null)
  const barRef = useRef<HTMLDivElement>(null)
  // The piece to scroll to once the bar is drawn as reviewing (it then sticks under the toolbar).
  const startOn = useRef<number | null>(null)
  const shown = state ? shownDebris(state) : []
  const current = state ? (debrisPluginKey.getState(state)?.current ?? null) : null
  const index = current ?? 0
  const piece = shown[index]
  const count = shown.length

  const show = useCallback(
    (next: number) => {
      run(focusDebris(next))
      scrollToPiece(view(), next)
    },
    [run, view],
  )

  // While reviewing, the bar stays in view under the sticky toolbar above it, so Keep and Drop
  // are at hand wherever the piece is; its offset follows the toolbar's height.
  useLayoutEffect(() => {
    const bar = barRef.current
    const toolbar = bar?.closest('.workspace')?.querySelector<HTMLElement>(':scope > .toolbar')
    if (!reviewing || !bar || !toolbar) return
    const place = () => {
      const top = Number.parseFloat(getComputedStyle(toolbar).top) || 0
      bar.style.setProperty('--debris-bar-top', `${toolbar.offsetHeight + top}px`)
    }
    place()
    const observer = new ResizeObserver(place)
    observer.observe(toolbar)
    return () => observer.disconnect()
  }, [reviewing])

  useEffect(() => {
    if (!reviewing || startOn.current === null) return
    scrollToPiece(view(), startOn.current)
    startOn.current = null
  }, [reviewing, view])

  // When the last piece is kept or dropped, the focus goes to the button that ends the review.
  useEffect(() => {
    if (reviewing && count === 0) doneRef.current?.focus()
  }, [reviewing, count])

  if (count === 0 && !reviewing) return null

  const start = () => {
    const first = current ?? 0
    setReviewing(true)
    setMessage('')
    setError(null)
    run(focusDebris(first))
    startOn.current = first
    // The Review button goes away: the focus stays in the bar, where ←/→ and Esc work; taking
    // it must not scroll the piece away.
    barRef.current?.focus({ preventScroll: true })
  }
  const finish = () => {
    setReviewing(false)
    setMessage('')
    run(focusDebris(null))
    onReturnToText()
  }
  const step = (delta: number) => {
    if (count > 0) show((index + delta + count) % count)
  }
  const keep = async () => {
    if (!piece) return
    const label = DEBRIS_LABELS[piece.finding.kind]
    run(keepDebris(piece.key))
    const editor = view()
    scrollToPiece(editor, index)
    const twins = shown.filter((other) => other.key === piece.key).length - 1
    setMessage(
      twins > 0
        ? `Kept the ${label} and ${twins} identical one${twins > 1 ? 's' : ''}: they will not be flagged again.`
        : `Kept the ${label}: it will not be flagged again.`,
    )
    if (!editor) return
    try {
      const changes = { debrisKept: keptDebris(editor.state) }
      await library.updateMeta(articleId, changes)
      setError(null)
    } catch (failure) {
      setError(`Could not save the decision to keep it: ${(failure as Error).message}`)
    }
  }
  const drop = () => {
    if (!piece) return
    const label = DEBRIS_LABELS[piece.finding.kind]
    if (!run(dropDebris(index))) {
      setError('This is all the text the article has: it cannot be dropped.')
      return
    }
    setError(null)
    setMessage(`Dropped the ${label}. Undo (Ctrl+Z) brings it back.`)
    scrollToPiece(view(), index)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!reviewing) return
    if (event.key === 'Escape') {
      event.preventDefault()
      finish()
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault()
      step(event.key === 'ArrowRight' ? 1 : -1)
    }
  }

  return (
    <div
      className={`debris-bar${reviewing ? ' is-reviewing' : ''}`}
      role="region"
      aria-label="Possible web debris"
      ref={barRef}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="debris-bar-line">
        <span className="debris-swatch" aria-hidden="true" />
        {!reviewing && (
          <>
            <span className="debris-bar-count">{plural(count)}</span>
            <button type="button" className="tool" onClick={start}>
              Review debris
            </button>
          </>
        )}
        {reviewing && piece && (
          <>
            <span className="debris-bar-count">
              <strong>
                {index + 1} of {count}
              </strong>{' '}
              · {capitalised(DEBRIS_LABELS[piece.finding.kind])}
            </span>
            <span className="debris-bar-actions">
              <button
                type="button"
                className="tool"
                onClick={() => step(-1)}
                disabled={count < 2}
                title="Previous piece (←)"
              >
                ‹ Previous
              </button>
              <button
                type="button"
                className="tool"
                onClick={() => step(1)}
                disabled={count < 2}
                title="Next piece (→)"
              >
                Next ›
              </button>
              <button
                type="button"
                className="tool"
                onClick={() => void keep()}
                title="Keep this text and stop flagging it"
              >
                Keep
              </button>
              <button
                type="button"
                className="tool debris-drop"
                onClick={drop}
                title="Delete this text from the article (Undo brings it back)"
              >
                Drop
              </button>
            </span>
          </>
        )}
        {reviewing && !piece && <span className="debris-bar-count">No possible debris left.</span>}
        {reviewing && (
          <button
            type="button"
            className="tool debris-done"
            ref={doneRef}
            onClick={finish}
            title="End the review (Esc)"
          >
            Done
          </button>
        )}
      </div>
      {reviewing && piece && <p className="debris-bar-reason">{piece.finding.reason}</p>}
      <p className="debris-bar-message" role="status">
        {message}
      </p>
      {error && (
        <p className="debris-bar-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
