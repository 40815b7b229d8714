import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

/** The window sizes the library is laid out for, smallest first. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const

/** The colour schemes the app follows. */
const SCHEMES = ['light', 'dark'] as const

/**
 * What a reader sees of each title in the library: the characters of its link that lie inside
 * the link's box (lines past the clamp are laid out below it, hidden), and whether any do not.
 */
async function visibleTitles(app: AppUnderTest): Promise<{ title: string; seen: string }[]> {
  return app.page
    .locator('.library-table tbody tr[data-article-id] .article-link')
    .evaluateAll((links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect()
        const title = link.textContent ?? ''
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT)
        const range = document.createRange()
        let seen = ''
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          for (let index = 0; index < text.length; index += 1) {
            range.setStart(node, index)
            range.setEnd(node, index + 1)
            const rect = range.getBoundingClientRect()
            if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1) return { title, seen }
            seen += text[index]
          }
        }
        return { title, seen }
      }),
    )
}

describe('the library title column', () => {
  let browser: Browser
  let app: AppUnderTest

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser)
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  for (const size of SIZES) {
    it(`shows enough of each sample title to tell them apart at ${size.width}×${size.height}, in light and dark`, async () => {
      await app.page.setViewportSize(size)
      const rows = app.page.locator('.library-table tbody tr[data-article-id]')
      await expect.poll(() => rows.count()).toBe(5)
      for (const scheme of SCHEMES) {
        await app.page.emulateMedia({ colorScheme: scheme })
        await app.screenshot(`library-titles-${size.width}x${size.height}-${scheme}`)
      }
      await app.page.emulateMedia({ colorScheme: 'light' })
      // Three sample titles open with the same words: a reader must see enough to tell them apart.
      const titles = await visibleTitles(app)
      const alike = titles.filter((entry) => entry.title.startsWith('President Donald Tru'))
      expect(alike).toHaveLength(3)
      expect(new Set(alike.map((entry) => entry.seen)).size).toBe(3)
      for (const entry of titles) {
        expect(entry.seen.length, entry.title).toBeGreaterThanOrEqual(
          Math.min(entry.title.length, 60),
        )
      }
      // From 1920 px, every one is seen whole.
      if (size.width >= 1920) {
        expect(titles.filter((entry) => entry.seen !== entry.title)).toEqual([])
      }
    })
  }

  it('keeps the rows keyboard-navigable: ↓ moves the focus down a row, Enter opens it', async () => {
    await app.page.setViewportSize(SIZES[0])
    const rows = app.page.locator('.library-table tbody tr[data-article-id]')
    await rows.first().click({ position: { x: 700, y: 20 } })
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-index')))
      .toBe('0')
    await app.page.keyboard.press('ArrowDown')
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-index')))
      .toBe('1')
    const second = await rows.nth(1).getAttribute('data-article-id')
    await app.page.keyboard.press('Enter')
    await app.page.locator('.ProseMirror').waitFor()
    expect(
      app.calls.some((call) => JSON.stringify(call.payload ?? null).includes(String(second))),
    ).toBe(true)
  })
})
