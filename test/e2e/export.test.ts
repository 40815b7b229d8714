import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'

describe('exporting from the app', () => {
  let browser: Browser
  let app: AppUnderTest
  let outDir: string
  let articleId: string

  beforeAll(async () => {
    browser = await launchBrowser()
    outDir = await mkdtemp(join(tmpdir(), 'factmark-export-e2e-'))
    app = await startApp(browser, {
      editorName: 'Ana Ruiz',
      exportChoices: [
        null, // the first export is cancelled
        join(outDir, 'trump.html'),
        join(outDir, 'trump.pdf'),
        outDir, // the library, as CSV, into the folder
      ],
    })
    const article = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
    if (!article) throw new Error('the seed is missing')
    articleId = article.id
    const { page } = app
    await page.locator(`tr[data-article-id="${articleId}"] .article-link`).click()
    // The article opens with the focus in its text.
    await page.waitForFunction(() => document.activeElement?.id === 'article-text')
    await page.keyboard.press('j')
    await page.keyboard.press('c') // the first sentence, a claim
    await page.keyboard.press('Enter')
    await page.getByLabel('Note').fill('Check the <b>transcript</b> & the White House readout')
    await page.keyboard.press('Escape')
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  it('previews, exports HTML with the unsaved tag, and shows the file in its folder', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Export…' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    // The first preview prints a page in Chromium: 8 s on an idle machine with many fonts.
    await dialog.locator('.export-preview img').waitFor({ timeout: 40_000 })
    expect(await dialog.locator('.export-preview img').count()).toBe(1)
    await app.screenshot('export-dialog')

    // Cancelled in the save dialog: nothing written, the dialog stays.
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await expect
      .poll(() => app.calls.filter((c) => c.channel.endsWith('exportArticles')).length)
      .toBe(1)
    expect(await readdir(outDir)).toEqual([])

    await dialog.getByRole('button', { name: 'Export…' }).click()
    await dialog.getByRole('status').getByText('Exported to').waitFor()
    const html = await readFile(join(outDir, 'trump.html'), 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).toContain('Ana Ruiz')
    expect(html).toContain('Check the &lt;b&gt;transcript&lt;/b&gt; &amp; the White House readout')
    expect(html).not.toContain('<b>transcript</b>')
    await dialog.getByRole('button', { name: 'Show in folder' }).click()
    await expect.poll(() => app.revealed).toEqual([join(outDir, 'trump.html')])
  })

  it('prints a PDF, chosen from the menu, without notes when they are left out', async () => {
    const { page } = app
    await page.keyboard.press('Escape')
    // The dialog's close event comes a task later: wait until React has taken it out of the page.
    await expect.poll(() => page.locator('dialog').count()).toBe(0)
    await app.emit('menuCommand', 'export')
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    await dialog.getByLabel('PDF').check()
    await dialog.getByLabel('Notes and details').uncheck()
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await dialog.getByRole('status').getByText('Exported to').waitFor({ timeout: 20_000 })
    const pdf = await readFile(join(outDir, 'trump.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(5000)
  })

  it('exports the whole library as CSV, one file per article, without replacing a file', async () => {
    const { page } = app
    await writeFile(join(outDir, 'keep.csv'), 'mine')
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel('The whole library, one file per article').check()
    await dialog.getByLabel('CSV').check()
    await dialog.getByLabel('Sam Reviewer').uncheck() // the sample reviewer's tags stay out
    await expect.poll(() => dialog.locator('.export-preview pre').textContent()).toMatch(/claim/)
    await dialog.getByRole('button', { name: 'Export Library…' }).click()
    await dialog.getByRole('status').getByText('Exported 5 files').waitFor()
    const csvs = (await readdir(outDir)).filter((name) => name.endsWith('.csv'))
    expect(csvs).toHaveLength(6)
    expect(await readFile(join(outDir, 'keep.csv'), 'utf8')).toBe('mine')
    const trump = csvs.find((name) => name.startsWith('Trump Signals'))
    expect(trump).toBeDefined()
    const rows = (await readFile(join(outDir, trump ?? ''), 'utf8')).trim().split(/\r?\n/)
    expect(rows).toHaveLength(2) // the header and the one claim
    expect(rows[1]).toContain('claim')
    expect(rows[1]).toContain('Ana Ruiz')
  })
})
