import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { redo, undo, redoDepth, undoDepth } from 'prosemirror-history'
import type { Article } from '../../shared/model/article'
import {
  TAG_KINDS,
  type Annotation,
  type EditorRef,
  type TagKind,
} from '../../shared/model/annotation'
import type { TagMenuCommand } from '../../shared/ipc/contract'
import { useAppState, useServices } from '../app/service-context'
import {
  clearTags,
  deleteTag,
  myTagAtCursor,
  reattachTag,
  selectSpan,
  toggleTag,
  updateTag,
  type TagContext,
  type TagFields,
} from '../editor/commands'
import { cursorRange } from '../editor/cursor-plugin'
import { textSelectionRange } from '../editor/keymaps'
import { findPlacedTag, placedTags, tagPluginKey, unplacedTags } from '../editor/tag-plugin'
import type { PlacedTag } from '../editor/tag-record'
import { useTagEditor } from '../editor/use-tag-editor'
import { ContextMenu } from './ContextMenu'
import { KIND_NAMES, Legend } from './Legend'
import { SaveIndicator } from './SaveIndicator'
import { TagPanel } from './TagPanel'
import type { Review } from '../../shared/model/review'
import { toggleReviewMode } from '../editor/review-commands'
import { reviewKeys } from '../editor/review-keys'
import { reviewPlugin, reviewPluginKey } from '../editor/review-plugin'
import { ReviewBar } from './ReviewBar'
import { ReviewDetails, type ReviewRequest } from './ReviewDetails'
import { DebrisBar } from './DebrisBar'
import { debrisPluginKey } from '../editor/debris-plugin'

/** Props of {@link TagWorkspace}. */
export interface TagWorkspaceProps {
  article: Article
  editor: EditorRef
  /** The acting editor's tags on this article. */
  tags: readonly Annotation[]
  /** Other editors' tags on this article, compared in review mode. */
  others?: readonly Annotation[]
  /** Every reviewer's reviews on this article. */
  reviews?: readonly Review[]
}

/** A random version-4 UUID (getRandomValues works in any context, randomUUID only in secure ones). */
function newTagId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Tagging an article: the text in its editor with the sentence cursor, a toolbar and context menu
 * for mouse users, the side panel of tags, and automatic saving with a visible state.
 */
