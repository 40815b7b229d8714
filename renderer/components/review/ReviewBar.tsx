import { useLayoutEffect, useRef } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { EditorRef } from '../../../shared/model/annotation'
import {
  moveToDisagreement,
  reviewCandidates,
  setIncludeGaps,
  setReviewMode,
  toggleReviewMode,
} from '../../editor/review-commands'
import { agreementCounts } from '../../../shared/review/sentence-agreement'
import { LANE_WIDTH_PX, reviewPluginKey } from '../../editor/review-plugin'
import './review.css'

/** Props of {@link ReviewBar}. */
export interface ReviewBarProps {
  state: EditorState | null
  run: (command: Command) => boolean
  /** Puts the keyboard focus back in the text. */
  onReturnToText: () => void
}

/** An editor's initials for a lane header ("Sam Reviewer" → "SR"), at most three letters. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toLocaleUpperCase() ?? '')
  return (letters.length > 1 ? letters.slice(0, 3) : [name.slice(0, 2)]).join('')
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * The review-mode bar above the text: the Review toggle (Ctrl+Shift+R), and while review mode
 * is on, a checkbox per editor who tagged the article (the lanes), two separate counts (conflicts:
 * different kinds on one sentence; coverage gaps: tagged by some editors only) with buttons to
 * go to the previous and next one (P and N: conflicts, and gaps too when the switch, G, is on),
 * and the lanes' headers with each editor's initials, drawn over the lanes in the margin. While
 * on, the bar stays in view under the sticky toolbar, so the lane headers never scroll away.
 */
export function ReviewBar({ state, run, onReturnToText }: ReviewBarProps) {
  const barRef = useRef<HTMLDivElement>(null)
  const plugin = state ? reviewPluginKey.getState(state) : undefined
  const active = plugin?.active ?? false

  // The bar sticks under the toolbar; its offset follows the toolbar's height.
  useLayoutEffect(() => {
    const bar = barRef.current
    // The toolbar is the workspace's own child; the bar sits deeper, in the text's column.
    const toolbar = bar?.closest('.workspace')?.querySelector<HTMLElement>(':scope > .toolbar')
    if (!active || !bar || !toolbar) return
    const place = () => {
      const top = Number.parseFloat(getComputedStyle(toolbar).top) || 0
      bar.style.setProperty('--review-bar-top', `${toolbar.offsetHeight + top}px`)
    }
    place()
    const observer = new ResizeObserver(place)
    observer.observe(toolbar)
    return () => observer.disconnect()
  }, [active])

  if (!state || !plugin) return null
  const candidates = reviewCandidates(state)
  const chosen = new Set(plugin.editors.map((editor) => editor.id))
  const counts = agreementCounts(plugin.marks.map((mark) => mark.agreement))
  const stops = counts.conflicts + (plugin.includeGaps ? counts.gaps : 0)
  const what = plugin.includeGaps ? 'conflict or gap' : 'conflict'

  const choose = (editor: EditorRef, on: boolean) => {
    const next = candidates.filter((candidate) =>
      candidate.id === editor.id ? on : chosen.has(candidate.id),
    )
    run(setReviewMode(true, next))
  }

  return (
    <div ref={barRef} className={`review-bar${plugin.active ? ' is-on' : ''}`}>
      <div className="review-bar-row" role="group" aria-label="Review">
        <button
          type="button"
          className={`tool review-toggle${plugin.active ? ' is-on' : ''}`}
          aria-pressed={plugin.active}
          aria-keyshortcuts="Control+Shift+R Meta+Shift+R"
          title="Compare editors’ tags (Ctrl+Shift+R)"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            run(toggleReviewMode)
            onReturnToText()
          }}
        >
          {plugin.active ? 'Reviewing' : 'Review'}
        </button>
        {plugin.active && (
          <>
            <fieldset className="review-editors">
              <legend className="visually-hidden">Editors to compare</legend>
              {candidates.map((editor, index) => (
                <label key={editor.id} className="review-editor">
                  <input
                    type="checkbox"
                    checked={chosen.has(editor.id)}
                    onChange={(event) => choose(editor, event.target.checked)}
                  />
                  {index === 0 ? `${editor.name} (you)` : editor.name}
                </label>
              ))}
            </fieldset>
            <span className="review-count" role="status">
              {plugin.editors.length < 2
                ? 'Choose two editors or more to compare.'
                : `${plural(counts.conflicts, 'conflict', 'conflicts')}, ${plural(counts.gaps, 'coverage gap', 'coverage gaps')}, ${plural(counts.agreements, 'agreement', 'agreements')}`}
            </span>
            <label
              className="review-gaps-switch"
              title="Conflict: the editors chose different kinds. Coverage gap: tagged by some editors, not by others. (G)"
            >
              <input
                type="checkbox"
                checked={plugin.includeGaps}
                aria-keyshortcuts="G"
                onChange={(event) => {
                  run(setIncludeGaps(event.target.checked))
                  onReturnToText()
                }}
              />
              Stop at gaps too
            </label>
            <button
              type="button"
              className="tool"
              disabled={stops === 0}
              title={`Previous ${what} (P or [)`}
              aria-keyshortcuts="P ["
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                run(moveToDisagreement(-1))
                onReturnToText()
              }}
            >
              ‹ Previous
            </button>
            <button
              type="button"
              className="tool"
              disabled={stops === 0}
              title={`Next ${what} (N or ])`}
              aria-keyshortcuts="N ]"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                run(moveToDisagreement(1))
                onReturnToText()
              }}
            >
              Next ›
            </button>
          </>
        )}
      </div>
      {plugin.active && plugin.editors.length > 0 && (
        <div className="review-lane-headers" aria-hidden="true">
          {plugin.editors.map((editor, index) => (
            <span
              key={editor.id}
              className="review-lane-header"
              title={editor.name}
              style={{ left: index * LANE_WIDTH_PX }}
            >
              {initialsOf(editor.name)}
            </span>
          ))}
        </div>
      )}
    </div>
  )
}
