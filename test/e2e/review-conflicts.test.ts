import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import {
  launchBrowser,
  removeDataDir,
  RESULTS_DIR,
  startApp,
  waitForTextFocus,
  type AppUnderTest,
} from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'
/** Where the screenshots of review mode go (set FACTMARK_SHOTS_DIR to keep them elsewhere). */
const SHOTS = process.env.FACTMARK_SHOTS_DIR ?? RESULTS_DIR

/** The text the sentence cursor (a CSS custom highlight) covers. */
function cursorText(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('sentence-current')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })
}

/** Presses j until the sentence cursor is on the sentence starting with `start`. */
async function moveTo(page: Page, start: string): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    if ((await cursorText(page))?.startsWith(start)) return
    await page.keyboard.press('j')
  }
  throw new Error(`no sentence starts with “${start}”`)
}

/** Whether the element is drawn on top at its own centre (in view, not covered). */
function onTop(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect()
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return box.top >= 0 && box.bottom <= window.innerHeight && hit === element
    })
}

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true })
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

describe('review mode: conflicts apart from coverage gaps', () => {
  let browser: Browser
  let app: AppUnderTest

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz' })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('steps through conflicts with N and P, and through gaps too once the switch is on', async () => {
    const { page } = app
    page.setDefaultTimeout(5000)
    await page.setViewportSize({ width: 1280, height: 800 })
    const article = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
    if (!article) throw new Error('the seed is missing')
    await app.emit('openRecent', { id: article.id })
    await waitForTextFocus(page)

    // Sam Reviewer's sample tags: context on “Since returning…”, a claim on “Trump’s team…”.
    // I tag the first sentence (Sam did not: a gap) and those two with other kinds (conflicts).
    await page.keyboard.press('ArrowDown')
    await moveTo(page, 'United States President Donald Trump')
    await page.keyboard.press('c')
    await moveTo(page, 'Since returning to office')
    await page.keyboard.press('c')
    await moveTo(page, 'Trump’s team has reportedly')
    await page.keyboard.press('q')

    await page.keyboard.press('Control+Shift+R')
    const bar = page.getByRole('group', { name: 'Review' })
    await expect
      .poll(() => bar.getByRole('checkbox', { name: 'Sam Reviewer' }).isChecked())
      .toBe(true)
    const count = page.locator('.review-count')
    await expect.poll(() => count.textContent()).toMatch(/^2 conflicts, \d+ coverage gaps, /)
    const gapCount = Number(/(\d+) coverage gaps/.exec((await count.textContent()) ?? '')?.[1])
    expect(await page.locator('.agreement-mark.agreement-conflict').count()).toBe(2)
    expect(await page.locator('.agreement-mark.agreement-gap').count()).toBe(gapCount)
    expect(gapCount).toBeGreaterThan(2)

    // N and P stop at the two conflicts only, wrapping around.
    const gaps = bar.getByRole('checkbox', { name: 'Stop at gaps too' })
    expect(await gaps.isChecked()).toBe(false)
    await page.keyboard.press('Home')
    const visited: string[] = []
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('n')
      visited.push(((await cursorText(page)) ?? '').slice(0, 20))
    }
    expect(visited).toEqual([
      'Since returning to o',
      'Trump’s team has rep',
      'Since returning to o',
    ])
    await page.keyboard.press('p')
    expect(await cursorText(page)).toMatch(/^Trump’s team has reportedly/)
    const details = page.getByRole('region', { name: 'Review' })
    await details.getByText('≠ Conflict: the editors chose different kinds.').waitFor()
    await shoot(page, 'review-mode')

    // G switches the gaps in: N now stops at every conflict and gap, as many as the bar counts.
    await page.keyboard.press('g')
    await expect.poll(() => gaps.isChecked()).toBe(true)
    await page.keyboard.press('Home')
    const stops = new Set<string>()
    for (let step = 0; step < gapCount + 2; step += 1) {
      await page.keyboard.press('n')
      stops.add((await cursorText(page)) ?? '')
    }
    expect(stops.size).toBe(gapCount + 2)
    expect([...stops][0]).toMatch(/^United States President Donald Trump/)
    await page.keyboard.press('n') // wraps to the first stop
    expect(await cursorText(page)).toMatch(/^United States President Donald Trump/)
    await details.getByText('○ Coverage gap: not every editor tagged this sentence.').waitFor()
    // The control switches it back, and the focus goes back to the text.
    await gaps.click()
    await expect.poll(() => gaps.isChecked()).toBe(false)
    await waitForTextFocus(page)
    await page.keyboard.press('n')
    expect(await cursorText(page)).toMatch(/^Since returning to office/)

    // The lane headers stay in view when the text scrolls under them.
    await page.keyboard.press('End')
    await page.locator('.content').evaluate((content) => content.scrollTo(0, content.scrollHeight))
    await expect
      .poll(() => page.locator('.content').evaluate((c) => c.scrollTop))
      .toBeGreaterThan(200)
    await expect.poll(() => onTop(page, '.review-lane-header')).toBe(true)
    // The bar's first row (the Review button, the editors) sticks below the toolbar, not under it.
    await expect.poll(() => onTop(page, '.review-toggle')).toBe(true)
    await shoot(page, 'review-mode-scrolled')

    // The Agreement dialog counts the same conflicts and gaps, and reads κ.
    await page.getByRole('button', { name: 'Agreement' }).click()
    const dialog = page.getByRole('dialog', { name: 'Agreement' })
    const row = dialog.locator('.agreement-table tbody tr')
    await expect.poll(() => row.count()).toBe(1)
    const cells = await row.first().locator('td').allTextContents()
    expect(cells.slice(1, 3)).toEqual(['2', String(gapCount)])
    expect(cells[4]).toMatch(/^-?\d\.\d{3} (poor|slight|fair|moderate|substantial|almost perfect)$/)
    await dialog.getByText(/Review mode counts them the same way/).waitFor()
    await shoot(page, 'agreement-dialog')
  })
})
