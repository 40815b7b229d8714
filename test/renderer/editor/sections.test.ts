import { describe, expect, it } from 'vitest'
import { baseKeymap } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { Node, Slice, Fragment } from 'prosemirror-model'
import {
  AllSelection,
  EditorState,
  TextSelection,
  type Command,
  type Transaction,
} from 'prosemirror-state'
import { articleSchema } from '../../../shared/editor/schema'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { articleText, textBlocks } from '../../../shared/text/article-text'
import { cursorPlugin } from '../../../renderer/editor/cursor-plugin'
import { loadTags } from '../../../renderer/editor/load-tags'
import { docIndex, offsetToPos, posToOffset } from '../../../renderer/editor/positions'
import { tagsToSave } from '../../../renderer/editor/save-tags'
import { editorSchema } from '../../../renderer/editor/section-schema'
import { sectionBaseKeymap } from '../../../renderer/editor/section-keys'
import { sectionPlugin } from '../../../renderer/editor/section-plugin'
import {
  MAX_SECTION_SIZE,
  MIN_SECTION_SIZE,
  SECTION_SIZE,
  flatBody,
  sectionDoc,
  sectionSizes,
} from '../../../renderer/editor/sections'
import { placedTags, tagPlugin, unplacedTags } from '../../../renderer/editor/tag-plugin'
import { describe as describeTarget } from '../../../shared/anchoring/describe'
import type { Annotation } from '../../../shared/model/annotation'

const keys = sectionBaseKeymap()

function paragraph(text: string): DocNodeJson {
  return { type: 'paragraph', content: [{ type: 'text', text }] }
}

type BlockKind = 'paragraph' | 'heading' | 'blockquote' | 'empty'

function block(kind: BlockKind, index: number): DocNodeJson {
  if (kind === 'heading') {
    return {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: `Heading ${index}` }],
    }
  }
  if (kind === 'blockquote') {
    return {
      type: 'blockquote',
      content: [paragraph(`Quoted ${index}. It goes on.`), paragraph(`Still quoted ${index}.`)],
    }
  }
  if (kind === 'empty') return { type: 'paragraph' }
  return paragraph(`Paragraph ${index} starts. It ends here.`)
}

/**
 * An article of `count` blocks: paragraphs, with a heading every 25 blocks and a blockquote of
 * two paragraphs every 40, and the blocks given by `at` (by index) where asked.
 */
function body(count: number, at: Record<number, BlockKind> = {}): DocNodeJson {
  const content: DocNodeJson[] = []
  for (let index = 0; index < count; index += 1) {
    const kind: BlockKind =
      at[index] ?? (index % 25 === 3 ? 'heading' : index % 40 === 7 ? 'blockquote' : 'paragraph')
    content.push(block(kind, index))
  }
  return { type: 'doc', content }
}

/**
 * Articles of 200 blocks (four sections of 50) whose section edges, between blocks 49 and 50, 99
 * and 100, 149 and 150, have every pair of kinds of block on either side.
 */
const EDGE_PAIRS: [BlockKind, BlockKind][] = [
  ['paragraph', 'paragraph'],
  ['blockquote', 'paragraph'],
  ['paragraph', 'blockquote'],
  ['heading', 'paragraph'],
  ['paragraph', 'heading'],
  ['blockquote', 'blockquote'],
  ['empty', 'paragraph'],
  ['paragraph', 'empty'],
  ['heading', 'blockquote'],
]
const EDGE_ARTICLES: DocNodeJson[] = [0, 3, 6].map((first) => {
  const at: Record<number, BlockKind> = {}
  EDGE_PAIRS.slice(first, first + 3).forEach(([before, after], edge) => {
    at[49 + 50 * edge] = before
    at[50 + 50 * edge] = after
  })
  return body(200, at)
})

function sectionState(json: DocNodeJson, annotations: Annotation[] = []): EditorState {
  const doc = sectionDoc(json)
  return EditorState.create({
    doc,
    plugins: [history(), sectionPlugin(), tagPlugin(loadTags(doc, annotations)), cursorPlugin()],
  })
}

function flatState(json: DocNodeJson): EditorState {
  return EditorState.create({ doc: Node.fromJSON(articleSchema, json), plugins: [history()] })
}

