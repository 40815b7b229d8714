import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'
/** A seed whose text has no heading of its own. */
const NO_HEADING = 'US President Donald Trump has signaled'

async function open(app: AppUnderTest, titleStart: string): Promise<string> {
  const article = app.store.list().find((entry) => entry.title.startsWith(titleStart))
  if (!article) throw new Error(`no seed titled ${titleStart}`)
  await app.emit('openRecent', { id: article.id })
  await app.page.locator('.ProseMirror p').first().waitFor()
  return article.title
}

/** Where the text's first block and first paragraph sit, from the top of the article view. */
function textOffsets(app: AppUnderTest) {
  return app.page.evaluate(() => {
    const view = document.querySelector('.article-view')?.getBoundingClientRect()
    const first = document
      .querySelector('.ProseMirror .article-section > *')
      ?.getBoundingClientRect()
    const paragraph = document.querySelector('.ProseMirror p')?.getBoundingClientRect()
    if (!view || !first || !paragraph) throw new Error('no article on screen')
    return { first: first.top - view.top, paragraph: paragraph.top - view.top }
  })
}

describe('the article screen starts with the text', () => {
  let browser: Browser
  let app: AppUnderTest

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz' })
    await app.page.setViewportSize({ width: 1280, height: 800 })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('puts the first sentence within the first 250 pixels at 1280×800, the headline once', async () => {
    const { page } = app
    const title = await open(app, HEADLINE)
    const offsets = await textOffsets(app)
    expect(offsets.first).toBeLessThan(250)
    // The first paragraph too, under the headline.
    expect(offsets.paragraph).toBeLessThan(250)
    // The headline is shown once: in the text, not again as an editable title above it.
    const shown = await page
      .locator('main :is(h1, textarea, input)')
      .evaluateAll(
        (nodes, wanted) =>
          nodes.filter(
            (node) =>
              (node instanceof HTMLTextAreaElement ? node.value : node.textContent) === wanted &&
              (node as HTMLElement).offsetParent !== null,
          ).length,
        title,
      )
    expect(shown).toBe(1)
    await app.screenshot('article-screen-1280')
  })

  it('folds the details into one line (outlet · date · status) that opens from the keyboard', async () => {
    const { page } = app
    const line = page.getByRole('button', {
      name: /^[^·]+ · [^·]+ · (Untagged|In progress)/,
    })
    expect(await line.getAttribute('aria-expanded')).toBe('false')
    expect(await page.getByLabel('Outlet').count()).toBe(0)
    await line.press('Enter')
    expect(await line.getAttribute('aria-expanded')).toBe('true')
    await page.getByLabel('Outlet').waitFor()
    await page.getByLabel('Outlet').press('Escape')
    expect(await line.getAttribute('aria-expanded')).toBe('false')
    expect(await line.evaluate((button) => button === document.activeElement)).toBe(true)
  })

  it('gives a text without a heading its title as the page’s one h1', async () => {
    const { page } = app
    const title = await open(app, NO_HEADING)
    expect(await page.locator('main h1').allTextContents()).toEqual([title])
    expect((await textOffsets(app)).paragraph).toBeLessThan(250)
  })

  it('keeps notices to their view, two at a time, above the toolbar, the rest in a history', async () => {
    const { page } = app
    await page.locator('.brand').press('Enter')
    await page.locator('.library-table tbody tr').first().waitFor()
    for (const n of [1, 2, 3, 4, 5]) {
      await app.emit('notice', { level: 'error', message: `Library problem ${n}` })
    }
    await expect.poll(() => page.locator('.notice').allTextContents()).toHaveLength(2)
    expect(await page.locator('.notice-message').allTextContents()).toEqual([
      'Library problem 4',
      'Library problem 5',
    ])
    await open(app, HEADLINE)
    // A library notice does not follow the editor into an article.
    expect(await page.locator('.notice').count()).toBe(0)
    await app.emit('notice', { level: 'error', message: 'Article problem' })
    await page.locator('.notice').waitFor()
    const overlap = await page.evaluate(() => {
      const notices = document.querySelector('.notices')?.getBoundingClientRect()
      const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect()
      return notices && toolbar ? notices.bottom - toolbar.top : null
    })
    expect(overlap).not.toBeNull()
    expect(overlap ?? 1).toBeLessThanOrEqual(0)
    const history = page.getByRole('button', { name: /^Notices/ })
    await history.press('Enter')
    const list = page.getByRole('region', { name: 'Earlier notices' })
    expect(await list.getByRole('listitem').count()).toBe(6)
    await page.keyboard.press('Escape')
    expect(await list.count()).toBe(0)
    await app.screenshot('article-notices')
  })
})
