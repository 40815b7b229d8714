import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import MarkdownIt from 'markdown-it'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportArticle } from '../../shared/export/export-article'
import { CONTEXT } from '../shared/export/seed-annotations'
import { hostileCase } from '../shared/export/hostile-article'
import { launchBrowser } from './harness'

// RELIABILITY I9: the exports of an article written to break them, opened and re-sanitised.

const require = createRequire(import.meta.url)
const OPTIONS = { editors: [], kinds: [], notes: true }

function exported(format: 'html' | 'md'): string {
  const { article, annotations } = hostileCase()
  const { data } = exportArticle(format, article, annotations, OPTIONS, CONTEXT)
  if (typeof data !== 'string') throw new Error(`${format} export is not text`)
  return data
}

describe('export safety in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens the HTML export with scripts allowed: no canary fires and nothing is fetched', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true })
    const page = await context.newPage()
    const dialogs: string[] = []
    const requests: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.route('**/*', async (route) => {
      requests.push(route.request().url())
      await route.abort()
    })
    await page.setContent(exported('html'), { waitUntil: 'load' })
    await page.waitForTimeout(200) // let any onerror/onload handler have its turn
    const found = await page.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((a) => a.name),
      ),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      csp: document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content'),
    }))
    await context.close()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(found.scripts).toBe(0)
    expect(found.handlers).toEqual([])
    expect(found.links.filter((href) => !/^(#|https?:|mailto:)/i.test(href))).toEqual([])
    expect(found.csp).toMatch(/default-src 'none'/)
  })

  it('comes back unchanged from a strict DOMPurify pass', async () => {
    const page = await browser.newPage()
    await page.addScriptTag({
      content: await readFile(require.resolve('dompurify/dist/purify.js'), 'utf8'),
    })
    const result = await page.evaluate((html) => {
      const purify = (
        window as unknown as { DOMPurify: { sanitize(h: string, c: object): string } }
      ).DOMPurify
      const body = new DOMParser().parseFromString(html, 'text/html').body.innerHTML
      const strict = purify.sanitize(body, {
        FORBID_TAGS: ['style', 'form'],
        FORBID_ATTR: ['style'],
      })
      return { body, strict }
    }, exported('html'))
    await page.close()
    expect(result.body.length).toBeGreaterThan(1000)
    expect(result.strict).toBe(result.body)
  })

  it('renders the Markdown export with markdown-it (html off) with no script links or raw HTML', () => {
    const html = new MarkdownIt({ html: false, linkify: false }).render(exported('md'))
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/i)
    expect(html).not.toMatch(/<(script|img|svg|style|iframe)\b/i)
    expect(html).toContain('[x](javascript:alert(3))')
  })
})
