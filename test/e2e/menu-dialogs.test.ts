import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

describe('the Help menu’s dialogs and the menu’s commands', () => {
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

  it('shows every tagging key in the shortcut sheet, and Escape closes it', async () => {
    const { page } = app
    await app.emit('menuCommand', 'shortcuts')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect.poll(() => sheet.isVisible()).toBe(true)
    const text = await sheet.innerText()
    for (const action of [
      'Tag as Quote',
      'Tag as Claim',
      'Tag as Disputed',
      'Tag as Context',
      'Clear the tag',
      'Import articles',
    ]) {
      expect(text).toContain(action)
    }
    // The tagging keys come from the editor's table: q/1 for a quote.
    const quote = sheet.locator('dt', { has: page.locator('kbd', { hasText: /^Q$/ }) })
    expect(await quote.locator('kbd').allInnerTexts()).toEqual(['Q', '1'])
    await app.screenshot('menu-shortcut-sheet')
    await page.keyboard.press('Escape')
    await expect.poll(() => sheet.isVisible()).toBe(false)
    // The dialog's close event comes a task later: wait until React has taken it out of the page.
    await expect.poll(() => page.locator('dialog').count()).toBe(0)
  })

  it('shows the app’s version, platform and data folder in the About box, and copies them', async () => {
    const { page } = app
    // The test origin is not a secure context, so it has no clipboard (app:// has): a stand-in.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            ;(window as unknown as { copied: string }).copied = text
          },
        },
      })
    })
    await app.emit('menuCommand', 'about')
    const about = page.getByRole('dialog', { name: 'Factmark' })
    await expect.poll(() => about.isVisible()).toBe(true)
    await expect.poll(() => about.innerText()).toContain(app.dataDir)
    const text = await about.innerText()
    expect(text).toContain('test')
    expect(text).toContain(process.platform)
    await app.screenshot('menu-about-box')
    await about.getByRole('button', { name: 'Copy info' }).click()
    await expect.poll(() => about.getByRole('status').innerText()).toBe('Copied.')
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied)
    expect(copied).toContain(`Data folder: ${app.dataDir}`)
    await about.getByRole('button', { name: 'OK' }).click()
    await expect.poll(() => about.isVisible()).toBe(false)
  })

  it('says to open an article when a Tag menu command comes with none open', async () => {
    const { page } = app
    await app.emit('menuCommand', 'tag-quote')
    await expect
      .poll(() => page.getByText('Open an article to tag its sentences.').isVisible())
      .toBe(true)
  })

  it('opens a recent article when the menu asks for it, and records it as recent', async () => {
    const { page } = app
    const article = app.store.list()[1]
    if (!article) throw new Error('the seeds are missing')
    await app.emit('openRecent', { id: article.id })
    await expect.poll(() => page.locator('[aria-current="page"]').innerText()).toBe(article.title)
    await expect
      .poll(() => app.calls.some((call) => call.channel === 'factmark:openArticleWork'))
      .toBe(true)
  })
})
