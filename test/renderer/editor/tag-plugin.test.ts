import { describe, expect, it } from 'vitest'
import { AllSelection, EditorState, TextSelection } from 'prosemirror-state'
import { deleteSelection } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { parsePlainText } from '../../../shared/import/plain-text'
import {
  clearTags,
  moveSentence,
  reattachTag,
  selectSentenceAt,
  toggleTag,
  updateTag,
  type TagContext,
} from '../../../renderer/editor/commands'
import { cursorPlugin, cursorRange } from '../../../renderer/editor/cursor-plugin'
import { loadTags } from '../../../renderer/editor/load-tags'
import { docIndex, posToOffset } from '../../../renderer/editor/positions'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { sectionPlugin } from '../../../renderer/editor/section-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'
import { sentenceFrom } from '../../../renderer/editor/sentence-steps'
import { tagsToSave } from '../../../renderer/editor/save-tags'
import {
  placedTags,
  placedTagsRebuilt,
  tagPlugin,
  tagPluginKey,
  unplacedTags,
} from '../../../renderer/editor/tag-plugin'
import { randomGenerator } from '../../shared/anchoring/articles'
import type { Annotation } from '../../../shared/model/annotation'
import type { Command, Transaction } from 'prosemirror-state'

const TEXT = `Headline Without Stop

First sentence here. Second sentence follows. Third one ends it.

Another paragraph stands here. It has two sentences.`

let counter = 0
const context: TagContext = {
  editor: { id: 'ana', name: 'Ana' },
  articleId: '0123456789abcdef',
  newId: () => `tag-0000-${String((counter += 1)).padStart(4, '0')}`,
  now: () => '2026-11-20T10:00:00.000Z',
}

function create(annotations: Annotation[] = []): EditorState {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  return EditorState.create({
    doc,
    plugins: [history(), sectionPlugin(), tagPlugin(loadTags(doc, annotations)), cursorPlugin()],
  })
}

/** Runs commands in order, applying each transaction (and the plugins' appended ones). */
function run(state: EditorState, ...commands: Command[]): EditorState {
  let current = state
  for (const command of commands) {
    const ok = command(current, (tr: Transaction) => {
      current = current.applyTransaction(tr).state
    })
    expect(ok).toBe(true)
  }
  return current
}

function texts(state: EditorState): [string, string][] {
  return placedTags(state).map((tag) => [
    tag.record.annotation.kind,
    state.doc.textBetween(tag.from ?? 0, tag.to ?? 0),
  ])
}

