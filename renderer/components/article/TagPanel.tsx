import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react'
import { TAG_KINDS, type TagKind } from '../../../shared/model/annotation'
import type { TagFields } from '../../editor/commands'
import type { PlacedList } from '../../editor/placed-list'
import { KIND_LABELS } from '../../editor/tag-plugin'
import type { PlacedTag, TagRecord } from '../../editor/tag-record'
import { KIND_NAMES } from '../../../shared/model/tag-kinds'
import { listWindow, rowAfterKey, rowsToDraw, scrollToRow } from '../lists/list-window'
import { TagDetails } from './TagDetails'
import type { FactCheckContext } from '../fact-check/use-fact-check-context'
import { useListScroller } from '../lists/use-list-scroller'

/** Props of {@link TagPanel}. */
export interface TagPanelProps {
  /** The acting editor's placed tags, in document order. */
  placed: PlacedList
  unplaced: readonly TagRecord[]
  active: PlacedTag | null
  hasCursor: boolean
  /** The tag whose note the editor asked to write (Enter), until it has the focus. */
  noteRequest: { id: string; nonce: number } | null
  onNoteFocused: () => void
  onJump: (tag: PlacedTag) => void
  onUpdate: (id: string, fields: TagFields) => void
  onReattach: (id: string) => void
  onDelete: (id: string) => void
  onReturnToText: () => void
  /** The fact-check fields' context, for claim and disputed tags. */
  factCheck?: FactCheckContext | undefined
}

function excerpt(text: string, length = 90): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/**
 * The article's tags in document order with counts per kind and filters; the active tag's note
 * and fields; and the tags that could not be placed, each re-attachable by hand.
 */
