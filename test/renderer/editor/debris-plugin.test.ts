// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EditorState, type Command, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { history, undo, undoDepth } from 'prosemirror-history'
import { describe as describeSpan } from '../../../shared/anchoring'
import { parsePlainText } from '../../../shared/import/plain-text'
import type { Annotation } from '../../../shared/model/annotation'
import { findDebris } from '../../../shared/import/debris'
import { articleText } from '../../../shared/text/article-text'
import { flatBody } from '../../../renderer/editor/sections'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import {
  debrisPlugin,
  debrisPluginKey,
  dropDebris,
  focusDebris,
  keepDebris,
  keptDebris,
  placeDebris,
  shownDebris,
} from '../../../renderer/editor/debris-plugin'
import { cursorPlugin } from '../../../renderer/editor/cursor-plugin'
import { moveSentence, toggleTag, type TagContext } from '../../../renderer/editor/commands'
import { loadTags } from '../../../renderer/editor/load-tags'
import { sectionPlugin } from '../../../renderer/editor/section-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'
import { placedTags, tagPlugin, unplacedTags } from '../../../renderer/editor/tag-plugin'

// Read from the repository's root (vitest's working directory): under happy-dom, `import.meta.url`
// is not a file address.
const seed = (name: string) => readFileSync(join(process.cwd(), 'seeds', name), 'utf8')

/** The seed with a tweet's link and signature and two lines of image residue. */
const TWEETED = seed('001_2aa391ba377daa9e.txt')
/** The post embedded in {@link TWEETED}: its words and link, flagged whole. */
const POTUS_POST =
  '.@POTUS: “We have lost hundreds of thousands of people a year… and much of it comes through Mexico. So, let me just put it this way — I am NOT happy with Mexico.” pic.twitter.com/MzvJreOuEM'

