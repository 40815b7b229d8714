import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { SAMPLE_REVIEWER_ID } from '../../shared/library/sample-review'
import { launchBrowser, removeDataDir, RESULTS_DIR, startApp, type AppUnderTest } from './harness'

/** The count shown on one status filter button ("In progress 0" → 0). */
async function filterCount(page: Page, label: string): Promise<string | null> {
  return page
    .getByRole('group', { name: 'Show articles by status' })
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .locator('.filter-count')
    .textContent()
}

describe('the first run’s library', () => {
  let browser: Browser
  let app: AppUnderTest

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Nia First' })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  const sampled = () =>
    app.store
      .list()
      .filter((meta) => meta.tagsByEditor?.some((entry) => entry.id === SAMPLE_REVIEWER_ID))

  it('shows the sample reviewer’s work as “Sample review by Sam”, not as the user’s progress', async () => {
    const { page } = app
    await expect
      .poll(() => page.locator('.library-table tbody tr[data-article-id]').count())
      .toBe(5)
    expect(sampled().length, 'the seeds hold a sample review').toBeGreaterThan(0)
    for (const meta of sampled()) {
      const row = page.locator(`tr[data-article-id="${meta.id}"]`)
      expect(await row.locator('.status-badge').textContent()).toBe('Untagged')
      expect(await row.locator('.sample-review').textContent()).toBe('Sample review by Sam')
      expect(await row.locator('.own-count').textContent()).toBe('0')
      expect(await row.locator('.others-count').textContent()).toBe(`+${meta.tagCount} by Sam`)
      expect(await row.locator('td.tag-count').getAttribute('title')).toBe(
        `0 tags yours, ${meta.tagCount} tags by Sam Reviewer (sample review)`,
      )
    }
    expect(await filterCount(page, 'In progress')).toBe('0')
    expect(await filterCount(page, 'Untagged')).toBe('5')
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: `${RESULTS_DIR}/first-run-library-${width}.png` })
    }
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('counts the user’s own tag as their progress once they tag a sampled article', async () => {
    const { page } = app
    const [target] = sampled()
    if (!target) throw new Error('no sampled article')
    // The library opens with the focus on its first row; ↓ walks to the article, Enter opens it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.index))
      .toBe('0')
    const rowId = () =>
      page.evaluate(() => document.activeElement?.closest('tr')?.dataset.articleId ?? null)
    for (let step = 0; step < 5 && (await rowId()) !== target.id; step++) {
      await page.keyboard.press('ArrowDown')
    }
    expect(await rowId()).toBe(target.id)
    await page.keyboard.press('Enter')
    await page.locator('.ProseMirror').waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')))
      .toBe(true)
    await page.keyboard.press('j')
    await page.keyboard.press('c')
    await expect
      .poll(() => page.locator('[data-save-state]').textContent())
      .toBe('All changes saved')
    await page.getByRole('button', { name: 'Back to the library' }).click()
    const row = page.locator(`tr[data-article-id="${target.id}"]`)
    await expect.poll(() => row.locator('.status-badge').textContent()).toBe('In progress')
    expect(await row.locator('.own-count').textContent()).toBe('1')
    expect(await row.locator('.others-count').textContent()).toBe(`+${target.tagCount} by Sam`)
    expect(await filterCount(page, 'In progress')).toBe('1')
  })
})
