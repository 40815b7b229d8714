import { useCallback, useMemo, useRef } from 'react'
import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { selectSpan } from '../../editor/commands'
import { PlacedList } from '../../editor/placed-list'
import { findPlacedTag, placedTagList, tagPluginKey, unplacedTags } from '../../editor/tag-plugin'
import type { PlacedTag, TagRecord } from '../../editor/tag-record'

/** The acting editor's tags for the panel, and a way to jump to one. */
export interface MyTags {
  placed: PlacedList
  unplaced: TagRecord[]
  /** Selects a listed tag's sentences (where the tag is now) and scrolls them into view. */
  jump: (listed: PlacedTag) => void
}

/**
 * The acting editor's placed and unplaced tags. The lists change only when tags do (the tag
 * plugin's revision), not when the cursor moves; and when they change, only the chunks of the
 * list that changed are filtered again (see {@link PlacedList.filter}): with thousands of tags, a
 * keystroke must not rebuild them.
 */
export function useMyTags(
  state: EditorState | null,
  editorId: string,
  view: () => EditorView | null,
  run: (command: Command) => boolean,
): MyTags {
  const revision = state ? (tagPluginKey.getState(state)?.revision ?? 0) : -1
  const stateRef = useRef(state)
  stateRef.current = state
  const placed = useMemo(() => {
    const current = stateRef.current
    if (!current) return PlacedList.empty
    return placedTagList(current).filter(
      `author:${editorId}`,
      (tag) => tag.record.annotation.author.id === editorId,
    )
  }, [revision, editorId])
  const unplaced = useMemo(() => {
    const current = stateRef.current
    if (!current) return []
    return unplacedTags(current).filter((record) => record.annotation.author.id === editorId)
  }, [revision, editorId])
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
  return { placed, unplaced, jump }
}