/** Runs a command, applying its transaction and the plugins' appended ones; returns the state. */
function run(state: EditorState, command: Command): { state: EditorState; applied: boolean } {
  let current = state
  const applied = command(current, (tr: Transaction) => {
    current = current.applyTransaction(tr).state
  })
  return { state: current, applied }
}

/** Puts a collapsed cursor at a plain-text offset. */
function at(state: EditorState, offset: number): EditorState {
  const pos = offsetToPos(docIndex(state.doc), offset)
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)))
}

function sizes(doc: Node): number[] {
  const counts: number[] = []
  doc.forEach((section) => counts.push(section.childCount))
  return counts
}

function balanced(doc: Node): boolean {
  const counts = sizes(doc)
  return counts.every(
    (count) => count <= MAX_SECTION_SIZE && (counts.length === 1 || count >= MIN_SECTION_SIZE),
  )
}

/** The offsets in the plain text where one section ends and the next begins. */
function sectionEdges(doc: Node): { end: number; start: number }[] {
  const index = docIndex(doc)
  const edges: { end: number; start: number }[] = []
  let pos = 0
  doc.forEach((section, offset) => {
    if (offset > 0) {
      edges.push({ end: posToOffset(index, offset - 2), start: posToOffset(index, offset + 2) })
    }
    pos = offset
  })
  expect(pos).toBeGreaterThan(0)
  return edges
}

