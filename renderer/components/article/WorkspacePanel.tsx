import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { EditorRef } from '../../../shared/model/annotation'
import {
  deleteTag,
  myTagAtCursor,
  reattachTag,
  updateTag,
  type TagContext,
} from '../../editor/commands'
import { cursorRange } from '../../editor/cursor-plugin'
import { reviewPluginKey } from '../../editor/review-plugin'
import { Legend } from './Legend'
import { ReviewDetails, type ReviewRequest } from '../review/ReviewDetails'
import { TagPanel } from './TagPanel'
import { useMyTags } from './use-my-tags'
import { useFactCheckContext } from '../fact-check/use-fact-check-context'
import { usePassageFocus } from '../fact-check/use-passage-focus'
import { usePendingEvidence } from '../fact-check/use-pending-evidence'

/** Props of {@link WorkspacePanel}. */
export interface WorkspacePanelProps {
  /** The editor's state as React last drew it. */
  state: EditorState | null
  view: () => EditorView | null
  run: (command: Command) => boolean
  editor: EditorRef
  context: TagContext
  reviewRequest: ReviewRequest | null
  onReviewRequestDone: () => void
  noteRequest: { id: string; nonce: number } | null
  onNoteFocused: () => void
  /** Puts the focus back in the article's text. */
  onReturnToText: () => void
}

/**
 * The side panel of the tagging workspace: in review mode the other editors' tag under the
 * cursor, then the legend and the acting editor's tags, each edited through editor commands.
 */
export function WorkspacePanel(props: WorkspacePanelProps) {
  const { state, view, run, editor, context, onReturnToText } = props
  const { placed, unplaced, jump } = useMyTags(state, editor.id, view, run)
  const active = state ? myTagAtCursor(state, editor) : null
  const factCheck = useFactCheckContext(context.articleId)
  usePassageFocus(context.articleId, state, run, onReturnToText)
  usePendingEvidence(context.articleId, state, run, context, onReturnToText)
  const reviewing = state ? (reviewPluginKey.getState(state)?.active ?? false) : false
  return (
    <aside className="tag-panel" aria-label="Tags">
      {reviewing && state && (
        <ReviewDetails
          state={state}
          liveState={() => view()?.state ?? null}
          run={run}
          context={context}
          mine={active}
          request={props.reviewRequest}
          onRequestDone={props.onReviewRequestDone}
          onReturnToText={onReturnToText}
        />
      )}
      <Legend />
      <TagPanel
        placed={placed}
        unplaced={unplaced}
        active={active}
        hasCursor={state ? cursorRange(state) !== null : false}
        noteRequest={props.noteRequest}
        onNoteFocused={props.onNoteFocused}
        onJump={jump}
        onUpdate={(id, fields) => run(updateTag(id, fields, context))}
        onReattach={(id) => run(reattachTag(id, context))}
        onDelete={(id) => run(deleteTag(id, context))}
        onReturnToText={onReturnToText}
        factCheck={factCheck}
      />
    </aside>
  )
}
