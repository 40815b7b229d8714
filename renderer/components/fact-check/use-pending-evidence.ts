import { useEffect } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import { useAppState, useServices } from '../../app/service-context'
import type { TagContext } from '../../editor/commands'
import { addEvidencePassage } from '../../editor/fact-check-commands'
import { findPlacedTag } from '../../editor/tag-plugin'
import { selectSpan } from '../../editor/commands'

/**
 * Adds the passage picked in the story view to its claim once the claim's article is open again
 * (through the editor, so Ctrl+Z takes it back and autosave saves it), and puts the cursor on the
 * claim so that its details show the new passage. Tells the notices when it could not be added.
 */
export function usePendingEvidence(
  articleId: string,
  state: EditorState | null,
  run: (command: Command) => boolean,
  context: TagContext,
  focus: () => void,
): void {
  const { factCheck, window: appWindow } = useServices()
  const pending = useAppState((app) => app.factCheck.pendingEvidence)
  const ready = state !== null
  useEffect(() => {
    if (!pending || pending.articleId !== articleId || !ready) return
    factCheck.evidenceAdded()
    const added = run(addEvidencePassage(pending.tagId, pending.passage, context))
    run((current, dispatch) => {
      const placed = findPlacedTag(current, pending.tagId)
      if (placed?.from == null || placed.to == null) return false
      return selectSpan({ from: placed.from, to: placed.to })(current, dispatch)
    })
    if (!added) {
      appWindow.notify([
        { level: 'info', message: 'The claim already has this passage as evidence, or is gone.' },
      ])
    }
    focus()
  }, [pending, articleId, ready, run, context, focus, factCheck, appWindow])
}