describe('sections', () => {
  it('groups blocks into even sections and flattens them back to the same body', () => {
    expect(sectionSizes(1)).toEqual([1])
    expect(sectionSizes(SECTION_SIZE)).toEqual([SECTION_SIZE])
    expect(sectionSizes(SECTION_SIZE + 1)).toEqual([33, 32])
    for (const count of [1, 2, 63, 64, 65, 130, 1000, 10_000]) {
      const parts = sectionSizes(count)
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(count)
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1)
      expect(Math.max(...parts)).toBeLessThanOrEqual(SECTION_SIZE)
    }
    for (const count of [1, 64, 65, 200]) {
      const json = body(count)
      const doc = sectionDoc(json)
      doc.check()
      expect(doc.childCount).toBe(sectionSizes(count).length)
      expect(flatBody(doc)).toEqual(json)
      expect(flatBody(doc)).toEqual(Node.fromJSON(articleSchema, json).toJSON())
    }
    expect(flatBody(sectionDoc({ type: 'doc', content: [] }))).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    })
  })

  it('makes one document per body, so opening reads the text of the document the editor gets', () => {
    const json = body(65)
    const doc = sectionDoc(json)
    expect(sectionDoc(json)).toBe(doc)
    const copy = structuredClone(json)
    expect(sectionDoc(copy)).not.toBe(doc)
    expect(sectionDoc(copy).eq(doc)).toBe(true)
  })

  it('adds nothing to the plain text, and maps offsets to positions through the sections', () => {
    const json = body(200)
    const flat = Node.fromJSON(articleSchema, json)
    const doc = sectionDoc(json)
    expect(articleText(doc)).toBe(articleText(flat))
    expect(textBlocks(doc).map((block) => [block.text, block.start])).toEqual(
      textBlocks(flat).map((block) => [block.text, block.start]),
    )
    const index = docIndex(doc)
    expect(index.text).toBe(articleText(flat))
    for (const block of index.blocks) {
      expect(doc.resolve(block.pos).parent.textContent).toBe(block.text)
      for (const offset of [block.start, block.start + 5, block.start + block.text.length]) {
        expect(posToOffset(index, offsetToPos(index, offset))).toBe(offset)
      }
    }
  })

  it.each(EDGE_ARTICLES.map((json, index) => [index, json] as const))(
    'edits across section edges as on the flat article, and undo restores it (article %i)',
    (_, json) => {
      const start = sectionState(json)
      const edges = sectionEdges(start.doc)
      expect(edges).toHaveLength(3)
      const cases: [string, Command, Command, (edge: { end: number; start: number }) => number][] =
        [
          [
            'Backspace at a section start',
            keys.Backspace!,
            baseKeymap.Backspace!,
            (edge) => edge.start,
          ],
          ['Delete at a section end', keys.Delete!, baseKeymap.Delete!, (edge) => edge.end],
          ['Enter at a section end', keys.Enter!, baseKeymap.Enter!, (edge) => edge.end],
          ['Enter at a section start', keys.Enter!, baseKeymap.Enter!, (edge) => edge.start],
        ]
      for (const [name, sectionCommand, flatCommand, offsetOf] of cases) {
        for (const edge of edges) {
          const before = at(start, offsetOf(edge))
          const after = run(before, sectionCommand)
          const flat = run(at(flatState(json), offsetOf(edge)), flatCommand)
          expect(after.applied, name).toBe(flat.applied)
          expect(flatBody(after.state.doc), name).toEqual(flat.state.doc.toJSON())
          expect(posToOffset(docIndex(after.state.doc), after.state.selection.head), name).toBe(
            posToOffset(docIndex(flat.state.doc), flat.state.selection.head),
          )
          expect(balanced(after.state.doc), name).toBe(true)
          const undone = run(after.state, undo).state
          expect(undone.doc.eq(start.doc), name).toBe(true)
          const redone = run(undone, redo).state
          expect(flatBody(redone.doc), name).toEqual(flatBody(after.state.doc))
        }
      }
    },
  )

  it('keeps Enter in an empty paragraph from cutting its section, as on the flat article', () => {
    const json = body(200)
    const end = docIndex(sectionDoc(json)).blocks[10]!
    const offset = end.start + end.text.length
    let state = run(at(sectionState(json), offset), keys.Enter!).state
    let flat = run(at(flatState(json), offset), baseKeymap.Enter!).state
    expect(state.selection.$head.parent.content.size).toBe(0)
    const count = state.doc.childCount
    state = run(state, keys.Enter!).state
    flat = run(flat, baseKeymap.Enter!).state
    expect(state.doc.childCount).toBe(count)
    expect(flatBody(state.doc)).toEqual(flat.doc.toJSON())
    expect(state.selection.$head.depth).toBe(2)
  })

  it('deletes everything, pastes a long text and joins many blocks, keeping sections in bounds', () => {
    const json = body(300)
    const start = sectionState(json)
    // Select all and delete.
    let state = start.apply(start.tr.setSelection(new AllSelection(start.doc)))
    state = run(state, keys.Backspace!).state
    expect(flatBody(state.doc)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    // Paste 500 paragraphs into the empty article: one section would hold them all.
    const pasted = Fragment.from(
      Array.from({ length: 500 }, (_, index) =>
        editorSchema.nodes.paragraph!.create(null, editorSchema.text(`Pasted ${index}.`)),
      ),
    )
    state = run(state, (current, dispatch) => {
      dispatch?.(current.tr.replaceSelection(new Slice(pasted, 1, 1)))
      return true
    }).state
    expect(textBlocks(state.doc)).toHaveLength(500)
    expect(balanced(state.doc)).toBe(true)
    expect(state.doc.childCount).toBe(sectionSizes(500).length)
    // Delete from the middle of one section to the middle of one far after it.
    const index = docIndex(state.doc)
    const from = offsetToPos(index, (index.blocks[20]?.start ?? 0) + 3)
    const to = offsetToPos(index, (index.blocks[230]?.start ?? 0) + 3)
    const cut = run(state, (current, dispatch) => {
      dispatch?.(current.tr.delete(from, to))
      return true
    }).state
    expect(balanced(cut.doc)).toBe(true)
    expect(articleText(cut.doc)).toBe(
      articleText(
        flatState(flatBody(state.doc)).apply(
          flatState(flatBody(state.doc)).tr.delete(
            offsetToPos(docIndex(flatState(flatBody(state.doc)).doc), index.blocks[20]!.start + 3),
            offsetToPos(docIndex(flatState(flatBody(state.doc)).doc), index.blocks[230]!.start + 3),
          ),
        ).doc,
      ),
    )
    // Undo, three times, back to the article as it opened.
    state = run(run(run(cut, undo).state, undo).state, undo).state
    expect(state.doc.eq(start.doc)).toBe(true)
  })

  it('leaves tags alone when sections are cut or joined, and keeps them through edge edits', () => {
    const json = body(200)
    const flat = Node.fromJSON(articleSchema, json)
    const text = articleText(flat)
    const doc = sectionDoc(json)
    const edge = sectionEdges(doc)[0]!
    // A tag over the last sentence of one section and the first of the next, and one inside.
    const across = tag('across', text, text.lastIndexOf('It ends here.', edge.end), edge.start + 9)
    const inside = tag('inside', text, edge.start + 10, edge.start + 30)
    let state = sectionState(json, [across, inside])
    const before = placed(state)
    expect(before.map(([, quote]) => quote)).toEqual([
      text.slice(across.target.position.start, across.target.position.end),
      text.slice(inside.target.position.start, inside.target.position.end),
    ])
    // Push the first section over its bound by pasting: sections are cut, tags stay unchanged.
    const pos = offsetToPos(docIndex(state.doc), 5)
    const extra = Fragment.from(
      Array.from({ length: 2 * SECTION_SIZE }, () =>
        editorSchema.nodes.paragraph!.create(null, editorSchema.text('More.')),
      ),
    )
    state = run(state, (current, dispatch) => {
      dispatch?.(current.tr.replace(pos, pos, new Slice(extra, 1, 1)))
      return true
    }).state
    expect(balanced(state.doc)).toBe(true)
    expect(placed(state).map(([, quote]) => quote)).toEqual(before.map(([, quote]) => quote))
    expect(placedTags(state).every((entry) => !entry.record.annotation.changedFrom)).toBe(true)
    state = run(state, undo).state
    expect(placed(state)).toEqual(before)
    expect(tagsToSave(state, 'ana').map((saved) => saved.target)).toEqual(
      [across, inside].map((original) => original.target),
    )
    // Backspace at the start of the next section joins the paragraphs: the tag keeps its text.
    state = run(at(state, edge.start), keys.Backspace!).state
    expect(unplacedTags(state)).toEqual([])
    expect(placed(state).map(([id]) => id)).toEqual(['across', 'inside'])
    expect(placed(state)[1]?.[1]).toBe(before[1]?.[1])
    // Undo brings the text back; the tag keeps its mark until it is saved (see save-tags.ts).
    state = run(state, undo).state
    expect(placed(state).map(([id, quote]) => [id, quote])).toEqual(
      before.map(([id, quote]) => [id, quote]),
    )
    expect(tagsToSave(state, 'ana').every((saved) => saved.changedFrom === undefined)).toBe(true)
  })
})

