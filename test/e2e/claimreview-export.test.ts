import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { annotationSchema, type Annotation, type EditorRef } from '../../shared/model/annotation'
import type { Review } from '../../shared/model/review'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const REVIEW_URL = 'https://desk.example.org/checks/strikes'

/** Presses Tab until the focused element matches `selector` (the dialog keeps focus inside). */
async function tabTo(page: Page, selector: string, shift = false): Promise<void> {
  for (let press = 0; press < 60; press += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** Moves the format radio group with arrow keys until `format` is checked. */
async function arrowToFormat(page: Page, format: string): Promise<void> {
  await tabTo(page, 'input[name="format"]')
  for (let press = 0; press < 10; press += 1) {
    const checked = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.value ?? '',
    )
    if (checked === format) return
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`the format ${format} was never checked`)
}

describe('ClaimReview and publishable exports through the dialog, by keyboard', () => {
  let browser: Browser
  let app: AppUnderTest
  let outDir: string
  let articleId: string
  let sam: EditorRef
  let claim: Annotation
  let rejected: Annotation

  beforeAll(async () => {
    browser = await launchBrowser()
    outDir = await mkdtemp(join(tmpdir(), 'factmark-claimreview-e2e-'))
    const dataDir = await mkdtemp(join(tmpdir(), 'factmark-e2e-'))
    // The library's settings name the publisher but no fact-check address pattern.
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        editor: ANA,
        confirmed: true,
        factCheck: { publisher: { name: 'Desk Checks', url: 'https://desk.example.org/' } },
      }),
    )
    app = await startApp(browser, {
      dataDir,
      editorName: ANA.name,
      exportChoices: [join(outDir, 'strikes.claims.jsonld'), join(outDir, 'strikes.html')],
    })
    // The sample reviewer's claims: one gets a verdict, Ana rejects another.
    for (const meta of app.store.list()) {
      const claims = (await app.store.tags(meta.id)).filter(
        (tag) => tag.author.id === 'sam-reviewer' && tag.kind === 'claim',
      )
      if (claims.length >= 2) {
        articleId = meta.id
        break
      }
    }
    const tags = await app.store.tags(articleId)
    const samTags = tags.filter((tag) => tag.author.id === 'sam-reviewer')
    const claims = samTags.filter((tag) => tag.kind === 'claim')
    sam = claims[0]!.author
    claim = annotationSchema.parse({
      ...claims[0],
      factCheck: {
        status: 'verdict',
        verdict: 'mostly-false',
        claimant: 'Donald Trump',
        verdictAt: '2026-11-20T09:00:00.000Z',
      },
    })
    rejected = claims[1]!
    await app.store.saveWork(
      articleId,
      { tags: samTags.map((tag) => (tag.id === claim.id ? claim : tag)) },
      sam,
    )
    const now = new Date().toISOString()
    const reject: Review = {
      id: 'e2e-reject-0001',
      articleId,
      annotationId: rejected.id,
      author: ANA,
      verdict: 'reject',
      text: 'No source for this.',
      created: now,
      modified: now,
    }
    await app.store.saveWork(articleId, { tags: [], reviews: [reject] }, ANA)
    const { page } = app
    // A person opens the article by clicking its title.
    await page.locator(`tr[data-article-id="${articleId}"] .article-link`).click()
    await page.locator('.ProseMirror').waitFor()
    await app.emit('menuCommand', 'export')
    await page.getByRole('dialog', { name: 'Export' }).waitFor()
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  it('lists the missing fields, then exports the ClaimReview once they are there', async () => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await arrowToFormat(page, 'claimreview')
    const problems = dialog.locator('.export-problems[role="alert"]')
    await problems.waitFor({ timeout: 40_000 })
    expect(await problems.textContent()).toContain('has no fact-check address')
    expect(await dialog.getByRole('button', { name: 'Export…' }).isDisabled()).toBe(true)
    await page.setViewportSize({ width: 1280, height: 800 })
    await app.screenshot('exports-claimreview-missing-1280x800')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await app.screenshot('exports-claimreview-missing-1920x1080')

    // The claim gets its own fact-check address (as the verdict details would set it).
    const samTags = (await app.store.tags(articleId)).filter((tag) => tag.author.id === sam.id)
    const addressed = annotationSchema.parse({
      ...claim,
      factCheck: { ...claim.factCheck, reviewUrl: REVIEW_URL },
    })
    await app.store.saveWork(
      articleId,
      { tags: samTags.map((tag) => (tag.id === claim.id ? addressed : tag)) },
      sam,
    )
    // Away and back: the preview is made again from the saved state.
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() => dialog.locator('.export-preview pre').textContent(), { timeout: 40_000 })
      .toContain('"ClaimReview"')
    await tabTo(page, 'button[type="submit"]')
    await page.keyboard.press('Enter')
    await dialog.getByRole('status').getByText('Exported to').waitFor({ timeout: 20_000 })
    const reviews = JSON.parse(
      await readFile(join(outDir, 'strikes.claims.jsonld'), 'utf8'),
    ) as Record<string, unknown>[]
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      url: REVIEW_URL,
      author: { '@type': 'Organization', name: 'Desk Checks' },
      reviewRating: { alternateName: 'Mostly false', ratingValue: 2 },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Donald Trump' } },
    })
  })

  it('exports a publishable HTML copy without the rejected tag', async () => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await arrowToFormat(page, 'html')
    // Tab on to the publishable checkbox and tick it with the space bar.
    await tabTo(page, 'input[type="checkbox"][data-preset="publishable"]')
    await page.keyboard.press('Space')
    expect(await dialog.getByRole('checkbox', { name: /Publishable copy/ }).isChecked()).toBe(true)
    await page.setViewportSize({ width: 1280, height: 800 })
    await dialog.locator('.export-preview img').waitFor({ timeout: 40_000 })
    await app.screenshot('exports-publishable-1280x800')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await app.screenshot('exports-publishable-1920x1080')
    await tabTo(page, 'button[type="submit"]')
    await page.keyboard.press('Enter')
    await dialog.getByRole('status').getByText('Exported to').waitFor({ timeout: 20_000 })
    const html = await readFile(join(outDir, 'strikes.html'), 'utf8')
    expect(html).toContain('publishable copy: accepted and unreviewed tags only (1 left out)')
    expect(html).not.toContain('No source for this.')
    expect(html).not.toContain('rejected-tag"')
    const exported = app.calls.filter((call) => call.channel.endsWith('exportArticles'))
    expect(JSON.stringify(exported.at(-1)?.payload)).toContain('"preset":"publishable"')
  })
})
