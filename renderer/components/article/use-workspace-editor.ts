import { redoDepth, undoDepth } from 'prosemirror-history'
import type { EditorState } from 'prosemirror-state'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import type { Review } from '../../../shared/model/review'
import { myTagAtCursor, type TagContext } from '../../editor/commands'
import { cursorRange } from '../../editor/cursor-plugin'
import { debrisPluginKey } from '../../editor/debris-plugin'
import { modePluginKey } from '../../editor/mode-plugin'
import { reviewKeys } from '../../editor/review-keys'
import { reviewPlugin, reviewPluginKey } from '../../editor/review-plugin'
import { tagPluginKey } from '../../editor/tag-plugin'
import { useTagEditor, type TagEditor } from '../../editor/use-tag-editor'
import type { ReviewRequest } from '../review/ReviewDetails'

/** Options of {@link useWorkspaceEditor}. */
export interface WorkspaceEditorOptions {
  article: Article
  editor: EditorRef
  tags: readonly Annotation[]
  others: readonly Annotation[]
  reviews: readonly Review[]
  context: TagContext
  onOpenNote: () => void
  onContextMenu: (x: number, y: number) => void
  /** A review key asks the panel for a reason, a comment or an acceptance. */
  onReviewRequest: (kind: ReviewRequest['kind']) => void
  onStateChange: (state: EditorState) => void
}

/**
 * The tagging workspace's editor: the tag editor with the review plugins, redrawn by React only
 * when what the workspace shows changes (the mode, review, tags, the cursor's tag, history, debris).
 */
export function useWorkspaceEditor(options: WorkspaceEditorOptions): TagEditor {
  const { editor, onReviewRequest } = options
  return useTagEditor({
    body: options.article.body,
    tags: options.tags,
    context: options.context,
    debrisKept: options.article.debrisKept,
    onOpenNote: options.onOpenNote,
    onContextMenu: options.onContextMenu,
    onStateChange: options.onStateChange,
    extraPlugins: () => [
      reviewPlugin({ me: editor, others: options.others, reviews: options.reviews }),
      reviewKeys({
        accept: () => onReviewRequest('accept'),
        reject: () => onReviewRequest('reject'),
        comment: () => onReviewRequest('comment'),
      }),
    ],
    renderKey: (next) => [
      modePluginKey.getState(next),
      reviewPluginKey.getState(next),
      tagPluginKey.getState(next)?.revision,
      myTagAtCursor(next, editor)?.record,
      cursorRange(next) !== null,
      undoDepth(next) > 0,
      redoDepth(next) > 0,
      debrisPluginKey.getState(next)?.revision,
    ],
  })
}