describe('tag plugin and commands', () => {
  it('moves sentence by sentence and tags the sentence under the cursor', () => {
    let state = run(create(), moveSentence(1), moveSentence(1), toggleTag('claim', context))
    expect(texts(state)).toEqual([['claim', 'First sentence here.']])
    state = run(state, moveSentence(1), toggleTag('quote', context))
    expect(texts(state)).toEqual([
      ['claim', 'First sentence here.'],
      ['quote', 'Second sentence follows.'],
    ])
  })

  it('removes with the same kind, changes with another, and clears only the editor’s own tags', () => {
    let state = run(create(), moveSentence(1), toggleTag('claim', context))
    state = run(state, toggleTag('disputed', context))
    expect(texts(state)).toEqual([['disputed', 'Headline Without Stop']])
    state = run(state, toggleTag('disputed', context))
    expect(texts(state)).toEqual([])
    const other: TagContext = { ...context, editor: { id: 'ben', name: 'Ben' } }
    state = run(state, toggleTag('quote', other))
    expect(clearTags(context)(state)).toBe(false)
    expect(texts(state)).toEqual([['quote', 'Headline Without Stop']])
  })

  it('extends over several sentences, across paragraphs', () => {
    const state = run(
      create(),
      moveSentence(1),
      moveSentence(1),
      moveSentence(1),
      moveSentence(1),
      moveSentence(1, true),
      moveSentence(1, true),
      toggleTag('context', context),
    )
    const range = cursorRange(state)
    expect(range).not.toBeNull()
    expect(texts(state)).toEqual([
      ['context', 'Third one ends it.Another paragraph stands here. It has two sentences.'],
    ])
    expect(tagsToSave(state, 'ana')[0]?.target.quote.exact).toBe(
      'Third one ends it.\n\nAnother paragraph stands here. It has two sentences.',
    )
  })

  it('undoes and redoes tag changes in order with text edits', () => {
    let state = run(create(), moveSentence(1), moveSentence(1), toggleTag('claim', context))
    state = run(state, toggleTag('quote', context))
    state = run(state, undo)
    expect(texts(state)).toEqual([['claim', 'First sentence here.']])
    state = run(state, undo)
    expect(texts(state)).toEqual([])
    state = run(state, redo, redo)
    expect(texts(state)).toEqual([['quote', 'First sentence here.']])
  })

  it('keeps tags on their text through edits before, after and inside them', () => {
    let state = run(create(), moveSentence(1), moveSentence(1), toggleTag('claim', context))
    const tag = placedTags(state)[0]
    const { blocks } = docIndex(state.doc)
    state = state.apply(state.tr.insertText('Breaking: ', blocks[0]?.pos))
    expect(texts(state)).toEqual([['claim', 'First sentence here.']])
    const last = docIndex(state.doc).blocks.at(-1)
    state = state.apply(
      state.tr.insertText(' (updated)', (last?.pos ?? 0) + (last?.text.length ?? 0)),
    )
    expect(texts(state)).toEqual([['claim', 'First sentence here.']])
    const inside = (placedTags(state)[0]?.from ?? 0) + 'First'.length
    state = state.apply(state.tr.insertText(' not', inside))
    expect(texts(state)).toEqual([['claim', 'First not sentence here.']])
    expect(placedTags(state)[0]?.record.annotation.changedFrom).toBe('First sentence here.')
    expect(tag?.record.annotation.changedFrom).toBeUndefined()
  })

  it('turns a tag whose text is deleted into an orphan, and undo restores it in place', () => {
    let state = run(
      create(),
      moveSentence(1),
      moveSentence(1),
      moveSentence(1),
      toggleTag('claim', context),
    )
    const { from, to } = placedTags(state)[0] ?? { from: 0, to: 0 }
    state = state.applyTransaction(state.tr.delete((from ?? 0) - 1, to ?? 0)).state
    expect(placedTags(state)).toEqual([])
    expect(
      unplacedTags(state).map((record) => [record.unplaced, record.annotation.target.quote.exact]),
    ).toEqual([['orphan', 'Second sentence follows.']])
    state = run(state, undo)
    expect(unplacedTags(state)).toEqual([])
    expect(texts(state)).toEqual([['claim', 'Second sentence follows.']])
    state = run(state, redo)
    expect(unplacedTags(state)).toHaveLength(1)
    expect(placedTags(state)).toEqual([])
  })

  it('brings every tag back when deleting the whole text is undone, and orphans them on redo', () => {
    let state = run(
      create(),
      moveSentence(1),
      moveSentence(1),
      toggleTag('claim', context),
      moveSentence(1, true),
      moveSentence(1, true),
      moveSentence(1, true),
      toggleTag('context', context),
    )
    const before = texts(state)
    expect(before).toHaveLength(2)
    state = state.apply(state.tr.setSelection(new AllSelection(state.doc)))
    state = run(state, deleteSelection)
    expect(placedTags(state)).toEqual([])
    expect(unplacedTags(state)).toHaveLength(2)
    state = run(state, undo)
    expect(unplacedTags(state)).toEqual([])
    expect(texts(state)).toEqual(before)
    state = run(state, redo)
    expect(placedTags(state)).toEqual([])
    expect(unplacedTags(state)).toHaveLength(2)
  })

  it('re-attaches an orphan to the selected sentence and saves it with fresh selectors', () => {
    let state = run(create(), moveSentence(1), moveSentence(1), toggleTag('claim', context))
    const { from, to } = placedTags(state)[0] ?? { from: 0, to: 0 }
    state = state.applyTransaction(state.tr.delete(from ?? 0, to ?? 0)).state
    const orphan = unplacedTags(state)[0]
    expect(orphan).toBeDefined()
    const saved = tagsToSave(state, 'ana')
    expect(saved.map((tag) => tag.target.quote.exact)).toEqual(['First sentence here.'])

    const last = sentenceFrom(state.doc, null, -1)?.from ?? 0
    state = run(state, selectSentenceAt(last), reattachTag(orphan?.annotation.id ?? '', context))
    expect(unplacedTags(state)).toEqual([])
    expect(texts(state)).toEqual([['claim', 'It has two sentences.']])
    const resaved = tagsToSave(state, 'ana')[0]
    expect(resaved?.target.quote.exact).toBe('It has two sentences.')
    expect(resaved?.target.quote.prefix.endsWith('Another paragraph stands here. ')).toBe(true)
  })

  it('updates a note undoably and loads saved tags back where they were', () => {
    let state = run(create(), moveSentence(1), moveSentence(1), toggleTag('quote', context))
    const id = placedTags(state)[0]?.record.annotation.id ?? ''
    state = run(state, updateTag(id, { note: 'Check the source.', speaker: 'Trump' }, context))
    expect(placedTags(state)[0]?.record.annotation).toMatchObject({
      note: 'Check the source.',
      speaker: 'Trump',
    })
    state = run(state, undo)
    expect(placedTags(state)[0]?.record.annotation.note).toBe('')
    state = run(state, redo)
    const saved = tagsToSave(state, 'ana')
    const reloaded = create(saved)
    expect(texts(reloaded)).toEqual([['quote', 'First sentence here.']])
    expect(placedTags(reloaded)[0]?.record.annotation.note).toBe('Check the source.')
  })

  it('keeps tags it cannot place as unplaced, never dropping them', () => {
    const state = run(create(), moveSentence(1), moveSentence(1), toggleTag('claim', context))
    const saved = tagsToSave(state, 'ana')
    const gone = saved.map((tag) => ({
      ...tag,
      target: {
        ...tag.target,
        quote: {
          ...tag.target.quote,
          exact: 'Entirely different words nobody wrote.',
          prefix: 'x',
          suffix: 'y',
        },
        position: { ...tag.target.position, end: tag.target.position.start + 38 },
      },
    }))
    const reloaded = create(gone)
    expect(placedTags(reloaded)).toEqual([])
    expect(unplacedTags(reloaded).map((record) => record.unplaced)).toEqual(['orphan'])
    expect(tagsToSave(reloaded, 'ana')).toEqual(gone)
  })

  it('does not move the cursor or tags on a selection-only transaction', () => {
    const state = run(create(), moveSentence(1), toggleTag('claim', context))
    const next = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)))
    expect(texts(next)).toEqual(texts(state))
    expect(cursorRange(next)).toEqual(cursorRange(state))
  })
})

