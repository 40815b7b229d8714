import { useEffect } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { Annotation } from '../../../shared/model/annotation'
import { useAppState, useServices } from '../../app/service-context'
import { revealTag, tagRange } from '../../editor/reveal-tag'

/** What {@link useClaimReveal} needs of the open article's workspace. */
export interface ClaimRevealTarget {
  articleId: string
  state: EditorState | null
  tags: readonly Annotation[]
  others: readonly Annotation[]
  run: (command: Command) => boolean
  view: () => EditorView | null
  focus: () => void
}

/**
 * Opens the article at the claim the board asked for: once the editor is ready, its cursor goes
 * to the tag's sentence, which is scrolled into view, and the text takes the focus. A tag that
 * can no longer be placed leaves the cursor where it is; either way the request is done.
 */
export function useClaimReveal(target: ClaimRevealTarget): void {
  const { claims } = useServices()
  const reveal = useAppState((state) => state.claims.reveal)
  const ready = target.state !== null
  const { articleId, tags, others, run, view, focus } = target
  useEffect(() => {
    if (!reveal || !ready || reveal.articleId !== articleId) return
    const tag =
      tags.find((candidate) => candidate.id === reveal.tagId) ??
      others.find((candidate) => candidate.id === reveal.tagId)
    const current = view()
    if (tag && current && run(revealTag(tag))) {
      const range = tagRange(current.state.doc, tag)
      const dom = range ? current.domAtPos(range.from) : null
      const node = dom?.node instanceof Element ? dom.node : dom?.node.parentElement
      node?.scrollIntoView?.({ block: 'center' })
    }
    focus()
    claims.revealed()
  }, [reveal, ready, articleId, tags, others, run, view, focus, claims])
}