function create(text: string, kept: string[] = [], tags: Annotation[] = []): EditorState {
  const doc = sectionDoc(parsePlainText(text).body)
  return EditorState.create({
    doc,
    plugins: [
      history(),
      sectionPlugin(),
      tagPlugin(loadTags(doc, tags)),
      cursorPlugin(),
      debrisPlugin(kept),
    ],
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

const tagContext: TagContext = {
  editor: { id: 'ana', name: 'Ana' },
  articleId: '0123456789abcdef',
  newId: () => 'tag-b',
  now: () => '2026-01-01T00:00:00.000Z',
}

function shown(state: EditorState): [string, string][] {
  return shownDebris(state).map((piece) => [piece.finding.kind, piece.text])
}

/** A tag by Ana on the first occurrence of `quote` in the article's plain text. */
function tagOn(text: string, quote: string, id: string): Annotation {
  const plain = articleText(sectionDoc(parsePlainText(text).body))
  const start = plain.indexOf(quote)
  const now = '2026-01-01T00:00:00.000Z'
  return {
    id,
    articleId: '0123456789abcdef',
    author: { id: 'ana', name: 'Ana' },
    kind: 'claim',
    target: describeSpan(plain, start, start + quote.length),
    note: '',
    created: now,
    modified: now,
  }
}

describe('debris plugin', () => {
  it('flags the article’s debris when it opens, in text order', () => {
    expect(shown(create(TWEETED))).toEqual([
      ['embedded-post', POTUS_POST],
      ['embedded-post', '— Rapid Response 47 (@RapidResponse47) November 17, 2025'],
      ['image-residue', '.png)'],
      ['image-residue', '.png)'],
    ])
    const state = create(TWEETED)
    const decorations = debrisPluginKey.getState(state)?.decorations.find() ?? []
    // A label and a hatched span for each piece.
    expect(decorations).toHaveLength(8)
  })

  it('reads the document only when asked, once, outside the history, when told to wait for paint', () => {
    const doc = sectionDoc(parsePlainText(TWEETED).body)
    const key = shownDebris(create(TWEETED))[0]?.key ?? ''
    const deferred = EditorState.create({
      doc,
      plugins: [history(), debrisPlugin([key], { scanAfterPaint: true })],
    })
    expect(debrisPluginKey.getState(deferred)?.scanned).toBe(false)
    expect(shown(deferred)).toEqual([])
    const scan = deferred.tr
      .setMeta(debrisPluginKey, { type: 'scan' })
      .setMeta('addToHistory', false)
    const scanned = deferred.apply(scan)
    // What an eager plugin flags, less the piece kept when the article opened.
    expect(shown(scanned)).toEqual(shown(create(TWEETED, [key])))
    expect(debrisPluginKey.getState(scanned)?.scanned).toBe(true)
    expect(debrisPluginKey.getState(scanned)?.revision).toBe(1)
    expect(undoDepth(scanned)).toBe(0)
    // A second ask reads nothing again.
    const again = scanned.apply(scanned.tr.setMeta(debrisPluginKey, { type: 'scan' }))
    expect(debrisPluginKey.getState(again)).toBe(debrisPluginKey.getState(scanned))
    // An edit before the scan reads the document as any edit does.
    const edited = deferred.apply(deferred.tr.insertText('Now ', 2))
    expect(debrisPluginKey.getState(edited)?.scanned).toBe(true)
    expect(shown(edited).map(([kind]) => kind)).toEqual(shown(scanned).map(([kind]) => kind))
  })

  it('a view told to wait for paint reads the document, section by section, after it', async () => {
    const long = parsePlainText(TWEETED).body
    const doc = sectionDoc({
      ...long,
      content: Array.from({ length: 12 }, () => long.content ?? []).flat(),
    })
    expect(doc.childCount).toBeGreaterThan(1)
    const view = new EditorView(document.createElement('div'), {
      state: EditorState.create({
        doc,
        plugins: [history(), debrisPlugin([], { scanAfterPaint: true })],
      }),
    })
    try {
      expect(shown(view.state)).toEqual([])
      await vi.waitFor(() => expect(debrisPluginKey.getState(view.state)?.scanned).toBe(true), {
        timeout: 20_000,
      })
      expect(shown(view.state)).toEqual(
        shown(EditorState.create({ doc, plugins: [debrisPlugin()] })),
      )
      expect(shown(view.state).length).toBeGreaterThan(0)
      expect(view.dom.querySelectorAll('.debris-label').length).toBe(shown(view.state).length)
      expect(undoDepth(view.state)).toBe(0)
    } finally {
      view.destroy()
    }
  })

  it('keeps a piece (and the identical ones) without touching the text or the history', () => {
    let state = create(TWEETED)
    const before = state.doc
    const key = shownDebris(state)[2]?.key ?? ''
    state = run(state, keepDebris(key))
    expect(shown(state).map(([kind]) => kind)).toEqual(['embedded-post', 'embedded-post'])
    expect(keptDebris(state)).toEqual([key])
    expect(state.doc).toBe(before)
    expect(undoDepth(state)).toBe(0)
    expect(keepDebris(key)(state)).toBe(false)
  })

  it('does not flag what was kept when the article opens again', () => {
    const key = shownDebris(create(TWEETED))[0]?.key ?? ''
    expect(shown(create(TWEETED, [key]))[0]).toEqual([
      'embedded-post',
      '— Rapid Response 47 (@RapidResponse47) November 17, 2025',
    ])
  })

  it('drops a whole block with an undoable edit, and flags it again after undo', () => {
    const state = create(TWEETED)
    const dropped = run(state, dropDebris(2))
    expect(articleText(dropped.doc).match(/\.png\)/g)).toHaveLength(1)
    expect(articleText(dropped.doc).endsWith('for his second term.\n\n.png)')).toBe(true)
    expect(shown(dropped)).toHaveLength(3)
    expect(undoDepth(dropped)).toBe(1)
    const undone = run(dropped, undo)
    expect(articleText(undone.doc)).toBe(articleText(state.doc))
    expect(shown(undone)).toEqual(shown(state))
  })

  it('drops a piece inside a block with the space before it', () => {
    const text = 'Officials met. ![](https://example.com/a.png) Then they left.\n\nMore news here.'
    const state = run(create(text), dropDebris(0))
    expect(articleText(state.doc)).toBe('Officials met. Then they left.\n\nMore news here.')
    // A paragraph longer than a post: only the link at its end is debris.
    const rest = `The rest ${'went on late into the night '.repeat(12).trim()}`
    const tail = run(create(`Officials met on Monday.\n\n${rest} pic.x.com/AbC123`), dropDebris(0))
    expect(articleText(tail.doc)).toBe(`Officials met on Monday.\n\n${rest}`)
  })

  it('leaves tags elsewhere in place and makes a tag on the dropped text an orphan', () => {
    const elsewhere = tagOn(TWEETED, 'Mexico has said that it would not approve', 'tag-a')
    const onDebris = tagOn(TWEETED, 'pic.twitter.com/MzvJreOuEM', 'tag-b')
    const state = create(TWEETED, [], [elsewhere, onDebris])
    const dropped = run(state, dropDebris(0))
    expect(placedTags(dropped).map((tag) => tag.record.annotation.id)).toEqual(['tag-a'])
    const placed = placedTags(dropped)[0]
    expect(dropped.doc.textBetween(placed?.from ?? 0, placed?.to ?? 0)).toBe(
      'Mexico has said that it would not approve',
    )
    expect(unplacedTags(dropped).map((record) => [record.annotation.id, record.unplaced])).toEqual([
      ['tag-b', 'orphan'],
    ])
    const undone = run(dropped, undo)
    expect(
      placedTags(undone)
        .map((tag) => tag.record.annotation.id)
        .sort(),
    ).toEqual(['tag-a', 'tag-b'])
  })

  it('moves the review to the piece after a dropped one', () => {
    let state = run(create(TWEETED), focusDebris(1))
    expect(debrisPluginKey.getState(state)?.current).toBe(1)
    state = run(state, dropDebris(1))
    expect(debrisPluginKey.getState(state)?.current).toBe(1)
    expect(shownDebris(state)[1]?.text).toBe('.png)')
    state = run(state, focusDebris(null))
    expect(debrisPluginKey.getState(state)?.current).toBeNull()
  })

  it('refuses to drop the article’s last text', () => {
    const state = create('.png)')
    expect(shown(state)).toEqual([['image-residue', '.png)']])
    expect(dropDebris(0)(state)).toBe(false)
    expect(dropDebris(5)(state)).toBe(false)
  })

  it('keeps its state as it was through a tag key, which changes no text', () => {
    const state = run(create(TWEETED), moveSentence(1))
    const before = debrisPluginKey.getState(state)
    expect(before?.shown.length).toBeGreaterThan(0)
    const tagged = run(state, toggleTag('quote', tagContext))
    expect(placedTags(tagged).map((tag) => tag.record.annotation.id)).toEqual(['tag-b'])
    expect(debrisPluginKey.getState(tagged)).toBe(before)
  })

  it('grows its revision only when what it shows changes, not on every edit', () => {
    const state = create(TWEETED)
    const revision = debrisPluginKey.getState(state)?.revision ?? -1
    const typed = state.apply(state.tr.insertText('Yes. ', 2))
    expect(debrisPluginKey.getState(typed)?.revision).toBe(revision)
    expect(shown(typed)).toEqual(shown(state))
    const dropped = run(typed, dropDebris(0))
    expect(debrisPluginKey.getState(dropped)?.revision).toBeGreaterThan(revision)
  })

  it('places pieces exactly in a long article of many sections, before and after edits', () => {
    const all = readdirSync(join(process.cwd(), 'seeds'))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map(seed)
      .join('\n\n')
    let state = create(`${all}\n\n${all}\n\n${all}`)
    expect(state.doc.childCount).toBeGreaterThan(3)
    const expectSame = (current: EditorState) => {
      const flat = Node.fromJSON(articleSchema, flatBody(current.doc))
      const plain = articleText(flat)
      const expected = findDebris(flat).map((finding) => [
        finding.kind,
        finding.blockIndex,
        plain.slice(finding.from, finding.to),
      ])
      const pieces = placeDebris(current.doc)
      expect(
        pieces.map((piece) => [piece.finding.kind, piece.finding.blockIndex, piece.text]),
      ).toEqual(expected)
      for (const piece of pieces) {
        expect(current.doc.textBetween(piece.from, piece.to)).toBe(piece.text)
        expect(plain.slice(piece.finding.from, piece.finding.to)).toBe(piece.text)
      }
      expect(shownDebris(current).map((piece) => [piece.from, piece.to])).toEqual(
        pieces.map((piece) => [piece.from, piece.to]),
      )
    }
    expectSame(state)
    expect(shownDebris(state).length).toBeGreaterThan(20)
    // Type in the middle of a later section, and into a flagged piece.
    state = state.apply(state.tr.insertText('Yes. ', Math.floor(state.doc.content.size * 0.6)))
    expectSame(state)
    const piece = shownDebris(state)[5]
    state = state.apply(state.tr.insertText('z', (piece?.from ?? 0) + 1))
    expectSame(state)
    state = run(state, dropDebris(3), dropDebris(10))
    expectSame(state)
  })
})
