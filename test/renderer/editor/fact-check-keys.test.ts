import { describe, expect, it } from 'vitest'
import { EditorState, type Command, type Transaction } from 'prosemirror-state'
import { history, undo } from 'prosemirror-history'
import type { EditorView } from 'prosemirror-view'
import { parsePlainText } from '../../../shared/import/plain-text'
import type { RatingScale } from '../../../shared/model/fact-check'
import { moveSentence, toggleTag, type TagContext } from '../../../renderer/editor/commands'
import { cursorPlugin } from '../../../renderer/editor/cursor-plugin'
import {
  factCheckKeys,
  pendingFactCheckPrefix,
  statusForKey,
} from '../../../renderer/editor/fact-check-keys'
import { loadTags } from '../../../renderer/editor/load-tags'
import { readModeKeys } from '../../../renderer/editor/keymaps'
import { sectionPlugin } from '../../../renderer/editor/section-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'
import { placedTags, tagPlugin } from '../../../renderer/editor/tag-plugin'

const TEXT = `Headline Without Stop

First sentence here. Second sentence follows.`

let counter = 0
let scale: RatingScale | undefined
const context: TagContext = {
  editor: { id: 'ana', name: 'Ana' },
  articleId: '0123456789abcdef',
  newId: () => `tag-0000-${String((counter += 1)).padStart(4, '0')}`,
  now: () => '2026-12-07T10:00:00.000Z',
  ratingScale: () => scale ?? { best: 1, worst: 0, ratings: [{ id: 'x', name: 'X', value: 0 }] },
}

/** A view enough for key handlers: the state, and a dispatch that applies. */
function fakeView(initial: EditorState) {
  const view = {
    state: initial,
    dispatch: (tr: Transaction) => {
      view.state = view.state.apply(tr)
    },
  }
  return view
}

function press(view: ReturnType<typeof fakeView>, key: string): boolean {
  const event = { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }
  return (
    view.state.plugins.some((plugin) =>
      plugin.props.handleKeyDown?.call(
        plugin,
        view as unknown as EditorView,
        event as unknown as KeyboardEvent,
      ),
    ) ?? false
  )
}

function setUp(kind: 'claim' | 'quote' = 'claim') {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  let state = EditorState.create({
    doc,
    plugins: [
      history(),
      factCheckKeys(context),
      readModeKeys(context, { openNote: () => undefined }),
      sectionPlugin(),
      tagPlugin(loadTags(doc, [])),
      cursorPlugin(),
    ],
  })
  for (const command of [moveSentence(1), moveSentence(1), toggleTag(kind, context)] as Command[]) {
    command(state, (tr) => {
      state = state.apply(tr)
    })
  }
  return fakeView(state)
}

function factCheck(view: ReturnType<typeof fakeView>) {
  return placedTags(view.state)[0]?.record.annotation.factCheck
}

describe('fact-check keys', () => {
  it('maps the status keys from the statuses’ table', () => {
    expect(statusForKey('2')).toBe('researching')
    expect(statusForKey('0')).toBe('not-checkable')
    expect(statusForKey('9')).toBeNull()
  })

  it('S then a digit sets the status instead of tagging; V then a key sets the verdict', () => {
    scale = undefined
    const view = setUp()
    expect(press(view, 's')).toBe(true)
    expect(pendingFactCheckPrefix(view.state)).toBe('status')
    press(view, '2')
    expect(pendingFactCheckPrefix(view.state)).toBeNull()
    expect(placedTags(view.state).map((tag) => tag.record.annotation.kind)).toEqual(['claim'])
    expect(factCheck(view)).toEqual({ status: 'researching' })
    press(view, 'v')
    press(view, '5')
    expect(factCheck(view)).toEqual({ status: 'researching' })
  })

  it('reads the verdict keys from the library’s scale when pressed, and undoes', () => {
    const view = setUp()
    scale = {
      best: 2,
      worst: 0,
      ratings: [
        { id: 'sound', name: 'Sound', value: 2, key: 'a' },
        { id: 'unsound', name: 'Unsound', value: 0, key: 'b' },
      ],
    }
    press(view, 'v')
    press(view, 'b')
    expect(factCheck(view)).toEqual({
      status: 'verdict',
      verdict: 'unsound',
      verdictAt: '2026-12-07T10:00:00.000Z',
    })
    undo(view.state, view.dispatch)
    expect(factCheck(view)).toBeUndefined()
  })

  it('a wrong second key only cancels; over a quote tag S is not taken', () => {
    const claim = setUp('claim')
    press(claim, 's')
    expect(press(claim, 'q')).toBe(true)
    expect(placedTags(claim.state).map((tag) => tag.record.annotation.kind)).toEqual(['claim'])
    expect(factCheck(claim)).toBeUndefined()
    const quote = setUp('quote')
    expect(press(quote, 's')).toBe(false)
    expect(pendingFactCheckPrefix(quote.state)).toBeNull()
  })
})
