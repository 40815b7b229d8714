import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'

describe('agreement between editors in the app', () => {
  let browser: Browser
  let app: AppUnderTest
  let outDir: string

  beforeAll(async () => {
    browser = await launchBrowser()
    outDir = await mkdtemp(join(tmpdir(), 'factmark-agreement-e2e-'))
    app = await startApp(browser, {
      editorName: 'Ana Ruiz',
      exportChoices: [join(outDir, 'agreement.csv')],
    })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  it('compares my tags with the sample reviewer’s and exports the figures', async () => {
    const { page } = app
    const article = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
    if (!article) throw new Error('the seed is missing')
    await page.locator(`tr[data-article-id="${article.id}"] .article-link`).click()
    // Keys go to the text once the opened article has taken the focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')))
      .toBe(true)
    await page.keyboard.press('j')
    await page.keyboard.press('c')

    await page.getByRole('button', { name: 'Agreement' }).click()
    const dialog = page.getByRole('dialog', { name: 'Agreement' })
    await dialog.getByRole('checkbox', { name: 'Sam Reviewer' }).waitFor()
    await expect
      .poll(() => dialog.getByRole('checkbox', { name: 'Ana Ruiz' }).isChecked())
      .toBe(true)
    const row = dialog.locator('.agreement-table tbody tr')
    await expect.poll(() => row.count()).toBe(1)
    const cells = await row.first().locator('td').allTextContents()
    expect(cells[0]).toMatch(/^\d+ \/ \d+$/)
    expect(cells[1]).toMatch(/^\d+$/) // conflicts
    expect(cells[2]).toMatch(/^\d+$/) // coverage gaps
    expect(cells[3]).toMatch(/^\d+\.\d%$/)
    // kappa (two editors) and alpha, each with its reading
    expect(cells[4]).toMatch(/^-?\d\.\d{3} (poor|slight|fair|moderate|substantial|almost perfect)$/)
    expect(cells[5]).toMatch(/^-?\d\.\d{3} (unreliable|tentative|reliable)$/)
    const caption = await dialog.locator('.confusion-table caption').textContent()
    expect(caption).toBe('Rows: Ana Ruiz · columns: Sam Reviewer')
    await app.screenshot('agreement-dialog')

    await dialog.getByLabel('The whole library').check()
    await expect.poll(() => row.count()).toBe(5)
    await expect.poll(() => dialog.locator('tfoot th').textContent()).toBe('Library')

    await dialog.getByRole('button', { name: 'Export CSV…' }).click()
    await dialog.getByRole('status').getByText('Saved').waitFor()
    const csv = (await readFile(join(outDir, 'agreement.csv'), 'utf8')).trim().split('\r\n')
    expect(csv[0]).toMatch(/^scope,article_id,title/)
    expect(csv).toHaveLength(7)
  })
})
