import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, removeDataDir, RESULTS_DIR, startApp, type AppUnderTest } from './harness'

describe('the export dialog’s preview', () => {
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

  it('says what it prepares from the moment the dialog opens, then shows the first page', async () => {
    const { page } = app
    // Each state is looked for as soon as the dialog is up, before the page is printed.
    const states: string[] = []
    await page.exposeFunction('__previewState', (state: string) => states.push(state))
    await page.evaluate(() => {
      const report = (window as unknown as { __previewState(state: string): void }).__previewState
      new MutationObserver(() => {
        const pane = document.querySelector('dialog[open] .export-preview')
        if (!pane) return
        const state = pane.querySelector('img')
          ? 'image'
          : pane.querySelector('.preview-pending')
            ? 'pending'
            : (pane.textContent ?? '').trim() === ''
              ? 'blank'
              : 'other'
        report(state)
      }).observe(document.body, { childList: true, subtree: true, attributes: true })
    })
    await page.getByRole('button', { name: 'Export…' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    const pane = dialog.getByRole('region', { name: 'Preview' })
    await pane.getByText('Preparing the preview of the Web page (HTML)…').waitFor()
    expect(await pane.getAttribute('aria-busy')).toBe('true')
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: `${RESULTS_DIR}/export-preview-pending-${width}.png` })
    }
    // The first preview prints a page in Chromium: seconds on a busy machine.
    await pane.locator('img').waitFor({ timeout: 60_000 })
    expect(await pane.getAttribute('aria-busy')).toBe('false')
    expect(states[0]).toBe('pending')
    expect(states).not.toContain('blank')
    expect(states).toContain('image')
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: `${RESULTS_DIR}/export-preview-${width}.png` })
    }
  })
})
