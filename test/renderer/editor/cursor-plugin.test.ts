// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { parsePlainText } from '../../../shared/import/plain-text'
import { moveSentence } from '../../../renderer/editor/commands'
import { CURSOR_BAR_CLASS, cursorPlugin } from '../../../renderer/editor/cursor-plugin'
import { sectionDoc } from '../../../renderer/editor/sections'

const TEXT = `First sentence here. Second sentence follows.

Another paragraph stands here. It has two sentences.`

/** The browser's highlight registry and one line box per range, which happy-dom lacks. */
function stubLayout(): void {
  const registry = new Map<string, unknown>()
  vi.stubGlobal('CSS', { highlights: registry })
  vi.stubGlobal(
    'Highlight',
    class {
      constructor(readonly range: Range) {}
    },
  )
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => [new DOMRect(0, 40, 300, 20)] as unknown as DOMRectList,
  )
}

let container: HTMLDivElement
let view: EditorView | null = null

beforeEach(() => {
  stubLayout()
  container = document.createElement('div')
  document.body.append(container)
  const state = EditorState.create({
    doc: sectionDoc(parsePlainText(TEXT).body),
    plugins: [cursorPlugin()],
  })
  view = new EditorView(container, { state })
})

afterEach(() => {
  view?.destroy()
  view = null
  container.remove()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const bars = () =>
  Array.from(container.children).filter((child) => child.classList.contains(CURSOR_BAR_CLASS))

describe('cursor plugin', () => {
  it('draws one bar beside the cursor, beside the text, and moves that bar as the cursor moves', () => {
    const current = view as EditorView
    moveSentence(1)(current.state, current.dispatch)
    expect(bars()).toHaveLength(1)
    const bar = bars()[0] as HTMLElement
    expect(bar.hidden).toBe(false)
    expect(bar.style.height).toBe('20px')
    moveSentence(1)(current.state, current.dispatch)
    moveSentence(1)(current.state, current.dispatch)
    expect(bars()).toEqual([bar])
    expect(current.dom.querySelector(`.${CURSOR_BAR_CLASS}`)).toBeNull()
  })

  it('takes its bar away with the view', () => {
    const current = view as EditorView
    moveSentence(1)(current.state, current.dispatch)
    expect(bars()).toHaveLength(1)
    current.destroy()
    expect(bars()).toHaveLength(0)
  })
})