describe('section balance', () => {
  it('cuts and joins sections inside a tag without marking it changed; undo takes both back', () => {
    // Sections of 150 and 10 blocks, as a paste and a deletion might leave them.
    const blocks = body(160).content ?? []
    const json: DocNodeJson = {
      type: 'doc',
      content: [
        { type: 'section', content: blocks.slice(0, 150) },
        { type: 'section', content: blocks.slice(150) },
      ],
    }
    const doc = Node.fromJSON(editorSchema, json)
    const flat = flatBody(doc)
    const text = articleText(doc)
    const index = docIndex(doc)
    // A tag from block 40 to block 155: both the cut (at 50 and 100) and the join fall inside.
    const spanning = tag('spanning', text, index.blocks[40]!.start, index.blocks[155]!.start + 5)
    const start = EditorState.create({
      doc,
      plugins: [history(), sectionPlugin(), tagPlugin(loadTags(doc, [spanning])), cursorPlugin()],
    })
    const quote = () => placed(state)[0]
    let state = start
    const before = quote()
    state = run(state, (current, dispatch) => {
      dispatch?.(current.tr.insertText('New ', index.blocks[0]!.pos))
      return true
    }).state
    expect(sizes(state.doc)).toEqual([50, 50, 60])
    expect(quote()).toEqual(before)
    expect(tagsToSave(state, 'ana')[0]?.target.quote.exact).toBe(spanning.target.quote.exact)
    // Undo takes the text back; this start was out of balance, so it is balanced again.
    state = run(state, undo).state
    expect(flatBody(state.doc)).toEqual(flat)
    expect(sizes(state.doc)).toEqual([50, 50, 60])
    expect(quote()).toEqual(before)
  })
})

function tag(id: string, text: string, start: number, end: number): Annotation {
  return {
    id,
    articleId: '0123456789abcdef',
    author: { id: 'ana', name: 'Ana' },
    kind: 'claim',
    target: describeTarget(text, start, end),
    note: '',
    created: '2026-11-20T10:00:00.000Z',
    modified: '2026-11-20T10:00:00.000Z',
  }
}

function placed(state: EditorState): [string, string, boolean][] {
  return placedTags(state).map((entry) => [
    entry.record.annotation.id,
    state.doc.textBetween(entry.from ?? 0, entry.to ?? 0, '\n\n'),
    entry.record.annotation.changedFrom !== undefined,
  ])
}