/** A longer text for random edits: eight paragraphs of three sentences. */
const LONG_TEXT = Array.from(
  { length: 8 },
  (_, index) =>
    `Paragraph ${index + 1} opens here. Its second sentence is longer than the first. The third ends it.`,
).join('\n\n')

/** What the view draws of the tags: every decoration's place, kind, class and whether a label. */
function drawn(state: EditorState): string[] {
  const set = tagPluginKey.getState(state)?.decorations
  return (set?.find() ?? [])
    .map((decoration) => {
      const spec = decoration.spec as { record?: { annotation: Annotation }; label?: boolean }
      const annotation = spec.record?.annotation
      return `${decoration.from}-${decoration.to} ${annotation?.id} ${annotation?.kind} ${spec.label ? 'label' : 'inline'} ${annotation?.changedFrom !== undefined ? 'changed' : ''}`
    })
    .sort()
}

/** The editor's tags to save, every placed one described afresh (no annotation reused). */
function savedAfresh(state: EditorState, editorId: string): Annotation[] {
  const index = docIndex(state.doc)
  const placed = placedTagsRebuilt(state)
    .filter((tag) => tag.record.annotation.author.id === editorId)
    .map((tag) => {
      const target = describeSpan(
        index.text,
        posToOffset(index, tag.from ?? 0),
        posToOffset(index, tag.to ?? 0),
      )
      const annotation = { ...tag.record.annotation, target }
      if (annotation.changedFrom === target.quote.exact) delete annotation.changedFrom
      return annotation
    })
  const unplaced = unplacedTags(state)
    .filter((record) => record.annotation.author.id === editorId)
    .map((record) => record.annotation)
  return [...placed, ...unplaced]
}

