import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../shared/anchoring'
import type { Annotation } from '../../shared/model/annotation'
import { launchBrowser, removeDataDir, ROOT, startApp, type AppUnderTest } from './harness'

const FIXTURES = join(ROOT, 'test', 'fixtures', 'import')
const HARBOUR = 'Harbour Bridge Reopens After Eight Months of Repairs'
const FERRY = 'Council Approves Night Ferry Trial'
const WATER = 'Water Board Delays Price Rise'
const NIGHT_BUS = 'Night Bus Cuts Spark Protest'

/** Drops files of `dropDir` (by name) on the window, as from the desktop. */
async function drop(page: Page, names: string[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer()
    for (const name of files) transfer.items.add(new File(['ignored'], name))
    return transfer
  }, names)
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
}

function titles(page: Page): Promise<string[]> {
  return page.locator('.article-link').allInnerTexts()
}

async function openArticle(app: AppUnderTest, title: string): Promise<void> {
  await app.page.locator('.brand').click()
  await app.page.locator('.article-link', { hasText: title }).first().click()
  await app.page.locator('.ProseMirror').waitFor()
}

const require = createRequire(import.meta.url)

/**
 * The serious and critical axe-core violations (WCAG 2.2 AA) inside `selector`, in light and
 * dark. axe's source is evaluated through the DevTools protocol, which the page's CSP allows.
 */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'))
  }
  const found: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    // The page sees the scheme (the app has no transitions to wait for).
    await page.waitForFunction(
      (wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches,
      scheme,
    )
    const violations = await page.evaluate(async (include) => {
      type Results = { violations: { id: string; impact: string | null; help: string }[] }
      const engine = (window as unknown as { axe: { run(...a: unknown[]): Promise<Results> } }).axe
      const results = await engine.run(
        { include: [include] },
        {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        },
      )
      return results.violations
    }, selector)
    for (const violation of violations) {
      if (violation.impact === 'serious' || violation.impact === 'critical') {
        found.push(`${scheme}: ${violation.id} ${violation.help}`)
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  return found
}

async function dialogClosed(page: Page): Promise<void> {
  await expect.poll(() => page.locator('dialog').count()).toBe(0)
}

describe('importing web pages, Word documents and PDFs', () => {
  let browser: Browser
  let app: AppUnderTest
  let dropDir: string

  beforeAll(async () => {
    browser = await launchBrowser()
    dropDir = await mkdtemp(join(tmpdir(), 'factmark-import-e2e-'))
    for (const name of [
      'harbour-news.html',
      'night-ferry.docx',
      'water-board.pdf',
      'scanned.pdf',
      'windows-1252.txt',
      'image-named.docx',
    ]) {
      await copyFile(join(FIXTURES, name), join(dropDir, name))
    }
    const corrected = (await readFile(join(FIXTURES, 'harbour-news.html'), 'utf8'))
      .replaceAll('14 million euros', '15 million euros')
      .replace('Cyclists get a separate lane', 'Cyclists and scooters get a separate lane')
    await writeFile(join(dropDir, 'harbour-corrected.html'), corrected)
    await writeFile(
      join(dropDir, 'hidden.txt'),
      'Hidden Characters Test\n\nThe mayor\u200B said the vote was \u202Elanif\u202C on Monday.\n',
    )
    app = await startApp(browser, {
      seed: false,
      dropDir,
      editorName: 'Ana Ruiz',
      importChoices: [[join(FIXTURES, 'harbour-news.html'), join(FIXTURES, 'night-ferry.docx')]],
    })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (dropDir) await rm(dropDir, { recursive: true, force: true })
  })

  it('imports a saved web page and a Word document through File > Import…', async () => {
    const { page } = app
    await expect.poll(() => page.getByText('The library is empty.').isVisible()).toBe(true)
    await app.emit('menuCommand', 'import')
    await expect.poll(() => titles(page)).toEqual(expect.arrayContaining([HARBOUR, FERRY]))
    await expect.poll(() => page.getByText('Imported 2 articles.').isVisible()).toBe(true)
    await app.screenshot('import-formats-menu')

    await openArticle(app, HARBOUR)
    const text = page.locator('.ProseMirror')
    await expect.poll(() => text.innerText()).toContain('reopened to traffic on Monday morning')
    const body = await text.innerText()
    for (const debris of ['Subscribe', 'Advertisement', 'About time!', 'Related stories']) {
      expect(body).not.toContain(debris)
    }
    // The article's links are kept, and only safe ones.
    const hrefs = await text
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual([
      'https://ledger.example/authors/ana-ruiz',
      'https://city.example/reports/bridge-repairs.pdf',
      'mailto:press@city.example',
    ])
    expect(await text.locator('blockquote').innerText()).toBe(
      'Nobody has explained where the extra money went.',
    )
    await text.locator('a').nth(1).scrollIntoViewIfNeeded()
    await app.screenshot('import-formats-html-article')
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('import-formats-html-article-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await openArticle(app, FERRY)
    await expect
      .poll(() => text.locator('a').getAttribute('href'))
      .toBe('https://council.example/motions/night-ferry')
    expect(await text.innerText()).toContain('no cut to daytime sailings;')
    expect(await text.innerText()).not.toMatch(/javascript/)
  })

  it('imports dropped files by content: a PDF in, a scan and a renamed picture refused', async () => {
    const { page } = app
    await page.locator('.brand').click()
    await drop(page, ['water-board.pdf', 'scanned.pdf', 'image-named.docx', 'night-ferry.docx'])
    await expect.poll(() => titles(page)).toContain(WATER)
    // At most two notices show at once; every one is in the Notices list behind the top bar's button.
    const history = page.getByRole('region', { name: 'Earlier notices' })
    await expect
      .poll(async () => {
        if (!(await history.isVisible())) await page.locator('.notice-history-button').click()
        return history.innerText()
      })
      .toMatch(/scanned\.pdf: This PDF has no text layer/)
    const listed = await history.innerText()
    expect(listed).toContain(
      'image-named.docx: This file is called .docx but it is a PNG image, not a Word document.',
    )
    expect(listed).toContain(`night-ferry.docx: already in the library as “${FERRY}”`)
    await page.keyboard.press('Escape')
    await app.screenshot('import-formats-drop')
    expect(app.store.list()).toHaveLength(3)
  })

  it('offers to read a file that is not UTF-8 as Windows-1252', async () => {
    const { page } = app
    await drop(page, ['windows-1252.txt'])
    const dialog = page.getByRole('dialog', { name: 'Not UTF-8 text' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.locator('.import-offer-preview').innerText()).toContain(
      'Commuters said the cuts were “unfair” and – in the words of one nurse – “dangerous”.',
    )
    await app.screenshot('import-formats-encoding-offer')
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('import-formats-encoding-offer-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    // The page holds a token, never the file's path.
    const call = app.calls.filter((entry) => entry.channel.endsWith('resolveImport'))
    expect(call).toEqual([])
    await dialog.getByRole('button', { name: 'Read as Windows-1252' }).click()
    await dialogClosed(page)
    await expect.poll(() => titles(page)).toContain(NIGHT_BUS)
    const resolved = app.calls.filter((entry) => entry.channel.endsWith('resolveImport'))
    expect(resolved).toHaveLength(1)
    expect(JSON.stringify(resolved[0]?.payload)).not.toContain(dropDir)
    const meta = app.store.list().find((entry) => entry.title === NIGHT_BUS)
    const article = await app.store.get(meta?.id ?? '')
    expect(JSON.stringify(article.body)).toContain('The fare is €25.')
  })

  it('offers to update a newer version of an article, keeping its tags', async () => {
    const { page } = app
    const original = app.store.list().find((entry) => entry.title === HARBOUR)
    if (!original) throw new Error('the web page was not imported')
    const text =
      (await app.store.get(original.id)).body.content
        ?.map((block) =>
          block.type === 'blockquote'
            ? (block.content ?? []).map((inner) => inner.content?.map((run) => run.text).join(''))
            : [block.content?.map((run) => run.text).join('')],
        )
        .flat()
        .join('\n\n') ?? ''
    const editor = await app.handlers.getEditor(undefined)
    const now = new Date().toISOString()
    const tag = (id: string, quote: string): Annotation => {
      const start = text.indexOf(quote)
      return {
        id,
        articleId: original.id,
        author: editor,
        kind: 'claim',
        target: describeSpan(text, start, start + quote.length),
        note: '',
        created: now,
        modified: now,
      }
    }
    const tags = [
      tag(
        'e2e-cost-claim',
        'The repairs cost 14 million euros, almost twice the first estimate of 7.5 million.',
      ),
      tag(
        'e2e-crossing-claim',
        'About 1,200 cars crossed in the first hour, according to the transport department.',
      ),
    ]
    await app.store.saveWork(original.id, { tags }, editor)

    await page.locator('.brand').click()
    await drop(page, ['harbour-corrected.html'])
    const dialog = page.getByRole('dialog', { name: 'A newer version of an article' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const said = await dialog.innerText()
    expect(said).toContain('harbour-corrected.html looks like a newer version of')
    expect(said).toContain('it has the same web address')
    expect(said).toContain('keeps its 2 tags')
    await app.screenshot('import-formats-update-offer')
    expect(await axeViolations(page, 'dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Update', exact: true }).click()
    await dialogClosed(page)
    await expect
      .poll(() =>
        page.getByText(`Updated “${HARBOUR}” to the newer version.`, { exact: false }).isVisible(),
      )
      .toBe(true)
    expect(app.store.list().filter((entry) => entry.title === HARBOUR)).toHaveLength(1)
    expect((await app.store.tags(original.id)).map((stored) => stored.id)).toEqual([
      'e2e-cost-claim',
      'e2e-crossing-claim',
    ])

    await openArticle(app, HARBOUR)
    const editorText = page.locator('.ProseMirror')
    await expect.poll(() => editorText.innerText()).toContain('The repairs cost 15 million euros')
    // The changed claim is placed and marked for review; the unchanged one is placed as it was.
    await expect
      .poll(() => page.locator('.ProseMirror .tag-claim').count())
      .toBeGreaterThanOrEqual(2)
    await expect
      .poll(() => page.locator('.ProseMirror .tag-claim.tag-changed').count())
      .toBeGreaterThan(0)
    await page.locator('.ProseMirror .tag-changed').first().scrollIntoViewIfNeeded()
    await app.screenshot('import-formats-updated-article')

    // Skipping an offer changes nothing.
    await page.locator('.brand').click()
    await writeFile(
      join(dropDir, 'harbour-third.html'),
      (await readFile(join(dropDir, 'harbour-corrected.html'), 'utf8')).replace(
        '2 December',
        '3 December',
      ),
    )
    await drop(page, ['harbour-third.html'])
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await dialogClosed(page)
    const after = await app.store.get(original.id)
    expect(JSON.stringify(after.body)).toContain('2 December')
  })

  it('shows zero-width and bidirectional control characters as markers, keeping them in the text', async () => {
    const { page } = app
    await page.locator('.brand').click()
    await drop(page, ['hidden.txt'])
    await expect.poll(() => titles(page)).toContain('Hidden Characters Test')
    await openArticle(app, 'Hidden Characters Test')
    const markers = page.locator('.ProseMirror .invisible-char')
    await expect.poll(() => markers.count()).toBe(3)
    expect(
      await markers.evaluateAll((found) => found.map((marker) => marker.getAttribute('title'))),
    ).toEqual([
      'zero-width space U+200B',
      'right-to-left override U+202E',
      'pop directional formatting U+202C',
    ])
    await app.screenshot('import-formats-invisible-characters')
    expect(await axeViolations(page, '.ProseMirror')).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('import-formats-invisible-characters-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    const meta = app.store.list().find((entry) => entry.title === 'Hidden Characters Test')
    const stored = JSON.stringify((await app.store.get(meta?.id ?? '')).body)
    expect(stored).toContain('mayor\u200B said')
    expect(stored).toContain('\u202Elanif\u202C')
  })
})
