import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const require = createRequire(import.meta.url)

/** What axe checks: WCAG 2.0–2.2 A and AA, plus its best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** The impacts that fail the test (#20: zero serious, zero moderate); minor ones are reported. */
const FAILING_IMPACTS = new Set(['moderate', 'serious', 'critical'])

const HEADLINE = 'Trump Signals Potential Military Strikes'

/** One axe violation, reduced to what a reader of the test output needs. */
interface Violation {
  id: string
  impact: string | null
  help: string
  targets: string[]
  summary: string
}

/**
 * Runs axe-core on the page as it is. The page's CSP allows only its own scripts, so axe is not
 * added as a script tag: its source is evaluated through the DevTools protocol, which the CSP does
 * not govern, once per page.
 */
async function axe(page: Page, source: string): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(source)
  return page.evaluate(async (tags) => {
    type AxeResults = {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[]; failureSummary?: string }[]
      }[]
    }
    const engine = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } })
      .axe
    const results = await engine.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }))
  }, AXE_TAGS)
}

/** The serious and critical violations, in both colour schemes; prints the lesser ones. */
async function audit(page: Page, source: string, view: string): Promise<string[]> {
  const failing: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    // Measure contrast once the page sees the scheme (the app has no transitions to wait for).
    await page.waitForFunction(
      (wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches,
      scheme,
    )
    for (const violation of await axe(page, source)) {
      const line = `${view} (${scheme}): ${violation.id} [${violation.impact}] ${violation.help} — ${violation.targets.join(', ')}`
      if (FAILING_IMPACTS.has(violation.impact ?? ''))
        failing.push(`${line}\n    ${violation.summary}`)
      else console.info(`a11y, not failing: ${line}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  return failing
}

/** What the keyboard focus looks like on one control. */
interface FocusRing {
  control: string
  style: string
  width: number
  contrast: number
}

/**
 * Measures the focus ring of the focused control: its outline style and width, and the contrast
 * of its colour against the background it is drawn on (the nearest ancestor with an opaque
 * background, since the ring sits outside the control).
 */
function measureFocus(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const rgb = (color: string) => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]
      return { r: parts[0] ?? 0, g: parts[1] ?? 0, b: parts[2] ?? 0, a: parts[3] ?? 1 }
    }
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const [red = 0, green = 0, blue = 0] = [r, g, b].map((value) => {
        const c = value / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }
    const element = document.activeElement as HTMLElement
    const style = getComputedStyle(element)
    let behind = element.parentElement
    let background = rgb(getComputedStyle(document.body).backgroundColor)
    while (behind) {
      const color = rgb(getComputedStyle(behind).backgroundColor)
      if (color.a > 0.5) {
        background = color
        break
      }
      behind = behind.parentElement
    }
    const ring = luminance(rgb(style.outlineColor))
    const under = luminance(background)
    const name =
      element.getAttribute('aria-label') ??
      element.textContent?.trim().slice(0, 30) ??
      element.getAttribute('name')
    const type = element instanceof HTMLInputElement ? `[${element.type}]` : ''
    const className = element.className ? `.${String(element.className).split(' ')[0]}` : ''
    return {
      control: `${element.tagName.toLowerCase()}${type}${className} "${name}"`,
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      contrast: (Math.max(ring, under) + 0.05) / (Math.min(ring, under) + 0.05),
    }
  })
}

/**
 * Why a focus ring fails WCAG 1.4.11 (missing, thinner than 2 px, under 3:1), or null when it
 * passes or is not ours to judge: the page itself (Tab went past the last control), the editor,
 * which marks its focus with the sentence cursor (renderer/editor), and a date field's calendar
 * button, which Chromium rings itself inside the field.
 */
function weakness(ring: FocusRing): string | null {
  if (ring.control.startsWith('body ') || ring.control.includes('ProseMirror')) return null
  if (ring.control.startsWith('input[date]') && ring.style === 'none') return null
  if (ring.style !== 'none' && ring.width >= 2 && ring.contrast >= 3) return null
  return `${ring.control} ${ring.style} ${ring.width}px ${ring.contrast.toFixed(2)}:1`
}

/** Tabs from the top through `stops` controls, in light and dark; lists the weak focus rings. */
async function weakFocusRings(page: Page, stops: number, view: string): Promise<string[]> {
  const weak: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    // Start the tab order from the top: focus a placeholder before everything, then drop it.
    await page.evaluate(() => {
      const start = document.createElement('span')
      start.tabIndex = -1
      document.body.prepend(start)
      start.focus()
      start.addEventListener('blur', () => start.remove(), { once: true })
    })
    for (let stop = 0; stop < stops; stop++) {
      await page.keyboard.press('Tab')
      const problem = weakness(await measureFocus(page))
      if (problem) weak.push(`${view} (${scheme}): ${problem}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  return weak
}

describe('accessibility (axe-core, WCAG 2.2 AA) in light and dark', () => {
  let browser: Browser
  let app: AppUnderTest
  let axeSource: string
  let importDir: string

  beforeAll(async () => {
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
    importDir = await mkdtemp(join(tmpdir(), 'factmark-a11y-'))
    const refused = join(importDir, 'photo.txt')
    await writeFile(refused, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz', importChoices: [[refused]] })
    await app.page.locator('.library-table tbody tr').first().waitFor()
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (importDir) await rm(importDir, { recursive: true, force: true })
  })

  it('finds a violation planted in the page, so that a clean result means something', async () => {
    await app.page.evaluate(() => {
      const planted = document.createElement('button')
      planted.id = 'planted'
      document.body.append(planted)
    })
    const failing = await audit(app.page, axeSource, 'planted')
    await app.page.evaluate(() => document.getElementById('planted')?.remove())
    expect(failing.some((line) => line.includes('button-name'))).toBe(true)
  })

  it('the library has no serious or critical violations', async () => {
    expect(await audit(app.page, axeSource, 'library')).toEqual([])
  })

  it('every control of the library shows a focus ring of 3:1 or more', async () => {
    expect(await weakFocusRings(app.page, 8, 'library')).toEqual([])
  })

  it('the library with an error notice has none', async () => {
    await app.emit('menuCommand', 'import')
    await app.page.locator('.notice').first().waitFor()
    expect(await audit(app.page, axeSource, 'library with notices')).toEqual([])
  })

  it('an article’s details dialog, from the library, has none', async () => {
    const { page } = app
    await page
      .getByRole('button', { name: /^Edit details of/ })
      .first()
      .click()
    await page.getByRole('dialog').waitFor()
    expect(await audit(page, axeSource, 'article details dialog')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('the notices history, open, has none', async () => {
    const { page } = app
    await page.getByRole('button', { name: /^Notices/ }).click()
    await page.getByRole('region', { name: 'Earlier notices' }).waitFor()
    expect(await audit(page, axeSource, 'notices history')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('region', { name: 'Earlier notices' }).count()).toBe(0)
  })

  it('the about box has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'about')
    await page.getByRole('dialog').waitFor()
    expect(await audit(page, axeSource, 'about')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('the switch-editor dialog has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'switch-editor')
    await page.getByRole('dialog').waitFor()
    expect(await audit(page, axeSource, 'switch editor')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('the package export dialog has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'export-package')
    await page.getByRole('dialog', { name: 'Export My Tags' }).waitFor()
    expect(await audit(page, axeSource, 'package export')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('the claims board has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'claims-board')
    await page.locator('#claims-heading').waitFor()
    expect(await audit(page, axeSource, 'claims board')).toEqual([])
    await app.emit('menuCommand', 'show-library')
    await page.locator('.library-table tbody tr').first().waitFor()
  })

  it('an article with tags and a note, in tagging mode, has none', async () => {
    const { page } = app
    const article = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
    if (!article) throw new Error(`no seed titled ${HEADLINE}`)
    await page.locator(`tr[data-article-id="${article.id}"] .article-link`).click()
    await page.locator('.ProseMirror').waitFor()
    // The article opens with the cursor on its first sentence (the headline) and the focus in it.
    await page.keyboard.press('j')
    await page.keyboard.press('c')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('q')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('d')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('x')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Worded differently elsewhere.')
    await page.keyboard.press('Control+Enter')
    await expect.poll(() => page.locator('.ProseMirror [class*="tag-"]').count()).toBeGreaterThan(3)
    expect(await audit(page, axeSource, 'article')).toEqual([])
    await app.screenshot('a11y-article')
  })

  it('the details of a claim, with its fact-check fields, have none', async () => {
    const { page } = app
    // Back from the note to the headline, the claim tagged first.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowUp')
    const fields = page.getByRole('group', { name: 'Fact-check' })
    await fields.waitFor()
    expect(await audit(page, axeSource, 'claim details')).toEqual([])
  })

  it('every control of the article view shows a focus ring of 3:1 or more', async () => {
    expect(await weakFocusRings(app.page, 24, 'article')).toEqual([])
  })

  it('the context menu over a tagged sentence has none', async () => {
    const { page } = app
    await page
      .locator('.ProseMirror p')
      .nth(1)
      .click({ button: 'right', position: { x: 30, y: 10 } })
    await page.getByRole('menu').waitFor()
    expect(await audit(page, axeSource, 'context menu')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('menu').count()).toBe(0)
  })

  it('the context menu works from the keyboard alone, with a visible focus', async () => {
    const { page } = app
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '')
    await page
      .locator('.ProseMirror p')
      .nth(1)
      .click({ button: 'right', position: { x: 30, y: 10 } })
    const menu = page.getByRole('menu')
    await menu.waitFor()
    const items = await menu
      .getByRole('menuitem')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => !(node as HTMLButtonElement).disabled)
          .map((node) => node.textContent),
      )
    expect(await focused()).toBe(items[0])
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe(items[1])
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      expect(weakness(await measureFocus(page)), scheme).toBeNull()
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('End')
    expect(await focused()).toBe(items.at(-1))
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe(items[0])
    await page.keyboard.press('ArrowUp')
    expect(await focused()).toBe(items.at(-1))
    await page.keyboard.press('Home')
    expect(await focused()).toBe(items[0])
    await page.keyboard.press('Tab')
    await expect.poll(() => menu.count()).toBe(0)
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')),
    ).toBe(true)
  })

  it('the article in text-editing mode has none', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Edit text' }).click()
    await page.locator('.edit-banner').waitFor()
    expect(await audit(page, axeSource, 'editing')).toEqual([])
    await page.getByRole('button', { name: 'Done editing' }).click()
  })

  it('the export dialog, with its preview drawn, has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'export')
    await page.getByRole('dialog').waitFor()
    await page.locator('.export-preview[aria-busy="false"]').waitFor()
    expect(await audit(page, axeSource, 'export dialog')).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('the shortcut sheet has none, and its list scrolls from the keyboard', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1280, height: 600 })
    await app.emit('menuCommand', 'shortcuts')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor()
    expect(await audit(page, axeSource, 'shortcut sheet')).toEqual([])
    // Tab from Close reaches the scroll area, and ↓ scrolls it.
    await page.keyboard.press('Tab')
    const area = sheet.getByRole('region', { name: 'All shortcuts' })
    expect(await area.evaluate((node) => node === document.activeElement)).toBe(true)
    const fits = await sheet.evaluate((node) => node.getBoundingClientRect().bottom <= innerHeight)
    expect(fits).toBe(true)
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1280, height: 860 })
  })

  it('the agreement dialog has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'agreement')
    await page.getByRole('dialog').waitFor()
    expect(await audit(page, axeSource, 'agreement dialog')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('the settings dialog has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'settings')
    await page.getByRole('dialog').waitFor()
    expect(await audit(page, axeSource, 'settings')).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('review mode has none', async () => {
    const { page } = app
    await page.locator('.ProseMirror').waitFor()
    await page.keyboard.press('Control+Shift+R')
    await page.locator('.review-bar.is-on').waitFor()
    expect(await audit(page, axeSource, 'review mode')).toEqual([])
    await page.keyboard.press('Control+Shift+R')
    await expect.poll(() => page.locator('.review-bar.is-on').count()).toBe(0)
  })

  it('a review card with its reject form open has none', async () => {
    const { page } = app
    await page.keyboard.press('Control+Shift+R')
    await page.locator('.review-bar.is-on').waitFor()
    // N goes to the next conflict with Sam's tags, R opens the reason box and focuses it.
    await page.keyboard.press('n')
    await page.locator('.review-card.is-target').waitFor()
    await page.keyboard.press('r')
    const reason = page.getByRole('textbox', { name: /^Why do you reject it/ })
    await expect.poll(() => reason.evaluate((node) => node === document.activeElement)).toBe(true)
    expect(await audit(page, axeSource, 'review reject form')).toEqual([])
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height })
      await app.screenshot(`a11y-review-reject-${width}`)
    }
    await page.setViewportSize({ width: 1280, height: 860 })
    await page.keyboard.press('Escape')
    await expect.poll(() => reason.count()).toBe(0)
    await page.keyboard.press('Control+Shift+R')
    await expect.poll(() => page.locator('.review-bar.is-on').count()).toBe(0)
  })

  it('the story view has none', async () => {
    const { page } = app
    await app.emit('menuCommand', 'story-view')
    await page
      .getByRole('list', { name: 'Suggested stories' })
      .getByRole('button', { name: /^Compare these/ })
      .click()
    await page.locator('.story-view').waitFor()
    expect(await audit(page, axeSource, 'story view')).toEqual([])
  })
  it('the first-run welcome has none', async () => {
    const first = await startApp(browser, { editorName: 'Ana Ruiz', firstRun: true })
    try {
      await first.page.getByRole('dialog').waitFor()
      expect(await audit(first.page, axeSource, 'first run')).toEqual([])
    } finally {
      await first.close()
      await removeDataDir(first.dataDir)
    }
  })
})
