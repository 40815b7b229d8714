import { useEffect } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import { useAppState, useServices } from '../../app/service-context'
import { selectSentenceAt } from '../../editor/commands'
import { docIndex, offsetToPos } from '../../editor/positions'

/**
 * Selects the sentences of an evidence passage once its article's editor is shown (the passage
 * was opened from a fact-check), then puts the focus in the text. The passage is found by its
 * offsets when the text there still reads the same, else by its words; the request is dropped
 * either way.
 */
export function usePassageFocus(
  articleId: string,
  state: EditorState | null,
  run: (command: Command) => boolean,
  focus: () => void,
): void {
  const { factCheck } = useServices()
  const request = useAppState((app) => app.factCheck.passageRequest)
  const ready = state !== null
  useEffect(() => {
    if (!request || request.articleId !== articleId || !ready) return
    factCheck.passageShown()
    run((current, dispatch, view) => {
      const index = docIndex(current.doc)
      let start = request.start
      if (index.text.slice(request.start, request.end) !== request.exact) {
        start = index.text.indexOf(request.exact)
        if (start < 0) return false
      }
      const end = start + request.exact.length
      const from = offsetToPos(index, start)
      const to = offsetToPos(index, Math.max(start, end - 1))
      let latest = current
      const apply = (command: Command) =>
        command(latest, (tr) => {
          dispatch?.(tr)
          latest = view?.state ?? latest.apply(tr)
        })
      return apply(selectSentenceAt(from)) && apply(selectSentenceAt(to, true))
    })
    focus()
  }, [request, articleId, ready, run, focus, factCheck])
}
