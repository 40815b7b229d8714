import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import type { Review } from '../../../shared/model/review'
import { useAppState, useServices } from '../../app/service-context'
import { clearTags, myTagAtCursor, type TagContext } from '../../editor/commands'
import { isEditing } from '../../editor/mode-plugin'
import { newTagId } from '../../editor/new-tag-id'
import { reviewPluginKey } from '../../editor/review-plugin'
import { tagMenuCommand } from '../../editor/tag-menu'
import { tagSelectionAs } from '../../editor/tag-selection'
import { useClaimReveal } from '../claims/use-claim-reveal'
import { ContextMenu } from './ContextMenu'
import { selectRatingScale } from '../../app/store/modules/fact-check'
import { DebrisBar } from './DebrisBar'
import { ReviewBar } from '../review/ReviewBar'
import type { ReviewRequest } from '../review/ReviewDetails'
import { TagToolbar } from './TagToolbar'
import { useWorkspaceEditor } from './use-workspace-editor'
import { WorkspacePanel } from './WorkspacePanel'

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
  /** A heading to show above the text, for a text that has none of its own (null: none). */
  heading?: string | null
}

/**
 * Tagging an article: the text in its editor with the sentence cursor, a toolbar and context menu
 * for mouse users, the side panel of tags, and automatic saving (by the article session, which
 * this attaches the editor to) with a visible state. The mode and every key live in the editor's
 * plugins.
 */
export function TagWorkspace({
  article,
  editor,
  tags,
  others = [],
  reviews = [],
  heading = null,
}: TagWorkspaceProps) {
  const { article: session, store } = useServices()
  const saveStatus = useAppState((state) => state.article.saveStatus)
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null)
  const [noteRequest, setNoteRequest] = useState<{ id: string; nonce: number } | null>(null)
  const [reviewRequest, setReviewRequest] = useState<ReviewRequest | null>(null)
  const context = useMemo<TagContext>(
    () => ({
      editor,
      articleId: article.id,
      newId: newTagId,
      now: () => new Date().toISOString(),
      ratingScale: () => selectRatingScale(store.getState()),
    }),
    [editor, article.id, store],
  )
  const tagEditor = useWorkspaceEditor({
    article,
    editor,
    tags,
    others,
    reviews,
    context,
    onOpenNote: () => requestNote(),
    onContextMenu: (x, y) => setMenu({ x, y }),
    onReviewRequest: (kind) => setReviewRequest({ kind, nonce: Date.now() }),
    onStateChange: (next) => session.noteState(next),
  })
  const { state, run, view, focus } = tagEditor
  const review = state ? reviewPluginKey.getState(state) : undefined
  const reviewing = review?.active ?? false
  const active = state ? myTagAtCursor(state, editor) : null
  // Opened from the claims board: the cursor goes to the claim.
  useClaimReveal({ articleId: article.id, state, tags, others, run, view, focus })

  /** Asks the panel to put the caret in the note of the editor's tag under the cursor. */
  function requestNote(): void {
    const current = view()?.state
    const tag = current ? myTagAtCursor(current, editor) : null
    if (tag) setNoteRequest({ id: tag.record.annotation.id, nonce: Date.now() })
  }
  const requestNoteRef = useRef(requestNote)
  requestNoteRef.current = requestNote

  // The session saves this editor's work and hands it the Tag menu's commands.
  useEffect(
    () =>
      session.attach({
        articleId: article.id,
        editorId: editor.id,
        view,
        runMenuCommand: (command) => {
          const editorCommand = tagMenuCommand(command, context)
          if (!editorCommand) return requestNoteRef.current()
          run(editorCommand)
          if (command.startsWith('tag-')) focus()
        },
      }),
    [session, article.id, editor.id, view, context, run, focus],
  )

  return (
    <div className={`workspace${state && isEditing(state) ? ' is-editing' : ''}`}>
      {/* The toolbar spans the text and the panel, so that its tools and the save state fit on
          one line and the text starts higher. */}
      <TagToolbar
        state={state}
        editor={editor}
        context={context}
        run={run}
        focus={focus}
        saveStatus={saveStatus}
        onRetrySave={() => void session.flush()}
      />
      <div className="workspace-main">
        <DebrisBar
          state={state}
          run={run}
          view={view}
          articleId={article.id}
          onReturnToText={focus}
        />
        <ReviewBar state={state} run={run} onReturnToText={focus} />
        {heading && <h1 className="article-heading">{heading}</h1>}
        <div
          className={`editor${reviewing ? ' is-reviewing' : ''}`}
          style={
            reviewing
              ? ({ '--lane-count': review?.editors.length ?? 0 } as CSSProperties)
              : undefined
          }
          ref={tagEditor.mount}
        />
      </div>
      <WorkspacePanel
        state={state}
        view={view}
        run={run}
        editor={editor}
        context={context}
        reviewRequest={reviewRequest}
        onReviewRequestDone={() => setReviewRequest(null)}
        noteRequest={noteRequest}
        onNoteFocused={() => setNoteRequest(null)}
        onReturnToText={focus}
      />
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          activeKind={active?.record.annotation.kind ?? null}
          onTag={(kind) => {
            run(tagSelectionAs(kind, context))
            focus()
          }}
          onClear={() => run(clearTags(context))}
          onNote={() => requestNote()}
          onClose={() => {
            setMenu(null)
            focus()
          }}
        />
      )}
    </div>
  )
}
