import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

describe('library and article view', () => {
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

  it('shows the five sample articles with title, date and sentence count', async () => {
    const rows = app.page.locator('.library-table tbody tr')
    await expect.poll(() => rows.count()).toBe(5)
    const stored = app.store.list()
    for (const article of stored) {
      const row = app.page.locator(`tr[data-article-id="${article.id}"]`)
      expect(await row.locator('.article-link').textContent()).toBe(article.title)
      expect(await row.locator('td.sentence-count').textContent()).toBe(
        String(article.sentenceCount),
      )
      expect(article.sentenceCount).toBeGreaterThan(5)
    }
    const headline = stored.find((article) => article.title.startsWith('Trump Signals Potential'))
    expect(headline, 'the headline of seed 003 becomes its title').toBeDefined()
    const dated = stored.find((article) => article.published === '2025-11-17')
    expect(dated, 'the date line of seed 000 becomes its date').toBeDefined()
    const datedRow = app.page.locator(`tr[data-article-id="${dated?.id}"]`)
    expect(await datedRow.textContent()).toContain('17 Nov 2025')
    await app.screenshot('library')
  })

  it('opens an article in the editor with its paragraphs intact', async () => {
    const article = app.store
      .list()
      .find((entry) => entry.title.startsWith('Trump Signals Potential'))
    if (!article) throw new Error('seed 003 is missing')
    await app.page.locator(`tr[data-article-id="${article.id}"] .article-link`).click()
    const editor = app.page.locator('.ProseMirror')
    await editor.waitFor()
    const full = await app.store.get(article.id)
    const blocks = full.body.content ?? []
    // The editor groups the blocks in sections (an editor-only node; the stored body is flat).
    const rendered = editor.locator(':scope > .article-section > :is(p, h1, h2)')
    expect(await rendered.count()).toBe(blocks.length)
    expect(await editor.locator(':scope > .article-section > h1').first().textContent()).toBe(
      article.title,
    )
    expect(await editor.locator(':scope > .article-section > h2').first().textContent()).toBe(
      'Trump’s Second-Term Approach to the Drug Crisis',
    )
    const secondParagraph = blocks[1]?.content?.[0]?.text ?? ''
    expect(await rendered.nth(1).textContent()).toBe(secondParagraph)
    await app.screenshot('article')
  })

  it('edits the outlet and date of an article and keeps them on disk', async () => {
    const id = app.store
      .list()
      .find((entry) => entry.title.startsWith('Trump Signals Potential'))?.id
    // The details are one line above the text until opened.
    const details = app.page.getByRole('button', {
      name: /^[^·]+ · [^·]+ · (Untagged|In progress|Reviewed)/,
    })
    expect(await details.getAttribute('aria-expanded')).toBe('false')
    await details.click()
    await app.page.getByLabel('Outlet').fill('The Example Post')
    await app.page.getByLabel('Outlet').press('Enter')
    await expect.poll(() => app.page.locator('.meta-status').textContent()).toBe('Saved')
    await app.page.getByLabel('Published').fill('2025-11-18')
    // Leaving the field (a click on the next one) saves it.
    await app.page.getByLabel('Title').click()
    await expect.poll(() => app.store.meta(id ?? '').published).toBe('2025-11-18')
    expect(app.store.meta(id ?? '').outlet).toBe('The Example Post')
    await app.page.keyboard.press('Escape')
    await expect
      .poll(() => app.page.getByRole('button', { name: /^The Example Post · 18 Nov 2025/ }).count())
      .toBe(1)
    await app.page.locator('.brand').click()
    await expect
      .poll(() => app.page.locator(`tr[data-article-id="${id}"]`).textContent())
      .toContain('The Example Post')
  })

  it('imports files from the menu and explains the ones it refuses, changing nothing for them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'factmark-import-'))
    try {
      const good = join(folder, 'brief.txt')
      const image = join(folder, 'photo.txt')
      await writeFile(
        good,
        'Ministers Meet Again\n\nThe talks resumed on Tuesday. No deal was reached.\n',
      )
      await writeFile(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
      const imported = await startApp(browser, { importChoices: [[good, image]] })
      try {
        await imported.page.locator('.library-table tbody tr').first().waitFor()
        await imported.emit('menuCommand', 'import')
        const notices = imported.page.locator('.notice')
        await expect.poll(() => notices.count()).toBe(2)
        expect(await notices.nth(0).textContent()).toContain('Imported 1 article.')
        expect(await notices.nth(1).textContent()).toMatch(
          /photo\.txt: this is not a text file but a PNG image/i,
        )
        await expect.poll(() => imported.page.locator('.library-table tbody tr').count()).toBe(6)
        expect(await imported.page.locator('.article-link').allTextContents()).toContain(
          'Ministers Meet Again',
        )
        await imported.screenshot('import-notices')
      } finally {
        await imported.close()
        await removeDataDir(imported.dataDir)
      }
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
