import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { redo, undo, redoDepth, undoDepth } from 'prosemirror-history'
import type { EditorState } from 'prosemirror-state'
import type { Article, ArticleMeta } from '../../shared/model/article'
import {
  TAG_KINDS,
  type Annotation,
  type EditorRef,
  type TagKind,
} from '../../shared/model/annotation'
import { getApi, unwrap } from '../api'
import { createAutosaver, type SaveStatus } from '../editor/autosave'
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
import { tagsToSave } from '../editor/save-tags'
import { flatBody } from '../editor/sections'
import { findPlacedTag, placedTags, tagPluginKey, unplacedTags } from '../editor/tag-plugin'
import type { PlacedTag } from '../editor/tag-record'
import { useTagEditor } from '../editor/use-tag-editor'
import { onMenuCommand } from '../menu-commands'
import { registerFlush } from '../pending-saves'
import { ContextMenu } from './ContextMenu'
import { KIND_NAMES, TAG_KIND_SPECS } from '../../shared/model/tag-kinds'
import { Legend } from './Legend'
import { SaveIndicator } from './SaveIndicator'
import { TagPanel } from './TagPanel'
import type { Review } from '../../shared/model/review'
import { toggleReviewMode } from '../editor/review-commands'
import { reviewKeys } from '../editor/review-keys'
import {
  reviewPlugin,
  reviewPluginKey,
  reviewsToSave,
  type ReviewMeta,
} from '../editor/review-plugin'
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
  onSaved: (meta: ArticleMeta) => void
}

/** A random version-4 UUID (getRandomValues works in any context, randomUUID only in secure ones). */
function newTagId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Runs `callback` once the next frame is painted, or after 100 ms when none is (hidden window). */
function afterPaint(callback: () => void): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    callback()
  }
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, 100)
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
  onSaved,
}: TagWorkspaceProps) {
  const [editing, setEditing] = useState(false)
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null)
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'saved', at: null })
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
    onStateChange: (next) => notePendingRef.current(next),
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

  // Other editors' work that arrives while the article is open (the team folder) reaches the
  // review lanes at once; the acting editor's own tags and undo history are left as they are.
  const viewRef = useRef(tagEditor.view)
  viewRef.current = tagEditor.view
  useEffect(() => {
    const api = getApi()
    return api.on('tagsChanged', ({ articleIds }) => {
      if (!articleIds.includes(article.id)) return
      void Promise.all([
        unwrap(api.listTags({ articleId: article.id })),
        unwrap(api.listReviews({ articleId: article.id })),
      ]).then(
        ([allTags, allReviews]) => {
          const current = viewRef.current()
          if (!current) return
          const meta: ReviewMeta = { type: 'others', others: allTags, reviews: allReviews }
          current.dispatch(
            current.state.tr.setMeta(reviewPluginKey, meta).setMeta('addToHistory', false),
          )
        },
        () => undefined, // The lanes keep what they showed; the next change or opening retries.
      )
    })
  }, [article.id])
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

  const savedDoc = useRef<unknown>(null)
  const notePendingRef = useRef<(state: EditorState) => void>(() => undefined)
  const onSavedRef = useRef(onSaved)
  onSavedRef.current = onSaved
  const saver = useMemo(
    () =>
      createAutosaver<Parameters<ReturnType<typeof getApi>['saveWork']>[0]>({
        delayMs: 600,
        retryMs: 3000,
        // Shown after the next paint, and only when it differs (pending comes after every key):
        // a React commit walks the editable text up to the caret to save the selection, which
        // must not delay the keystroke that made the change.
        onStatus: (status) =>
          afterPaint(() =>
            setSaveStatus((current) =>
              JSON.stringify(current) === JSON.stringify(status) ? current : status,
            ),
          ),
        save: async (snapshot) => {
          const meta = await unwrap(getApi().saveWork(snapshot))
          onSavedRef.current(meta)
        },
      }),
    [],
  )

  const view = tagEditor.view
  const lastScheduled = useRef<{ doc: unknown; revision: number } | null>(null)
  /** Schedules a save when the text or the tags differ from what was last scheduled. */
  const notePending = useCallback(
    (current: EditorState | null | undefined) => {
      if (!current) return
      // Both counters only grow: their sum changes whenever tags or the editor's reviews do.
      const revision =
        (tagPluginKey.getState(current)?.revision ?? 0) +
        (reviewPluginKey.getState(current)?.revision ?? 0)
      // The first state seen is the one the article opened with: the baseline, already saved.
      if (lastScheduled.current === null) {
        savedDoc.current = current.doc
        lastScheduled.current = { doc: current.doc, revision }
        return
      }
      // Only a change of text or tags schedules a save; moving the cursor does not.
      if (
        current.doc === lastScheduled.current.doc &&
        revision === lastScheduled.current.revision
      ) {
        return
      }
      lastScheduled.current = { doc: current.doc, revision }
      saver.schedule(() => {
        const latest = view()?.state ?? current
        const bodyChanged = latest.doc !== savedDoc.current
        savedDoc.current = latest.doc
        return {
          articleId: article.id,
          tags: tagsToSave(latest, editor.id),
          reviews: reviewsToSave(latest),
          ...(bodyChanged ? { body: flatBody(latest.doc) } : {}),
        }
      })
    },
    [saver, article.id, editor.id, view],
  )
  notePendingRef.current = notePending

  useEffect(() => {
    // The editor's newest state may not have reached React yet: take it from the view.
    const flushNow = () => {
      notePending(view()?.state)
      return saver.flush()
    }
    const onPageHide = () => void flushNow()
    window.addEventListener('pagehide', onPageHide)
    const unregister = registerFlush(flushNow)
    return () => {
      unregister()
      window.removeEventListener('pagehide', onPageHide)
      void flushNow().finally(() => saver.dispose())
    }
  }, [saver, notePending, view])

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

  // The Tag menu (App forwards its commands through menu-commands) acts on this editor.
  const requestNoteRef = useRef(requestNote)
  requestNoteRef.current = requestNote
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'clear-tag') run(clearTags(context))
        else if (command === 'edit-note') requestNoteRef.current()
        else if (command === 'toggle-review') run(toggleReviewMode)
        else tagAs(command.slice('tag-'.length) as TagKind)
      }),
    [run, context, tagAs],
  )

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
          {TAG_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`tool tool-${kind}${active?.record.annotation.kind === kind ? ' is-on' : ''}`}
              aria-pressed={active?.record.annotation.kind === kind}
              disabled={editing || !range}
              title={`Tag as ${KIND_NAMES[kind]} (${TAG_KIND_SPECS[kind].keys[0].toUpperCase()} or ${TAG_KIND_SPECS[kind].keys[1]})`}
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
          <SaveIndicator status={saveStatus} onRetry={() => void saver.flush()} />
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
          onMetaSaved={onSaved}
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