describe('tag plugin, incremental', () => {
  const ana = { ...context, editor: { id: 'ana', name: 'Ana' } }
  const ben = { ...context, editor: { id: 'ben', name: 'Ben' } }

  function createLong(): EditorState {
    const doc = sectionDoc(parsePlainText(LONG_TEXT).body)
    return EditorState.create({
      doc,
      plugins: [history(), sectionPlugin(), tagPlugin(loadTags(doc, [])), cursorPlugin()],
    })
  }

  /** One random step: a cursor move, a tag change by one of two editors, undo, redo or an edit. */
  function randomCommand(random: () => number, state: EditorState): Command {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
    const who = pick([ana, ben])
    const choice = random()
    if (choice < 0.25) return moveSentence(pick([1, 2, 3, -1, -2]), random() < 0.2)
    if (choice < 0.55) return toggleTag(pick(['quote', 'claim', 'disputed', 'context']), who)
    if (choice < 0.6) return clearTags(who)
    if (choice < 0.7) return undo
    if (choice < 0.78) return redo
    if (choice < 0.82) {
      const tag = placedTags(state)[0]
      return tag ? updateTag(tag.record.annotation.id, { note: `n${random()}` }, who) : undo
    }
    // A text edit: a word typed, or a few characters deleted, at a random place in a block.
    const { blocks } = docIndex(state.doc)
    const block = pick(blocks)
    const at = block.pos + Math.floor(random() * (block.text.length + 1))
    const typed = random() < 0.5
    return (current, dispatch) => {
      const end = Math.min(at + 1 + Math.floor(random() * 12), block.pos + block.text.length)
      if (!typed && end <= at) return false
      dispatch?.(typed ? current.tr.insertText('word ', at) : current.tr.delete(at, end))
      return true
    }
  }

  it('keeps the placed list and the decorations equal to a full rebuild through random changes', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = randomGenerator(seed)
      let state = run(createLong(), moveSentence(1))
      let patched = 0
      for (let step = 0; step < 150; step += 1) {
        const command = randomCommand(random, state)
        command(state, (tr: Transaction) => {
          state = state.applyTransaction(tr).state
        })
        // Asked for most of the time (as the panel asks after each change), sometimes not.
        if (random() < 0.8) {
          const before = placedTags(state)
          expect(before, `seed ${seed}, step ${step}`).toEqual(placedTagsRebuilt(state))
          patched += 1
        }
        // What is saved equals selectors described afresh (a save may reuse earlier ones).
        expect(tagsToSave(state, 'ana'), `seed ${seed}, step ${step}`).toEqual(
          savedAfresh(state, 'ana'),
        )
        // The decorations equal a set built afresh from the placed tags (a label and an
        // underline each, nothing left over from earlier changes).
        const reloaded = EditorState.create({
          doc: state.doc,
          plugins: [tagPlugin({ placed: placedTagsRebuilt(state), unplaced: [] })],
        })
        expect(drawn(state), `seed ${seed}, step ${step}`).toEqual(drawn(reloaded))
      }
      expect(patched).toBeGreaterThan(50)
      expect(placedTags(state).length).toBeGreaterThan(0)
    }
  })

  it('reuses the saved annotation of a tag unchanged in an unchanged text, and only then', () => {
    let state = run(createLong(), moveSentence(1), toggleTag('claim', ana), moveSentence(1))
    state = run(state, toggleTag('quote', ana))
    const first = tagsToSave(state, 'ana')
    state = run(state, toggleTag('claim', ana))
    const second = tagsToSave(state, 'ana')
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[1]?.kind).toBe('claim')
    state = run(state, (current, dispatch) => {
      dispatch?.(current.tr.insertText('New ', docIndex(current.doc).blocks[0]?.pos ?? 0))
      return true
    })
    const third = tagsToSave(state, 'ana')
    expect(third[0]).not.toBe(second[0])
    expect(third).toEqual(savedAfresh(state, 'ana'))
    expect(third[0]?.target.position.start).toBe((second[0]?.target.position.start ?? 0) + 4)
  })

  it('opens with the placed list of the tags in hand, in document order, as the decorations hold them', () => {
    const doc = sectionDoc(parsePlainText(TEXT).body)
    const index = docIndex(doc)
    const at = (exact: string) => {
      const start = index.text.indexOf(exact)
      return describeSpan(index.text, start, start + exact.length)
    }
    const tag = (id: string, exact: string): Annotation => ({
      id,
      articleId: context.articleId,
      author: context.editor,
      kind: 'claim',
      target: at(exact),
      note: '',
      created: '2026-11-20T10:00:00.000Z',
      modified: '2026-11-20T10:00:00.000Z',
    })
    // Stored out of document order, two on one sentence, and one that no longer anchors.
    const config = loadTags(doc, [
      tag('tag-c', 'It has two sentences.'),
      tag('tag-b', 'Second sentence follows.'),
      tag('tag-a', 'Second sentence follows.'),
      tag('tag-d', 'First sentence here.'),
      { ...tag('tag-e', 'Third one ends it.'), target: describeSpan('Gone entirely.', 0, 14) },
    ])
    const state = EditorState.create({ doc, plugins: [tagPlugin(config)] })
    const placed = placedTags(state)
    expect(placed.map((placedTag) => placedTag.record.annotation.id)).toEqual([
      'tag-d',
      'tag-a',
      'tag-b',
      'tag-c',
    ])
    expect(placed).toEqual(placedTagsRebuilt(state))
    expect(unplacedTags(state).map((record) => record.annotation.id)).toEqual(['tag-e'])
  })

  it('patches the list after a tag change instead of reading every decoration again', () => {
    let state = run(createLong(), moveSentence(1), toggleTag('claim', ana), moveSentence(1))
    state = run(state, toggleTag('quote', ana), moveSentence(1), toggleTag('context', ben))
    const before = placedTags(state)
    state = run(state, moveSentence(1), toggleTag('disputed', ana))
    const after = placedTags(state)
    expect(after).toEqual(placedTagsRebuilt(state))
    // The tags the change did not touch are the very objects of the list before.
    expect(after.filter((tag) => before.includes(tag))).toHaveLength(3)
    expect(after).toHaveLength(4)
  })
})
