import {
  baseKeymap,
  chainCommands,
  createParagraphNear,
  deleteSelection,
  joinBackward,
  joinForward,
  liftEmptyBlock,
  newlineInCode,
  selectNodeBackward,
  selectNodeForward,
  splitBlock,
} from 'prosemirror-commands'
import type { ResolvedPos } from 'prosemirror-model'
import {
  EditorState,
  Selection,
  TextSelection,
  type Command,
  type Transaction,
} from 'prosemirror-state'

/** The boundary between two sections that joining backward from `$pos` would cross, or null. */
function sectionBoundaryBefore($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth - 1; depth >= 0; depth -= 1) {
    if ($pos.index(depth) > 0) return depth === 0 ? $pos.before(1) : null
  }
  return null
}

/** The boundary between two sections that joining forward from `$pos` would cross, or null. */
function sectionBoundaryAfter($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth - 1; depth >= 0; depth -= 1) {
    if ($pos.index(depth) + 1 < $pos.node(depth).childCount) {
      return depth === 0 ? $pos.after(1) : null
    }
  }
  return null
}

/**
 * Runs a joining command (Backspace or Delete at the edge of a block) as if sections were not
 * there: when the block it would join with lies in the neighbouring section, the two sections
 * are joined first, in the same transaction, and the command runs on the result. Without this,
 * ProseMirror would join the sections themselves, a key press with nothing to see.
 */
export function acrossSections(command: Command, direction: -1 | 1): Command {
  return (state, dispatch, view) => {
    const $cursor = state.selection instanceof TextSelection ? state.selection.$cursor : null
    if (!$cursor) return command(state, dispatch, view)
    const atEdge = view
      ? view.endOfTextblock(direction < 0 ? 'backward' : 'forward', state)
      : direction < 0
        ? $cursor.parentOffset === 0
        : $cursor.parentOffset === $cursor.parent.content.size
    const boundary = !atEdge
      ? null
      : direction < 0
        ? sectionBoundaryBefore($cursor)
        : sectionBoundaryAfter($cursor)
    if (boundary === null) return command(state, dispatch, view)
    const tr = state.tr.join(boundary)
    const joined = EditorState.create({ doc: tr.doc, selection: tr.selection })
    let inner: Transaction | null = null
    const applies = command(joined, (next) => {
      inner = next
    })
    if (!applies) return false
    const done = inner as Transaction | null
    if (dispatch && done) {
      for (const step of done.steps) tr.step(step)
      if (done.selectionSet) tr.setSelection(Selection.fromJSON(tr.doc, done.selection.toJSON()))
      dispatch(tr.scrollIntoView())
    }
    return true
  }
}

/**
 * `liftEmptyBlock` for blocks in sections: a block that sits right in a section is a top-level
 * block of the article, which cannot be lifted (ProseMirror would cut the section instead).
 */
export const liftEmptyBlockInSections: Command = (state, dispatch, view) => {
  const { $from } = state.selection
  if ($from.depth >= 2 && $from.node(-1).type.name === 'section') return false
  return liftEmptyBlock(state, dispatch, view)
}

const backspace = chainCommands(
  deleteSelection,
  acrossSections(chainCommands(joinBackward, selectNodeBackward), -1),
)
const del = chainCommands(
  deleteSelection,
  acrossSections(chainCommands(joinForward, selectNodeForward), 1),
)
const enter = chainCommands(
  newlineInCode,
  createParagraphNear,
  liftEmptyBlockInSections,
  splitBlock,
)

/**
 * ProseMirror's base keymap for a document of sections: Enter, Backspace and Delete (and their
 * variants) behave as they would on the flat article, the section boundaries unseen.
 */
export function sectionBaseKeymap(): Record<string, Command> {
  const keys: Record<string, Command> = {}
  for (const [key, command] of Object.entries(baseKeymap)) {
    if (command === baseKeymap.Backspace) keys[key] = backspace
    else if (command === baseKeymap.Delete) keys[key] = del
    else if (command === baseKeymap.Enter) keys[key] = enter
    else keys[key] = command
  }
  return keys
}
