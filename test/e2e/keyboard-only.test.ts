import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Annotation } from '../../shared/model/annotation'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'
const EDITOR = 'Kim Keys'

/** What is typed for each of the five tags, and how the field is left. */
const PLAN = [
  { key: 'c', kind: 'claim', note: 'Claim one: check the transcript.', leave: 'Control+Enter' },
  { key: 'x', kind: 'context', note: 'Context: the Oval Office remarks.', leave: 'Escape' },
  {
    key: 'q',
    kind: 'quote',
    note: 'Quoted jokingly? just keep it.',
    speaker: 'Donald J. Trump',
    leave: 'Tab',
  },
  { key: 'd', kind: 'disputed', note: 'Disputed: jk, see the figures.', leave: 'Control+Enter' },
  { key: '2', kind: 'claim', note: 'Second claim, k?', leave: 'Escape' },
] as const

/** Which element has the focus, in words a failure message can show. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element) return 'nothing'
    if (element.classList.contains('ProseMirror')) return 'text'
    return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? ''}`.trim()
  })
}

/** The text the sentence cursor (a CSS custom highlight) covers. */
function cursorText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('sentence-current')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })
}

/** Counts every pointer and mouse event the page receives, from the start of the page. */
const COUNT_POINTER_EVENTS = `(() => {
  window.__pointerEvents = 0
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'contextmenu', 'wheel']) {
    window.addEventListener(type, () => { window.__pointerEvents += 1 }, true)
  }
})()`

describe('a keyboard-only session from launch', () => {
  let browser: Browser
  let app: AppUnderTest
  let articleId = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: EDITOR })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('opens an article from the library with ↓ and Enter, the focus ready in the text', async () => {
    const { page } = app
    await page.evaluate(COUNT_POINTER_EVENTS)
    const target = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
    if (!target) throw new Error('the seed is missing')
    articleId = target.id
    // The library opens with the focus on its first row: ↓ works at once.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.index))
      .toBe('0')
    const rowId = () =>
      page.evaluate(() => document.activeElement?.closest('tr')?.dataset.articleId ?? null)
    for (let step = 0; step < 10 && (await rowId()) !== articleId; step++) {
      await page.keyboard.press('ArrowDown')
    }
    expect(await rowId()).toBe(articleId)
    await page.keyboard.press('Enter')
    await page.locator('.ProseMirror').waitFor()
    await expect.poll(() => focused(page)).toBe('text')
    expect(await cursorText(page)).toBe(target.title)
  })

  it('tags five sentences of four kinds with a note each, returning to the text each time', async () => {
    const { page } = app
    for (const step of PLAN) {
      await page.keyboard.press('j')
      const sentence = await cursorText(page)
      await page.keyboard.press(step.key)
      await expect
        .poll(() => page.locator(`.ProseMirror .tag-${step.kind}`).allTextContents())
        .toContain(sentence)
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page)).toBe('textarea')
      await page.keyboard.type(step.note)
      if ('speaker' in step) {
        await page.keyboard.press('Tab')
        expect(await focused(page)).toBe('input')
        await page.keyboard.type(step.speaker)
      }
      await page.keyboard.press(step.leave)
      await expect.poll(() => focused(page), { message: `after ${step.leave}` }).toBe('text')
      // The cursor stayed on the tagged sentence.
      expect(await cursorText(page)).toBe(sentence)
    }
    expect(
      await page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents),
    ).toBe(0)
  })

  it('saved each note and the speaker exactly as typed, as a reopened app shows', async () => {
    await expect
      .poll(() => app.page.locator('[data-save-state]').textContent())
      .toBe('All changes saved')
    const { dataDir } = app
    await app.close()
    app = await startApp(browser, { dataDir, seed: false, editorName: EDITOR })
    const mine = (await app.store.tags(articleId))
      .filter((tag: Annotation) => tag.author.name === EDITOR)
      .sort((a, b) => a.target.position.start - b.target.position.start)
    expect(mine.map((tag) => [tag.kind, tag.note, tag.speaker ?? null])).toEqual(
      PLAN.map((step) => [step.kind, step.note, 'speaker' in step ? step.speaker : null]),
    )
  })
})
