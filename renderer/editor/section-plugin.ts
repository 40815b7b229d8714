import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { MAX_SECTION_SIZE, MIN_SECTION_SIZE, sectionSizes } from './sections'
import { changesText } from './changes-text'

/** The key of the section plugin. */
export const sectionPluginKey = new PluginKey('factmark-sections')

function needsBalance(tr: Transaction): boolean {
  let needed = false
  tr.doc.forEach((section) => {
    const size = section.childCount
    if (size > MAX_SECTION_SIZE || (size < MIN_SECTION_SIZE && tr.doc.childCount > 1)) {
      needed = true
    }
  })
  return needed
}

/**
 * Cuts sections grown past {@link MAX_SECTION_SIZE} blocks into even ones and joins a section
 * shrunk below {@link MIN_SECTION_SIZE} to its smaller neighbour when both fit in one, on `tr`.
 * Only section boundaries move: the text and its blocks stay as they are. Returns whether it
 * changed anything.
 */
export function balanceSections(tr: Transaction): boolean {
  if (!needsBalance(tr)) return false
  let changed = false
  let index = 0
  let pos = 0
  while (index < tr.doc.childCount) {
    const section = tr.doc.child(index)
    const size = section.childCount
    if (size > MAX_SECTION_SIZE) {
      // Cut from the last boundary back, so that the earlier boundaries keep their positions.
      const sizes = sectionSizes(size)
      const cuts: number[] = []
      let child = 0
      let cut = pos + 1
      for (const part of sizes.slice(0, -1)) {
        for (const end = child + part; child < end; child += 1) cut += section.child(child).nodeSize
        cuts.push(cut)
      }
      for (const at of cuts.reverse()) tr.split(at, 1)
      changed = true
      for (let added = 0; added < sizes.length; added += 1) {
        pos += tr.doc.child(index).nodeSize
        index += 1
      }
      continue
    }
    if (size < MIN_SECTION_SIZE && tr.doc.childCount > 1) {
      const before = index > 0 ? tr.doc.child(index - 1) : null
      const after = index + 1 < tr.doc.childCount ? tr.doc.child(index + 1) : null
      const fitsBefore = before !== null && before.childCount + size <= MAX_SECTION_SIZE
      const fitsAfter = after !== null && after.childCount + size <= MAX_SECTION_SIZE
      if (fitsBefore && (!fitsAfter || (before?.childCount ?? 0) <= (after?.childCount ?? 0))) {
        // Joined to the section before: look at the joined section again.
        tr.join(pos)
        changed = true
        index -= 1
        pos -= before?.nodeSize ?? 0
        continue
      }
      if (fitsAfter) {
        tr.join(pos + section.nodeSize)
        changed = true
        continue
      }
    }
    pos += section.nodeSize
    index += 1
  }
  return changed
}

/**
 * Keeps the editor's sections (see `section-schema.ts`) near their size through edits: after a
 * change of the document, it appends a transaction that cuts or joins sections. History folds an
 * appended transaction into the change that caused it, so undo takes both back at once.
 */
export function sectionPlugin(): Plugin {
  return new Plugin({
    key: sectionPluginKey,
    appendTransaction: (transactions, _old, state) => {
      if (!transactions.some(changesText)) return null
      const tr = state.tr
      return balanceSections(tr) ? tr : null
    },
  })
}
