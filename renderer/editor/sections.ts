import { Node, type Fragment } from 'prosemirror-model'
import { ReplaceStep, type Step } from 'prosemirror-transform'
import type { DocNodeJson } from '../../shared/model/doc-json'
import { editorSchema } from './section-schema'

/** How many blocks a section holds when the editor groups an article's blocks. */
export const SECTION_SIZE = 64
/** A section grown past this many blocks (by typing or pasting) is cut up again. */
export const MAX_SECTION_SIZE = 2 * SECTION_SIZE
/** A section shrunk below this many blocks is joined to a neighbour when the two fit in one. */
export const MIN_SECTION_SIZE = SECTION_SIZE / 4

/**
 * How many blocks each section gets when `count` blocks are grouped: as few sections as keep
 * each at most {@link SECTION_SIZE}, with sizes differing by one at most.
 */
export function sectionSizes(count: number): number[] {
  const sections = Math.max(1, Math.ceil(count / SECTION_SIZE))
  const base = Math.floor(count / sections)
  const larger = count - base * sections
  return Array.from({ length: sections }, (_, index) => base + (index < larger ? 1 : 0))
}

/** The document made of each body so far (a node never changes, so one serves every caller). */
const sectionDocs = new WeakMap<DocNodeJson, Node>()

/**
 * The editor's document for a stored article body: its top-level blocks grouped into sections
 * of the editor schema. The blocks themselves are unchanged, so the plain text is the same. Made
 * once per body object: opening an article reads its text before the editor is built on it.
 */
export function sectionDoc(body: DocNodeJson): Node {
  let doc = sectionDocs.get(body)
  if (!doc) {
    doc = groupedDoc(body)
    sectionDocs.set(body, doc)
  }
  return doc
}

function groupedDoc(body: DocNodeJson): Node {
  const blocks = body.content && body.content.length > 0 ? body.content : [{ type: 'paragraph' }]
  const sections: DocNodeJson[] = []
  let start = 0
  for (const size of sectionSizes(blocks.length)) {
    sections.push({ type: 'section', content: blocks.slice(start, start + size) })
    start += size
  }
  return Node.fromJSON(editorSchema, { type: 'doc', content: sections })
}

/** The body to store for an editor document: its sections' blocks in order, as one flat doc. */
export function flatBody(doc: Node): DocNodeJson {
  const content: DocNodeJson[] = []
  doc.forEach((section) => {
    section.forEach((block) => content.push(block.toJSON() as DocNodeJson))
  })
  return { type: 'doc', content }
}

function onlyEmptySections(fragment: Fragment): boolean {
  let only = true
  fragment.forEach((node) => {
    if (node.type !== editorSchema.nodes.section || node.childCount > 0) only = false
  })
  return only
}

/**
 * Whether a step only moves section boundaries (cuts a section in two or joins two), which
 * changes positions but neither the text nor its blocks: tags are then mapped, never marked as
 * changed or orphaned.
 */
export function changesOnlySections(step: Step, doc: Node): boolean {
  if (!(step instanceof ReplaceStep)) return false
  if (step.to - step.from > 2 || step.slice.size > 2) return false
  return (
    onlyEmptySections(step.slice.content) &&
    onlyEmptySections(doc.slice(step.from, step.to).content)
  )
}
