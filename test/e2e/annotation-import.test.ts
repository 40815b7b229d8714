import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderExport } from '../../electron/core/export/render-export'
import { seedLibrary } from '../../electron/core/seed'
import { LibraryStore } from '../../electron/core/store/library-store'
import { describe as describeSpan } from '../../shared/anchoring/describe'
import { articleSchema } from '../../shared/editor/schema'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import { articleSentences } from '../../shared/text/article-sentences'
import { articleText } from '../../shared/text/article-text'
import { launchBrowser, removeDataDir, ROOT, startApp, type AppUnderTest } from './harness'

const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const BEN: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
/** Where the screenshots of this feature go, at the two window sizes asked for. */
const SHOTS = process.env.FACTMARK_SHOTS ?? join(ROOT, 'test-results', 'w3c-shots')

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true })
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
}

/** Presses Tab until the focused element's text is `label` (at most 60 presses). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let press = 0; press < 60; press += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (focused === label) return
  }
  throw new Error(`tabTo: nothing labelled “${label}” took the focus`)
}

/**
 * A W3C export of the seed "The Daily Beast" article from another library: three tags by Ana (the
 * acting editor of the app under test), one by Ben, and Ben's reject of Ana's claim.
 */
async function makeExport(dir: string): Promise<{ file: string; articleId: string }> {
  const store = await LibraryStore.open(join(dir, 'other-library'))
  await seedLibrary(store, join(ROOT, 'seeds'))
  const meta = store.list().find((entry) => entry.outlet === 'The Daily Beast')!
  const doc = Node.fromJSON(articleSchema, (await store.get(meta.id)).body)
  const text = articleText(doc)
  const sentences = articleSentences(doc)
  const tag = (author: EditorRef, index: number, kind: Annotation['kind']): Annotation => ({
    id: `e2e-${author.id}-${index}`,
    articleId: meta.id,
    author,
    kind,
    target: describeSpan(text, sentences[index]!.start, sentences[index]!.end),
    note: `Note ${index}`,
    created: '2025-11-20T09:00:00.000Z',
    modified: '2025-11-20T09:00:00.000Z',
  })
  const anaTags = [tag(ANA, 1, 'claim'), tag(ANA, 2, 'quote'), tag(ANA, 3, 'disputed')]
  anaTags[0]!.factCheck = { status: 'verdict', verdict: 'false', claimant: 'Donald Trump' }
  await store.saveWork(meta.id, { tags: anaTags }, ANA)
  await store.saveWork(
    meta.id,
    {
      tags: [tag(BEN, 4, 'context')],
      reviews: [
        {
          id: 'e2e-review-1',
          articleId: meta.id,
          annotationId: anaTags[0]!.id,
          author: BEN,
          verdict: 'reject',
          subject: 'verdict',
          text: 'The verdict is too strong.',
          created: '2025-11-20T10:00:00.000Z',
          modified: '2025-11-20T10:00:00.000Z',
        },
      ],
    },
    BEN,
  )
  const exported = await renderExport(
    store,
    meta.id,
    'w3c',
    { editors: [], kinds: [], notes: true },
    { appVersion: 'e2e' },
    null,
  )
  const file = join(dir, 'daily-beast.jsonld')
  await writeFile(file, exported.data)
  await store.close()
  return { file, articleId: meta.id }
}

describe('importing an annotation file (W3C JSON-LD) in the app', () => {
  let browser: Browser
  let app: AppUnderTest
  let dir: string
  let exported: { file: string; articleId: string }

  beforeAll(async () => {
    browser = await launchBrowser()
    dir = await mkdtemp(join(tmpdir(), 'factmark-w3c-e2e-'))
    exported = await makeExport(dir)
    await writeFile(
      join(dir, 'untitled.txt'),
      'Ferry trial approved\n\nThe council voted on Monday to run a night ferry.\n',
    )
    app = await startApp(browser, {
      editorName: 'Ana Ruiz',
      dropDir: dir,
      importChoices: [[exported.file]],
    })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('shows the five seeds’ outlets in the first-run library', async () => {
    const { page } = app
    const outlets = page.locator('.outlet-cell')
    await expect.poll(() => outlets.count()).toBe(5)
    const shown = await outlets.allInnerTexts()
    expect(new Set(shown.map((outlet) => outlet.trim())).size).toBe(5)
    expect(shown).toContain('The Daily Beast')
    expect(shown.some((outlet) => outlet.trim() === '—')).toBe(false)
    await shoot(page, 'library-outlets')
  })

  it('imports the .jsonld from the keyboard, shows the counts and the placed tags', async () => {
    const { page } = app
    await tabTo(page, 'Import articles…')
    await page.keyboard.press('Enter')
    await expect
      .poll(() =>
        page
          .getByText('daily-beast.jsonld: 4 placed, 0 orphaned, 0 skipped; 1 review restored.')
          .isVisible(),
      )
      .toBe(true)
    await shoot(page, 'annotation-import-counts')
    expect((await app.store.tags(exported.articleId)).map((tag) => tag.id).sort()).toEqual([
      'e2e-ana-ruiz-1',
      'e2e-ana-ruiz-2',
      'e2e-ana-ruiz-3',
      'e2e-ben-okafor-4',
    ])
    expect(await app.store.reviews(exported.articleId)).toEqual([
      expect.objectContaining({ id: 'e2e-review-1', verdict: 'reject', subject: 'verdict' }),
    ])

    // Open the article: a click on its title.
    await page.locator(`tr[data-article-id="${exported.articleId}"] .article-link`).click()
    await page.locator('.ProseMirror').waitFor()
    await expect.poll(() => page.locator('.ProseMirror .tag-claim').count()).toBeGreaterThan(0)
    expect(await page.locator('.ProseMirror .tag-quote').count()).toBeGreaterThan(0)
    expect(await page.locator('.ProseMirror .tag-disputed').count()).toBeGreaterThan(0)
    await shoot(page, 'annotation-import-article')
  })

  it('asks for the outlet and date of a text article that names none', async () => {
    const { page } = app
    await page.locator('.brand').click()
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['ignored'], 'untitled.txt', { type: 'text/plain' }))
      return transfer
    })
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await expect.poll(() => page.getByText(/\.jsonld annotations/).isVisible()).toBe(true)
    await shoot(page, 'drop-overlay')
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    const dialog = page.getByRole('region', { name: 'Where and when was it published?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder')))
      .toBe('e.g. Reuters')
    await page.keyboard.type('The Harbour Times')
    await page.keyboard.press('Tab')
    await page.keyboard.type('05022024')
    await shoot(page, 'import-details')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    const meta = app.store.list().find((entry) => entry.sourceName === 'untitled.txt')
    expect(meta?.outlet).toBe('The Harbour Times')
    expect(meta?.published).toBe('2024-05-02')
  })
})
