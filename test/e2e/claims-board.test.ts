import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StoryStore } from '../../electron/core/story/story-store'
import { ANA, LEE, tagArticle } from '../electron/core/claims/claims-fixture'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

/** Three claims on the seeds: two about Mexico, one not. */
const ON_MEXICO =
  'President Donald Trump has signalled that he is prepared to authorise military strikes in Mexico and Colombia'
const RESEARCHING =
  'US President Donald Trump has signaled he is open to authorizing military strikes inside Mexico'
const ELSEWHERE = '“There is almost no drugs coming through our waterways anymore,” he said'

const require = createRequire(import.meta.url)

/** axe-core's serious and critical WCAG A/AA violations on the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'))
  }
  return page.evaluate(async () => {
    type Results = {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[]
    }
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<Results> } }).axe
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
  })
}

/** The text the sentence cursor (a CSS custom highlight) covers. */
function cursorText(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('sentence-current')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })
}

/** The accessible text of the element that has the focus. */
function focusedText(page: Page) {
  return page.evaluate(() => document.activeElement?.textContent ?? '')
}

/** The claims the board shows (their text cells). */
function shownClaims(page: Page) {
  return page.locator('.claims-row .claims-text-body').allTextContents()
}

describe('the claims board', () => {
  let browser: Browser
  let app: AppUnderTest
  const csvPath = join(tmpdir(), `factmark-claims-${process.pid}-${Date.now()}.csv`)

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz', exportChoices: [csvPath] })
    const seeds = app.store.list()
    const seed = (prefix: string) => {
      const meta = seeds.find((candidate) => candidate.sourceName.includes(prefix))
      if (!meta) throw new Error(`no seed ${prefix}`)
      return meta.id
    }
    await tagArticle(app.store, seed('7d1b0c5a'), [
      { quote: ON_MEXICO, kind: 'disputed', author: LEE },
      {
        quote: ELSEWHERE,
        kind: 'claim',
        author: ANA,
        factCheck: { status: 'verdict', verdict: 'false', claimant: 'Donald Trump' },
      },
    ])
    await tagArticle(app.store, seed('62547c9f'), [
      {
        quote: RESEARCHING,
        kind: 'claim',
        author: ANA,
        factCheck: { status: 'researching', claimant: 'Donald Trump' },
      },
    ])
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    await rm(csvPath, { force: true })
  })

  it('opens from the keyboard, filters, searches with accents, and opens a claim at its sentence', async () => {
    const { page } = app
    await page.locator('.library').waitFor()
    // Tab to the top bar's Claims button and press Enter.
    for (let tabs = 0; tabs < 40 && (await focusedText(page)) !== 'Claims'; tabs += 1) {
      await page.keyboard.press('Tab')
    }
    expect(await focusedText(page)).toBe('Claims')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Claims', level: 1 }).waitFor()
    await expect
      .poll(() => shownClaims(page))
      .toEqual(expect.arrayContaining([ON_MEXICO, RESEARCHING, ELSEWHERE]))
    // The search box has the focus.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('search')
    await app.screenshot('claims-board-1280')

    await page.getByLabel('Status').selectOption('researching')
    await expect.poll(() => shownClaims(page)).toEqual([RESEARCHING])
    await page.getByLabel('Status').selectOption('')
    await page.getByLabel('Verdict').selectOption('false')
    await expect.poll(() => shownClaims(page)).toEqual([ELSEWHERE])
    await page.getByLabel('Verdict').selectOption('')

    // An accented query finds the unaccented text, and only it.
    await page.getByRole('searchbox', { name: 'Search the claims' }).click()
    await page.keyboard.type('MÉXICO')
    await expect
      .poll(async () => {
        const shown = await shownClaims(page)
        return (
          shown.includes(ON_MEXICO) && shown.includes(RESEARCHING) && !shown.includes(ELSEWHERE)
        )
      })
      .toBe(true)
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Showing' }).textContent())
      .toMatch(/^Showing \d+ of \d+ claims\./)

    // ↓ from the search to the rows, down to the disputed one, Enter opens it at its sentence.
    await page.keyboard.press('ArrowDown')
    for (let moves = 0; moves < 20; moves += 1) {
      if ((await focusedText(page)).includes(ON_MEXICO)) break
      await page.keyboard.press('ArrowDown')
    }
    expect(await focusedText(page)).toContain(ON_MEXICO)
    await page.keyboard.press('Enter')
    await page.locator('.article-view').waitFor()
    await expect.poll(() => cursorText(page)).toMatch(new RegExp(`^${ON_MEXICO}`))

    // View > Claims Board (Ctrl+Shift+L) from the article: the board again, its search kept,
    // the claim's row focused.
    await app.emit('menuCommand', 'claims-board')
    await page.getByRole('heading', { name: 'Claims', level: 1 }).waitFor()
    expect(await page.getByRole('searchbox', { name: 'Search the claims' }).inputValue()).toBe(
      'MÉXICO',
    )
    await expect.poll(() => focusedText(page)).toContain(ON_MEXICO)
    // Esc clears nothing here (the focus is on a row): back to the library.
    await page.keyboard.press('Escape')
    await page.locator('.library').waitFor()
  })

  it('looks right at 1280×800 and 1920×1080, grouped by story', async () => {
    const { page } = app
    const ids = app.store
      .list()
      .filter((meta) => /^00[24]_/.test(meta.sourceName))
      .map((meta) => meta.id)
    await (await StoryStore.open(app.dataDir)).save({ name: 'Strikes in Mexico', articleIds: ids })
    await app.emit('menuCommand', 'claims-board')
    await page.getByRole('heading', { name: 'Claims', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Clear search and filters' }).click()
    await page.getByLabel('Group by story').check()
    await page.setViewportSize({ width: 1280, height: 800 })
    await app.screenshot('claims-board-grouped-1280x800')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await app.screenshot('claims-board-grouped-1920x1080')
    await expect
      .poll(() => page.locator('.claims-group th').allTextContents())
      .toEqual([
        expect.stringMatching(/^Strikes in Mexico\d+ claims$/),
        expect.stringMatching(/^In no story/),
      ])
    expect(await seriousViolations(page)).toEqual([])

    // Export CSV… saves what is shown (here: the disputed claims only) where the editor chose.
    await page.getByLabel('Kind').selectOption('disputed')
    await expect.poll(() => page.locator('.claims-row.kind-claim').count()).toBe(0)
    const shown = await shownClaims(page)
    await page.getByRole('button', { name: 'Export CSV…' }).click()
    await expect
      .poll(() => page.locator('.claims-message').textContent())
      .toMatch(new RegExp(`^Saved ${shown.length} claims? to `))
    const records = (await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
    expect(records[0]).toMatch(/^Text,Claimant,Article,Outlet,/)
    expect(records.filter((record) => record.includes(',disputed,'))).toHaveLength(shown.length)
    expect(records).toHaveLength(shown.length + 2)
  })
})
