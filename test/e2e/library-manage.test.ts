import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Handlers } from '../../shared/ipc/contract'
import type { ArticleMeta } from '../../shared/model/article'
import { ownTagCount } from '../../shared/model/editor-tag-counts'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const ACCENTED =
  'Réunion à Paris\n\nLe Ministère des Armées a répondu lundi. Personne à l’Élysée.\n'

/** The article ids of the table's rows, top to bottom. */
function rowIds(page: Page): Promise<string[]> {
  return page
    .locator('.library-table tbody tr[data-article-id]')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.articleId ?? ''))
}

function byTitle(app: AppUnderTest, start: string): ArticleMeta {
  const found = app.store.list().find((meta) => meta.title.startsWith(start))
  if (!found) throw new Error(`no article titled ${start}…`)
  return found
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

describe('managing the library', () => {
  let browser: Browser
  let app: AppUnderTest
  let folder: string

  beforeAll(async () => {
    browser = await launchBrowser()
    folder = await mkdtemp(join(tmpdir(), 'factmark-manage-'))
    await writeFile(join(folder, 'reunion.txt'), ACCENTED)
    app = await startApp(browser, {
      editorName: 'Ana Ruiz',
      importChoices: [[join(folder, 'reunion.txt')]],
    })
    await app.page.locator('.library-table tbody tr').first().waitFor()
    await app.emit('menuCommand', 'import')
    await app.page.locator('tr[data-article-id]').nth(5).waitFor()
    app.page.setDefaultTimeout(10_000)
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('shows tag counts and statuses as the store has them', async () => {
    for (const meta of app.store.list()) {
      const row = app.page.locator(`tr[data-article-id="${meta.id}"]`)
      // The column counts the acting editor's own tags; the sample review is not their progress.
      const own = ownTagCount(meta, app.settings.editor.id)
      expect(await row.locator('td.tag-count .own-count').textContent()).toBe(String(own))
      expect(await row.locator('.status-badge').textContent()).toBe(
        own > 0 ? 'In progress' : 'Untagged',
      )
    }
  })

  it('searches the text whatever the accents, highlights the match, and clears on Escape', async () => {
    const { page } = app
    // Ctrl+F finds from anywhere in the library: no field needs the focus first.
    await page.keyboard.press('Control+f')
    const search = page.getByRole('searchbox', { name: 'Search the library' })
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true)
    await search.pressSequentially('ministere des ARMEES')
    const rows = page.locator('.library-table tbody tr[data-article-id]')
    await expect.poll(() => rows.count()).toBe(1)
    await expect
      .poll(() => page.locator('.search-snippet mark').textContent())
      .toBe('Ministère des Armées')
    expect(await page.locator('.search-snippet').textContent()).toContain(
      'Le Ministère des Armées a répondu',
    )
    expect(await page.locator('#library-results').textContent()).toBe(
      '1 of 6 articles shown for “ministere des ARMEES”',
    )
    await app.screenshot('library-search')
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('library-search-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    // A query in titles only: the title match is marked too.
    await search.fill('reunion')
    await expect
      .poll(() => page.locator('.article-link mark').first().textContent())
      .toBe('Réunion')

    // Words from the sample articles' text that are in no title.
    await search.fill('fentanyl')
    await expect.poll(() => page.locator('.search-snippet').count()).toBeGreaterThan(0)
    const hits = await page.locator('.search-snippet').count()
    expect(await rows.count()).toBe(hits)
    await search.press('Escape')
    expect(await search.inputValue()).toBe('')
    await expect.poll(() => rows.count()).toBe(6)
  })

  it('sorts by the column headers, with aria-sort, and keeps the choice for the session', async () => {
    const { page } = app
    const titleHeader = page.locator('th', { has: page.getByRole('button', { name: 'Title' }) })
    expect(await titleHeader.getAttribute('aria-sort')).toBe('none')
    await page.getByRole('button', { name: 'Title' }).click()
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending')
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
    const byTitleOrder = [...app.store.list()]
      .sort((a, b) => collator.compare(a.title, b.title))
      .map((meta) => meta.id)
    expect(await rowIds(page)).toEqual(byTitleOrder)
    await page.getByRole('button', { name: 'Title' }).click()
    expect(await titleHeader.getAttribute('aria-sort')).toBe('descending')
    expect(await rowIds(page)).toEqual([...byTitleOrder].reverse())

    await page.getByRole('button', { name: 'Tags' }).click()
    const counts = await page.locator('td.tag-count').allTextContents()
    expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a))

    // Open an article and come back: the sort is still by tags.
    await page.locator('.library-table tbody tr .article-link').first().click()
    await page.locator('.ProseMirror').waitFor()
    await page.locator('.brand').click()
    await page.locator('.library-table tbody tr').first().waitFor()
    const tagsHeader = page.locator('th', { has: page.getByRole('button', { name: 'Tags' }) })
    expect(await tagsHeader.getAttribute('aria-sort')).toBe('descending')
  })

  it('filters by status, and marks an article reviewed from its row', async () => {
    const { page } = app
    // Untagged by the acting editor: the sample reviewer's tags are not theirs.
    const untagged = app.store
      .list()
      .filter((meta) => ownTagCount(meta, app.settings.editor.id) === 0)
    await page.getByRole('button', { name: /^Untagged/ }).click()
    expect((await rowIds(page)).sort()).toEqual(untagged.map((meta) => meta.id).sort())

    await page.getByRole('button', { name: /^All/ }).click()
    const target = byTitle(app, 'Trump Signals Potential')
    await page
      .locator(`tr[data-article-id="${target.id}"]`)
      .getByRole('button', { name: /^Mark reviewed:/ })
      .click()
    await expect.poll(() => app.store.meta(target.id).reviewedAt ?? null).not.toBeNull()
    await page
      .getByRole('button', { name: /^Reviewed/ })
      .first()
      .waitFor()
    await page
      .locator('.status-filter')
      .getByRole('button', { name: /^Reviewed/ })
      .click()
    expect(await rowIds(page)).toEqual([target.id])
    expect(
      await page.locator(`tr[data-article-id="${target.id}"] .status-badge`).textContent(),
    ).toBe('Reviewed')
    await page.locator('.status-filter').getByRole('button', { name: /^All/ }).click()
  })

  it('edits an article’s details from its row', async () => {
    const { page } = app
    const target = byTitle(app, 'Réunion à Paris')
    await page.getByRole('button', { name: 'Edit details of “Réunion à Paris”' }).click()
    const dialog = page.getByRole('dialog', { name: 'Article details' })
    await dialog.getByLabel('Outlet').fill('Le Courrier')
    await dialog.getByLabel('Outlet').press('Enter')
    await expect.poll(() => dialog.locator('.meta-status').textContent()).toBe('Saved')
    await app.screenshot('library-edit-details')
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => page.locator('dialog').count()).toBe(0)
    expect(app.store.meta(target.id).outlet).toBe('Le Courrier')
    await expect
      .poll(() => page.locator(`tr[data-article-id="${target.id}"] .outlet-cell`).textContent())
      .toBe('Le Courrier')
  })

  it('deletes with the Delete key and undoes with Ctrl+Z, tags and all', async () => {
    const { page } = app
    const target = byTitle(app, 'Trump Signals Potential')
    const tags = await app.store.tags(target.id)
    expect(tags.length).toBeGreaterThan(0)
    const file = await readFile(join(app.dataDir, 'articles', `${target.id}.json`))
    // A click on the row (not on its buttons) gives it the focus, as a person would.
    await page.locator(`tr[data-article-id="${target.id}"] td.date-cell`).click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.articleId))
      .toBe(target.id)
    await page.keyboard.press('Delete')
    await expect.poll(() => page.locator(`tr[data-article-id="${target.id}"]`).count()).toBe(0)
    expect(app.store.list().map((meta) => meta.id)).not.toContain(target.id)
    expect(await readFile(join(app.dataDir, 'trash', `${target.id}.json`))).toEqual(file)
    const undo = page.locator('.library-undo')
    expect(await undo.textContent()).toContain(`Deleted “${target.title}”`)
    await app.screenshot('library-deleted')
    // The focus stayed in the table, on the row that took the deleted one's place.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TR')

    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator(`tr[data-article-id="${target.id}"]`).count()).toBe(1)
    expect(await app.store.tags(target.id)).toEqual(tags)
    expect(await readFile(join(app.dataDir, 'articles', `${target.id}.json`))).toEqual(file)
    await expect.poll(() => page.locator('.library-message').textContent()).toContain('Restored')
  })

  it('deleting a recent article takes it off the Recent strip; its Undo button puts it back', async () => {
    const { page } = app
    const target = byTitle(app, 'Réunion à Paris')
    await page.locator(`tr[data-article-id="${target.id}"] .article-link`).click()
    await page.locator('.ProseMirror').waitFor()
    await page.locator('.brand').click()
    const recent = page.locator('.recent-strip .recent-card')
    await expect.poll(() => recent.first().getAttribute('data-article-id')).toBe(target.id)
    expect(await recent.count()).toBeLessThanOrEqual(5)
    await app.screenshot('library-recent')

    await page.getByRole('button', { name: `Delete “${target.title}”` }).click()
    await expect
      .poll(() => page.locator(`.recent-card[data-article-id="${target.id}"]`).count())
      .toBe(0)
    expect(
      app.calls.filter((call) => call.channel === 'factmark:deleteArticle').length,
    ).toBeGreaterThan(0)
    await page.locator('.library-undo').getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => recent.first().getAttribute('data-article-id')).toBe(target.id)
  })

  it('keeps a deleted article in the trash after the app is closed and opened again', async () => {
    const { page } = app
    const target = byTitle(app, 'Réunion à Paris')
    await page.getByRole('button', { name: `Delete “${target.title}”` }).click()
    await expect.poll(() => app.store.list().length).toBe(5)
    await app.close()
    const trashed = join(app.dataDir, 'trash', `${target.id}.json`)
    app = await startApp(browser, { dataDir: app.dataDir, seed: false, editorName: 'Ana Ruiz' })
    await expect
      .poll(() => app.page.locator('.library-table tbody tr[data-article-id]').count())
      .toBe(5)
    expect(await exists(trashed)).toBe(true)
    expect(JSON.parse(await readFile(trashed, 'utf8')).article.title).toBe('Réunion à Paris')
    expect(await app.page.locator('.library-undo').count()).toBe(0)
  })

  it('draws a library of ten thousand articles quickly, and sorts and filters it', async () => {
    const many: ArticleMeta[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: i.toString(16).padStart(16, '0'),
      title: `Synthetic article ${String(i).padStart(5, '0')}`,
      outlet: `Outlet ${i % 37}`,
      url: '',
      published: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      language: 'en',
      sourceName: 'x.txt',
      textHash: 'a'.repeat(64),
      sentenceCount: 10 + (i % 50),
      tagCount: i % 7,
      createdAt: '2025-11-17T10:00:00.000Z',
      updatedAt: '2025-11-17T10:00:00.000Z',
    }))
    ;(app.handlers as { -readonly [K in keyof Handlers]: Handlers[K] }).listArticles = () => many
    const { page } = app
    await page.reload()
    await page.locator('.library-table tbody tr[data-article-id]').first().waitFor()
    const drawn = await page.locator('.library-table tbody tr[data-article-id]').count()
    expect(drawn).toBeLessThan(80)
    expect(await page.locator('.library-count').textContent()).toBe('10000 articles')

    await page.getByRole('button', { name: 'Title' }).click()
    await expect
      .poll(() =>
        page
          .locator('.library-table tbody tr[data-article-id] .article-link')
          .first()
          .textContent(),
      )
      .toBe('Synthetic article 00000')

    await page.getByRole('searchbox', { name: 'Search the library' }).fill('article 0999')
    await expect
      .poll(() => page.locator('.library-table tbody tr[data-article-id]').count())
      .toBe(10)
    // The scroll height is the whole list's: the last row can be scrolled to.
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
    await page.locator('.library-scroller').evaluate((element) => {
      element.scrollTop = element.scrollHeight
    })
    await expect
      .poll(() =>
        page.locator('.library-table tbody tr[data-article-id] .article-link').last().textContent(),
      )
      .toBe('Synthetic article 09999')
  })
})
