import type { Page } from 'playwright-core'
import { nextFrame } from './page-steps'

/** How long one keydown dispatched in the page took, in ms. */
export interface KeyTiming {
  /** The keydown's handlers: ProseMirror's command, state update and view update. */
  handler: number
  /** The handler plus the next frame's work until it is painted, without the wait for vsync. */
  busy: number
  /** Wall time until the next frame has been painted (the keydown came just after a frame). */
  frame: number
  /** Wall time until the frame after that (React re-renders the panel from a rAF). */
  settled: number
  changed: boolean
}

/** Dispatches `count` keydowns of `key` to the focused editor, each timed to painted frames. */
export function keysInPage(page: Page, key: string, count: number): Promise<KeyTiming[]> {
  return page.evaluate(
    async ({ key, count }) => {
      /** Resolves after the next frame's rendering with that frame's start time. */
      const frame = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame((start) => setTimeout(() => resolve(start), 0)),
        )
      const target = document.activeElement
      if (!target?.classList.contains('ProseMirror')) throw new Error('the editor is not focused')
      // What the key changes: the sentence the cursor (a CSS highlight) covers, and the text's
      // DOM (a tag redrawn). Read without a page-wide query, which at 20,000 tags would cost more
      // than the key and leave garbage for the next key's timings.
      let mutated = 0
      const mutations = new MutationObserver((records) => {
        mutated += records.length
      })
      mutations.observe(target, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
      const cursor = () => [...(CSS.highlights.get('sentence-current') ?? [])][0]?.toString()
      const timings: KeyTiming[] = []
      for (let index = 0; index < count; index += 1) {
        await frame()
        const before = cursor()
        mutations.takeRecords()
        mutated = 0
        // Asked for before the keydown, so that its task after the frame runs before React's.
        const next = frame()
        const started = performance.now()
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
        const handled = performance.now()
        const frameStart = await next
        const painted = performance.now()
        const changed = mutated + mutations.takeRecords().length > 0 || cursor() !== before
        await frame()
        timings.push({
          handler: handled - started,
          busy: handled - started + painted - Math.max(frameStart, handled),
          frame: painted - started,
          settled: performance.now() - started,
          changed,
        })
      }
      mutations.disconnect()
      return timings
    },
    { key, count },
  )
}

/** Presses `key` with Playwright `count` times, each timed from Node until a frame is painted. */
export async function keysFromNode(page: Page, key: string, count: number): Promise<number[]> {
  const times: number[] = []
  for (let index = 0; index < count; index += 1) {
    const started = performance.now()
    await page.keyboard.press(key)
    await nextFrame(page)
    times.push(performance.now() - started)
  }
  return times
}

/** Types `count` characters in the page with execCommand, each timed like a keydown. */
export function typeInPage(page: Page, index: number, count: number) {
  return page.evaluate(
    async ({ at, count }) => {
      const frame = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame((start) => setTimeout(() => resolve(start), 0)),
        )
      const paragraph = () => document.querySelectorAll('.ProseMirror p')[at]
      const lengthBefore = paragraph()?.textContent?.length ?? 0
      const handler: number[] = []
      const busy: number[] = []
      const wall: number[] = []
      for (let typed = 0; typed < count; typed += 1) {
        await frame()
        const next = frame()
        const started = performance.now()
        document.execCommand('insertText', false, 'a')
        // ProseMirror reads the change from a MutationObserver, in a microtask.
        await Promise.resolve()
        const handled = performance.now()
        const frameStart = await next
        const painted = performance.now()
        handler.push(handled - started)
        busy.push(handled - started + painted - Math.max(frameStart, handled))
        wall.push(painted - started)
      }
      return { handler, busy, wall, grew: (paragraph()?.textContent?.length ?? 0) - lengthBefore }
    },
    { at: index, count },
  )
}
