import type { Browser, Page } from 'playwright-core'
import type { HtmlRenderer } from '../../electron/core/export/html-renderer'

/**
 * The app's {@link HtmlRenderer} played by Chromium through Playwright, as the offscreen Electron
 * window does it in the app: a fresh context with JavaScript off and no network.
 */
export function playwrightHtmlRenderer(browser: Browser): HtmlRenderer {
  async function withPage<T>(
    html: string,
    width: number,
    run: (page: Page) => Promise<T>,
  ): Promise<T> {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width, height: 1100 },
    })
    try {
      const page = await context.newPage()
      await page.route('**/*', (route) => route.abort('blockedbyclient'))
      await page.setContent(html, { waitUntil: 'load' })
      return await run(page)
    } finally {
      await context.close()
    }
  }
  return {
    pdf: (html) =>
      withPage(html, 900, async (page) => {
        const pdf = await page.pdf({ format: 'A4', printBackground: true })
        return new Uint8Array(pdf)
      }),
    png: (html, width) =>
      withPage(html, width, async (page) => new Uint8Array(await page.screenshot())),
  }
}
