// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { EditorState, type Command } from 'prosemirror-state'
import { describe as describeSpan } from '../../../../shared/anchoring/describe'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { cursorPlugin } from '../../../../renderer/editor/cursor-plugin'
import { loadTags } from '../../../../renderer/editor/load-tags'
import { docIndex } from '../../../../renderer/editor/positions'
import { reviewPlugin, reviewPluginKey } from '../../../../renderer/editor/review-plugin'
import { sectionDoc } from '../../../../renderer/editor/sections'
import { tagPlugin } from '../../../../renderer/editor/tag-plugin'
import { initialsOf, ReviewBar } from '../../../../renderer/components/review/ReviewBar'

afterEach(cleanup)

const TEXT = `Headline Without Stop

First sentence here. Second sentence follows. Third one ends it.`
const ANA: EditorRef = { id: 'ana', name: 'Ana Ruiz' }
const SAM: EditorRef = { id: 'sam', name: 'Sam Reviewer' }
const ARTICLE = '0123456789abcdef'

function tagOf(author: EditorRef, quote: string, kind: Annotation['kind']): Annotation {
  const plain = docIndex(sectionDoc(parsePlainText(TEXT).body)).text
  const start = plain.indexOf(quote)
  return {
    id: `${author.id}-${start}`,
    articleId: ARTICLE,
    author,
    kind,
    target: describeSpan(plain, start, start + quote.length),
    note: '',
    created: '2026-11-19T10:00:00.000Z',
    modified: '2026-11-19T10:00:00.000Z',
  }
}

/** The bar over a real editor state; `run` applies commands to it and draws the bar again. */
function renderBar() {
  const doc = sectionDoc(parsePlainText(TEXT).body)
  // First sentence: claim against disputed (a conflict). Third: only Sam tagged it (a gap).
  const mine = [tagOf(ANA, 'First sentence here.', 'claim')]
  const others = [
    tagOf(SAM, 'First sentence here.', 'disputed'),
    tagOf(SAM, 'Third one ends it.', 'context'),
  ]
  let state = EditorState.create({
    doc,
    plugins: [
      tagPlugin(loadTags(doc, mine)),
      reviewPlugin({ me: ANA, others, reviews: [] }),
      cursorPlugin(),
    ],
  })
  const returned: number[] = []
  const draw = () => <ReviewBar state={state} run={run} onReturnToText={() => returned.push(1)} />
  const run = (command: Command) =>
    command(state, (tr) => {
      state = state.apply(tr)
      act(() => view.rerender(draw()))
    })
  const view = render(draw())
  return { state: () => state, returned }
}

describe('ReviewBar', () => {
  it('turns review mode on with every editor who tagged, and counts conflicts apart from gaps', () => {
    const { state, returned } = renderBar()
    expect(screen.queryByRole('checkbox')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Review' }))
    expect(reviewPluginKey.getState(state())?.active).toBe(true)
    expect(returned).toEqual([1])
    expect(screen.getByLabelText('Ana Ruiz (you)')).toBeTruthy()
    expect(screen.getByLabelText('Sam Reviewer')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('1 conflict, 1 coverage gap, 0 agreements')
  })

  it('switches N and P to stop at coverage gaps too, says so in the buttons, and returns to the text', () => {
    const { state, returned } = renderBar()
    fireEvent.click(screen.getByRole('button', { name: 'Review' }))
    const gaps = screen.getByRole('checkbox', { name: 'Stop at gaps too' }) as HTMLInputElement
    expect(gaps.checked).toBe(false)
    expect(screen.getByRole('button', { name: 'Next ›' }).title).toBe('Next conflict (N or ])')
    fireEvent.click(gaps)
    expect(reviewPluginKey.getState(state())?.includeGaps).toBe(true)
    // The Review button returned to the text once, the switch a second time.
    expect(returned).toEqual([1, 1])
    expect(
      (screen.getByRole('checkbox', { name: 'Stop at gaps too' }) as HTMLInputElement).checked,
    ).toBe(true)
    expect(screen.getByRole('button', { name: 'Next ›' }).title).toBe(
      'Next conflict or gap (N or ])',
    )
  })

  it('asks for two editors when only one is chosen', () => {
    const { state } = renderBar()
    fireEvent.click(screen.getByRole('button', { name: 'Review' }))
    fireEvent.click(screen.getByLabelText('Sam Reviewer'))
    expect(reviewPluginKey.getState(state())?.editors.map((editor) => editor.id)).toEqual(['ana'])
    expect(screen.getByRole('status').textContent).toBe('Choose two editors or more to compare.')
    expect((screen.getByRole('button', { name: 'Next ›' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
  })

  it('names a lane by initials', () => {
    expect(initialsOf('Sam Reviewer')).toBe('SR')
    expect(initialsOf('Ana')).toBe('An')
  })
})