export function TagWorkspace({
  article,
  editor,
  tags,
  others = [],
  reviews = [],
}: TagWorkspaceProps) {
  const { article: session } = useServices()
  const saveStatus = useAppState((state) => state.article.saveStatus)
  const [editing, setEditing] = useState(false)
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null)
  const [noteRequest, setNoteRequest] = useState<{ id: string; nonce: number } | null>(null)
  const context = useMemo<TagContext>(
    () => ({
      editor,
      articleId: article.id,
      newId: newTagId,
      now: () => new Date().toISOString(),
    }),
    [editor, article.id],
  )
  const tagEditor = useTagEditor({
    body: article.body,
    tags,
    context,
    editing,
    debrisKept: article.debrisKept,
    onOpenNote: () => requestNote(),
    onContextMenu: (x, y) => setMenu({ x, y }),
    onStateChange: (next) => session.noteState(next),
    extraPlugins: () => [
      reviewPlugin({ me: editor, others, reviews }),
      reviewKeys({
        isEditing: () => editingRef.current,
        accept: () => setReviewRequest({ kind: 'accept', nonce: Date.now() }),
        reject: () => setReviewRequest({ kind: 'reject', nonce: Date.now() }),
        comment: () => setReviewRequest({ kind: 'comment', nonce: Date.now() }),
      }),
    ],
    renderKey: (next) => [
      reviewPluginKey.getState(next),
      tagPluginKey.getState(next)?.revision,
      myTagAtCursor(next, editor)?.record,
      cursorRange(next) !== null,
      undoDepth(next) > 0,
      redoDepth(next) > 0,
      debrisPluginKey.getState(next)?.revision,
    ],
  })
  const { state, run } = tagEditor

  const [reviewRequest, setReviewRequest] = useState<ReviewRequest | null>(null)
  const editingRef = useRef(editing)
  editingRef.current = editing
  const reviewing = state ? (reviewPluginKey.getState(state)?.active ?? false) : false
  const laneCount = state ? (reviewPluginKey.getState(state)?.editors.length ?? 0) : 0

  /** Asks the panel to put the caret in the note of the editor's tag under the cursor. */
  function requestNote(): void {
    const current = tagEditor.view()?.state
    const tag = current ? myTagAtCursor(current, editor) : null
    if (tag) setNoteRequest({ id: tag.record.annotation.id, nonce: Date.now() })
  }

  const view = tagEditor.view
  // The session saves this editor's work and carries out the Tag menu's commands on it.
  const requestNoteRef = useRef(requestNote)
  requestNoteRef.current = requestNote
  const menuCommandRef = useRef<(command: TagMenuCommand) => void>(() => undefined)
  useEffect(
    () =>
      session.attach({
        articleId: article.id,
        editorId: editor.id,
        view,
        runMenuCommand: (command) => menuCommandRef.current(command),
      }),
    [session, article.id, editor.id, view],
  )

  const tagAs = useCallback(
    (kind: TagKind) => {
      const current = view()
      if (!current) return
      const span = textSelectionRange(current)
      if (span) {
        run(selectSpan(span))
        current.dom.ownerDocument.getSelection()?.removeAllRanges()
      }
      run(toggleTag(kind, context))
      tagEditor.focus()
    },
    [run, context, view, tagEditor],
  )

  menuCommandRef.current = (command) => {
    if (command === 'clear-tag') run(clearTags(context))
    else if (command === 'edit-note') requestNoteRef.current()
    else if (command === 'toggle-review') run(toggleReviewMode)
    else tagAs(command.slice('tag-'.length) as TagKind)
  }

  // The lists change only when tags do (the plugin's revision), not when the cursor moves: with
  // thousands of tags, a keystroke must not rebuild them.
  const revision = state ? (tagPluginKey.getState(state)?.revision ?? 0) : -1
  const stateRef = useRef(state)
  stateRef.current = state
  const mine = useMemo(() => {
    const current = stateRef.current
    if (!current) return []
    return placedTags(current).filter((tag) => tag.record.annotation.author.id === editor.id)
  }, [revision, editor.id])
  const unplaced = useMemo(() => {
    const current = stateRef.current
    if (!current) return []
    return unplacedTags(current).filter((record) => record.annotation.author.id === editor.id)
  }, [revision, editor.id])
  const range = state ? cursorRange(state) : null
  const active = state ? myTagAtCursor(state, editor) : null

  const update = (id: string, fields: TagFields) => run(updateTag(id, fields, context))
  const jump = useCallback(
    (listed: PlacedTag) => {
      // The list may be older than the last edit: look the tag up where it is now.
      const current = view()?.state
      const tag = current ? findPlacedTag(current, listed.record.annotation.id) : null
      if (!tag || tag.from === null || tag.to === null) return
      run(selectSpan({ from: tag.from, to: tag.to }))
      const dom = view()?.domAtPos(tag.from)
      const node = dom?.node instanceof Element ? dom.node : dom?.node.parentElement
      node?.scrollIntoView({ block: 'center' })
    },
    [run, view],
  )

  return (
    <div className={`workspace${editing ? ' is-editing' : ''}`}>
      <div className="workspace-main">
        <div className="toolbar" role="toolbar" aria-label="Tagging">
          {TAG_KINDS.map((kind, index) => (
            <button
              key={kind}
              type="button"
              className={`tool tool-${kind}${active?.record.annotation.kind === kind ? ' is-on' : ''}`}
              aria-pressed={active?.record.annotation.kind === kind}
              disabled={editing || !range}
              title={`Tag as ${KIND_NAMES[kind]} (${kind === 'context' ? 'X' : kind[0]?.toUpperCase()} or ${index + 1})`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => tagAs(kind)}
            >
              <span className={`tool-swatch tag-label tag-label-${kind}`} aria-hidden="true" />
              {KIND_NAMES[kind]}
            </button>
          ))}
          <span className="toolbar-gap" />
          <button
            type="button"
            className="tool"
            disabled={editing || !active}
            onClick={() => {
              run(clearTags(context))
              tagEditor.focus()
            }}
            title="Remove my tag (Backspace)"
          >
            Clear
          </button>
          <button
            type="button"
            className="tool"
            disabled={!state || undoDepth(state) === 0}
            onClick={() => run(undo)}
            title="Undo (Ctrl+Z)"
          >
            Undo
          </button>
          <button
            type="button"
            className="tool"
            disabled={!state || redoDepth(state) === 0}
            onClick={() => run(redo)}
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
          <button
            type="button"
            className={`tool${editing ? ' is-on' : ''}`}
            aria-pressed={editing}
            onClick={() => {
              setEditing((value) => !value)
              setTimeout(() => tagEditor.focus(), 0)
            }}
            title="Edit the article text (Ctrl+E)"
          >
            {editing ? 'Done editing' : 'Edit text'}
          </button>
          <SaveIndicator status={saveStatus} onRetry={() => void session.flush()} />
        </div>
        {editing && (
          <p className="edit-banner" role="status">
            Editing the text. Tags follow their sentences; a tag whose text you delete becomes an
            orphan in the panel.
          </p>
        )}
        <DebrisBar
          state={state}
          run={run}
          view={view}
          articleId={article.id}
          onReturnToText={() => tagEditor.focus()}
        />
        <ReviewBar state={state} run={run} onReturnToText={() => tagEditor.focus()} />
        <div
          className={`editor${reviewing ? ' is-reviewing' : ''}`}
          style={reviewing ? ({ '--lane-count': laneCount } as React.CSSProperties) : undefined}
          ref={tagEditor.mount}
          onKeyDown={(event) => {
            if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'e') {
              event.preventDefault()
              setEditing((value) => !value)
            } else if (
              (event.ctrlKey || event.metaKey) &&
              event.shiftKey &&
              event.key.toLowerCase() === 'r'
            ) {
              event.preventDefault()
              run(toggleReviewMode)
            }
          }}
        />
      </div>
      <aside className="tag-panel" aria-label="Tags">
        {reviewing && state && (
          <ReviewDetails
            state={state}
            liveState={() => view()?.state ?? null}
            run={run}
            context={context}
            mine={active}
            request={reviewRequest}
            onRequestDone={() => setReviewRequest(null)}
            onReturnToText={() => tagEditor.focus()}
          />
        )}
        <Legend />
        <TagPanel
          placed={mine}
          unplaced={unplaced}
          active={active}
          hasCursor={range !== null}
          noteRequest={noteRequest}
          onNoteFocused={() => setNoteRequest(null)}
          onJump={jump}
          onUpdate={update}
          onReattach={(id) => run(reattachTag(id, context))}
          onDelete={(id) => run(deleteTag(id, context))}
          onReturnToText={() => tagEditor.focus()}
        />
      </aside>
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          activeKind={active?.record.annotation.kind ?? null}
          onTag={(kind) => tagAs(kind)}
          onClear={() => run(clearTags(context))}
          onNote={() => requestNote()}
          onClose={() => {
            setMenu(null)
            tagEditor.focus()
          }}
        />
      )}
    </div>
  )
}