export function TagPanel(props: TagPanelProps) {
  const [hidden, setHidden] = useState<ReadonlySet<TagKind>>(new Set())
  const { placed } = props
  // Both are worked out per chunk of the list and kept: after a tag key, one chunk is done again.
  const counts = useMemo(() => placed.kindCounts(), [placed])
  const shown = useMemo(
    () =>
      hidden.size === 0
        ? placed
        : placed.filter(`hide:${[...hidden].sort().join(',')}`, (tag) => {
            return !hidden.has(tag.record.annotation.kind)
          }),
    [placed, hidden],
  )

  return (
    <>
      {props.active ? (
        <TagDetails
          key={props.active.record.annotation.id}
          tag={props.active.record}
          focusNote={
            props.noteRequest && props.noteRequest.id === props.active.record.annotation.id
              ? props.noteRequest.nonce
              : null
          }
          onNoteFocused={props.onNoteFocused}
          onUpdate={(fields) => props.onUpdate(props.active?.record.annotation.id ?? '', fields)}
          onReturnToText={props.onReturnToText}
          factCheck={props.factCheck}
        />
      ) : (
        <p className="panel-hint">
          {props.hasCursor
            ? 'This sentence has no tag of yours. Press Q, C, D or X to tag it.'
            : 'Click a sentence or press ↓ to start.'}
        </p>
      )}
      <section aria-label="Tag list" className="tag-list-section">
        <h2 className="panel-heading">
          Tags <span className="count">{props.placed.length}</span>
        </h2>
        <div className="filters" role="group" aria-label="Show kinds">
          {TAG_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`filter filter-${kind}`}
              aria-pressed={!hidden.has(kind)}
              onClick={() =>
                setHidden((current) => {
                  const next = new Set(current)
                  if (next.has(kind)) next.delete(kind)
                  else next.add(kind)
                  return next
                })
              }
            >
              <span className={`tag-label tag-label-${kind}`} aria-hidden="true">
                {KIND_LABELS[kind]}
              </span>
              {KIND_NAMES[kind]}{' '}
              <span className="count" data-kind-count={kind}>
                {counts.get(kind) ?? 0}
              </span>
            </button>
          ))}
        </div>
        {shown.length === 0 ? (
          <p className="panel-hint">No tags{hidden.size > 0 ? ' of the kinds shown' : ' yet'}.</p>
        ) : (
          <TagList
            tags={shown}
            activeId={props.active?.record.annotation.id ?? null}
            onJump={props.onJump}
          />
        )}
      </section>
      {props.unplaced.length > 0 && (
        <section aria-label="Orphaned tags" className="orphans">
          <h2 className="panel-heading">
            Orphaned tags <span className="count">{props.unplaced.length}</span>
          </h2>
          <p className="panel-hint">
            Their text is no longer in the article. Select a sentence, then re-attach.
          </p>
          <ul className="tag-list">
            {props.unplaced.map((record) => (
              <li key={record.annotation.id} className="orphan" data-tag-id={record.annotation.id}>
                <span
                  className={`tag-label tag-label-${record.annotation.kind}`}
                  aria-hidden="true"
                >
                  {KIND_LABELS[record.annotation.kind]}
                </span>
                <span className="tag-item-text">
                  <span className="visually-hidden">{KIND_NAMES[record.annotation.kind]}: </span>“
                  {excerpt(record.annotation.target.quote.exact)}”
                  <span className="badge">
                    {record.unplaced === 'ambiguous' ? 'matches several places' : 'text not found'}
                  </span>
                </span>
                <span className="orphan-actions">
                  <button
                    type="button"
                    className="link-button"
                    disabled={!props.hasCursor}
                    onClick={() => props.onReattach(record.annotation.id)}
                  >
                    Re-attach here
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onDelete(record.annotation.id)}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

/** The height of a row of the tag list, in pixels (CSS keeps every row to it). */
const TAG_ROW_HEIGHT = 50
/** Rows drawn beyond each edge of the list's visible part. */
const OVERSCAN_ROWS = 8
/** The list's visible height before it has been measured. */
const INITIAL_LIST_HEIGHT = 480
const NAVIGATION_KEYS = 'ArrowUp ArrowDown PageUp PageDown Home End'

interface TagRowProps {
  tag: PlacedTag
  active: boolean
  /** Whether the row is the list's one tab stop. */
  tabStop: boolean
  onJump: (tag: PlacedTag, index: number) => void
}

/**
 * One tag in the list; redrawn only when its tag, being active or tab stop changes. Its place in
 * the list (its offset, `aria-posinset`, `aria-setsize`, `data-index`) is written by
 * {@link TagList} on the drawn rows, so that a tag added or removed above it does not redraw it.
 */
const TagRow = memo(function TagRow({ tag, active, tabStop, onJump }: TagRowProps) {
  const { annotation } = tag.record
  return (
    <li style={{ height: TAG_ROW_HEIGHT }}>
      <button
        type="button"
        className={`tag-item${active ? ' is-active' : ''}${annotation.note ? ' has-note' : ''}`}
        data-tag-id={annotation.id}
        tabIndex={tabStop ? 0 : -1}
        aria-keyshortcuts={NAVIGATION_KEYS}
        onClick={(event) => onJump(tag, Number(event.currentTarget.dataset.index))}
      >
        <span className={`tag-label tag-label-${annotation.kind}`} aria-hidden="true">
          {KIND_LABELS[annotation.kind]}
        </span>
        <span className="tag-item-text">
          <span className="tag-item-quote">
            <span className="visually-hidden">{KIND_NAMES[annotation.kind]}: </span>
            {excerpt(annotation.target.quote.exact)}
            {annotation.changedFrom !== undefined && (
              <span className="badge badge-changed">text changed</span>
            )}
          </span>
          {annotation.note && <span className="tag-item-note">{excerpt(annotation.note, 60)}</span>}
        </span>
      </button>
    </li>
  )
})

/** Sets `name` to `value` on `element` unless it holds it already (a write costs a restyle). */
function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

/**
 * Writes each drawn row's place in a list of `count` (`indices`, in the rows' order): its offset,
 * position and the list's size for assistive technology, and its index for the list's keys.
 */
function placeRows(list: HTMLOListElement | null, indices: readonly number[], count: number) {
  const rows = list?.children ?? []
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at]
    const index = indices[at]
    if (!(row instanceof HTMLElement) || index === undefined) continue
    const top = `${index * TAG_ROW_HEIGHT}px`
    if (row.style.top !== top) row.style.top = top
    setIfChanged(row, 'aria-posinset', String(index + 1))
    setIfChanged(row, 'aria-setsize', String(count))
    const button = row.firstElementChild
    if (button) setIfChanged(button, 'data-index', String(index))
  }
}

/**
 * The tag list, in document order, windowed: only the rows in view (and the focused one) are in
 * the DOM, at fixed heights, so ten thousand tags cost what thirty do. The list is one tab stop;
 * the arrow keys, Page Up/Down, Home and End move between rows, Enter jumps to the tag.
 */
const TagList = memo(function TagList(props: {
  tags: PlacedList
  activeId: string | null
  onJump: (tag: PlacedTag) => void
}) {
  const { tags, onJump } = props
  const { scroller, height, focusRow } = useListScroller(
    INITIAL_LIST_HEIGHT,
    (index) => `[data-index="${index}"]`,
  )
  const [scrollTop, setScrollTop] = useState(0)
  const [focused, setFocused] = useState(0)
  const count = tags.length
  const tabStop = Math.min(focused, Math.max(0, count - 1))
  const rows = useRef<HTMLOListElement | null>(null)
  const window = listWindow({
    count,
    rowHeight: TAG_ROW_HEIGHT,
    scrollTop,
    height,
    overscan: OVERSCAN_ROWS,
  })
  const drawn = rowsToDraw(window, count > 0 ? tabStop : null).filter(
    (index) => tags.at(index) !== undefined,
  )
  // Before the browser paints: a tag added or removed moves the rows below it here, without
  // redrawing them.
  useLayoutEffect(() => placeRows(rows.current, drawn, count))

  const jump = useCallback(
    (tag: PlacedTag, index: number) => {
      setFocused(index)
      onJump(tag)
    },
    [onJump],
  )

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const element = scroller.current
    if (!element || event.altKey || event.ctrlKey || event.metaKey) return
    const pageRows = Math.floor(element.clientHeight / TAG_ROW_HEIGHT) - 1
    const next = rowAfterKey(event.key, tabStop, count, pageRows)
    if (next === null) return
    event.preventDefault()
    setFocused(next)
    focusRow.current = next
    const top = scrollToRow(next, TAG_ROW_HEIGHT, element.scrollTop, element.clientHeight)
    if (top !== element.scrollTop) {
      element.scrollTop = top
      setScrollTop(top)
    }
  }

  return (
    <div
      className="tag-list-window"
      ref={scroller}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ol
        ref={rows}
        className="tag-list tag-list-windowed"
        data-count={count}
        style={{ height: count * TAG_ROW_HEIGHT }}
      >
        {drawn.map((index) => {
          const tag = tags.at(index)
          if (!tag) return null
          return (
            <TagRow
              key={tag.record.annotation.id}
              tag={tag}
              active={tag.record.annotation.id === props.activeId}
              tabStop={index === tabStop}
              onJump={jump}
            />
          )
        })}
      </ol>
    </div>
  )
})
