import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Annotation } from '../../shared/model/annotation'
import {
  launchBrowser,
  removeDataDir,
  startApp,
  waitForTextFocus,
  type AppUnderTest,
} from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'
const FIRST_SENTENCE = /^United States President Donald Trump has suggested/

/** Where the screenshots for review are also copied, when set (never read by the test). */
const SHOTS_DIR = process.env.FACTMARK_SHOTS_DIR

/** Presses Tab (or `key`) until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 60, key = 'Tab'): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return
    await page.keyboard.press(key)
  }
  throw new Error(`e2e: Tab never reached ${selector}`)
}

/** Opens the seed article from the library with the keyboard alone: find, Tab to its row, Enter. */
async function openByKeyboard(page: Page): Promise<void> {
  await page.locator('.library-scroller').waitFor()
  await page.keyboard.press('Control+f')
  await page.keyboard.type(HEADLINE)
  await tabTo(page, 'tr[data-index]')
  await page.keyboard.press('Enter')
  await page.locator('.ProseMirror').waitFor()
  await tabTo(page, '.ProseMirror')
}

async function myTags(app: AppUnderTest, articleId: string): Promise<Annotation[]> {
  return (await app.store.tags(articleId)).filter((tag) => tag.author.name === 'Ana Ruiz')
}

/** The editor's tags on disk once the app says all is saved and `check` holds. */
async function savedTags(
  app: AppUnderTest,
  articleId: string,
  check: (tags: Annotation[]) => boolean,
): Promise<Annotation[]> {
  await expect
    .poll(
      async () =>
        (await app.page.locator('[data-save-state]').textContent()) === 'All changes saved' &&
        check(await myTags(app, articleId)),
      { timeout: 20_000 },
    )
    .toBe(true)
  return myTags(app, articleId)
}

function field(page: Page, label: string | RegExp) {
  return page
    .getByRole('group', { name: 'Fact-check', exact: true })
    .getByLabel(label, { exact: true })
}

async function shot(app: AppUnderTest, name: string, width: number, height: number) {
  await app.page.setViewportSize({ width, height })
  const path = await app.screenshot(`fact-check-${name}-${width}x${height}`)
  if (SHOTS_DIR) {
    await mkdir(SHOTS_DIR, { recursive: true })
    await copyFile(path, join(SHOTS_DIR, `${name}-${width}x${height}.png`))
  }
}

describe('fact-checking a claim from the keyboard', () => {
  let browser: Browser
  let app: AppUnderTest
  let articleId = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz' })
    articleId = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))?.id ?? ''
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('tags a claim, sets claimant, status and verdict, undoes one change, and saves', async () => {
    const { page } = app
    await openByKeyboard(page) // the cursor starts on the headline
    await page.keyboard.press('ArrowDown') // the first sentence
    await page.keyboard.press('c')
    await expect.poll(() => page.locator('.ProseMirror .tag-claim').count()).toBe(1)
    expect(await page.locator('.ProseMirror .tag-claim').first().textContent()).toMatch(
      FIRST_SENTENCE,
    )

    // Enter opens the note; Tab goes on to the claimant, typed with the keyboard.
    await page.keyboard.press('Enter')
    await tabTo(page, 'input[placeholder="Who made the claim?"]')
    await page.keyboard.type('Donald Trump')
    await tabTo(page, 'input[placeholder="The claim in one line"]')
    await page.keyboard.type(
      'Trump says the US could strike cartels inside Mexico, escalating the war on drugs',
    )
    await expect
      .poll(() => page.getByTestId('summary-counter').getAttribute('class'))
      .toContain('is-over')
    await page.keyboard.press('Escape') // saves the fields and goes back to the text
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('.ProseMirror') ?? false))
      .toBe(true)

    // S 2: researching. V 5: the verdict False (which moves the status to Verdict).
    await page.keyboard.press('s')
    await page.keyboard.press('2')
    await expect.poll(() => field(page, 'Status').inputValue()).toBe('researching')
    expect(await field(page, 'Verdict').isDisabled()).toBe(true)
    await page.keyboard.press('v')
    await page.keyboard.press('5')
    await expect.poll(() => field(page, 'Verdict').inputValue()).toBe('false')
    expect(await field(page, 'Status').inputValue()).toBe('verdict')
    expect(await page.locator('.ProseMirror .tag-claim').count()).toBe(1) // no digit tagged
    await shot(app, 'tag-details', 1280, 800)
    await shot(app, 'tag-details', 1920, 1080)
    await page.setViewportSize({ width: 1280, height: 860 })

    // Ctrl+Z takes back the verdict alone.
    await page.keyboard.press('Control+z')
    await expect.poll(() => field(page, 'Status').inputValue()).toBe('researching')
    expect(await field(page, 'Verdict').inputValue()).toBe('')
    expect(await field(page, 'Claimant').inputValue()).toBe('Donald Trump')

    const [saved] = await savedTags(
      app,
      articleId,
      (tags) => tags.length === 1 && tags[0]?.factCheck?.status === 'researching',
    )
    expect(saved?.kind).toBe('claim')
    expect(saved?.factCheck).toEqual({
      status: 'researching',
      claimant: 'Donald Trump',
      summary: 'Trump says the US could strike cartels inside Mexico, escalating the war on drugs',
    })
  })

  it('shows the saved fact-check after a reload', async () => {
    const { page } = app
    await page.reload()
    await openByKeyboard(page) // the cursor starts on the headline
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => field(page, 'Claimant').inputValue()).toBe('Donald Trump')
    expect(await field(page, 'Status').inputValue()).toBe('researching')
    // The verdict again, from the keyboard, now saved with its time.
    await page.keyboard.press('v')
    await page.keyboard.press('2')
    const [saved] = await savedTags(
      app,
      articleId,
      (tags) => tags[0]?.factCheck?.verdict !== undefined,
    )
    expect(saved?.factCheck).toMatchObject({ status: 'verdict', verdict: 'mostly-true' })
    expect(Date.parse(saved?.factCheck?.verdictAt ?? '')).not.toBeNaN()
  })

  it('edits the rating scale in Settings, and the V keys follow it', async () => {
    const { page } = app
    await app.emit('menuCommand', 'settings')
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.waitFor()
    await dialog.getByLabel('Name of rating 2').fill('Largely true')
    await dialog.getByLabel('Key of Largely true').fill('9')
    await dialog.getByLabel('Fact-check address pattern').fill('https://desk.example/checks/{id}')
    await shot(app, 'settings', 1280, 800)
    await shot(app, 'settings', 1920, 1080)
    await page.setViewportSize({ width: 1280, height: 860 })
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(app.settings.factCheck.ratingScale?.ratings[1]).toEqual({
      id: 'mostly-true',
      name: 'Largely true',
      value: 4,
      key: '9',
    })
    await expect
      .poll(() => field(page, 'Verdict').locator('option:checked').textContent())
      .toBe('Largely true')
    // Closing Settings gives the focus back to the text.
    await waitForTextFocus(page)
    await page.keyboard.press('v')
    await page.keyboard.press('1')
    await expect.poll(() => field(page, 'Verdict').inputValue()).toBe('true')
  })

  it('shows another editor’s verdict in review mode and takes an accept, then a reject', async () => {
    const { page } = app
    const anas = await myTags(app, articleId)
    const lee = { id: 'lee-park', name: 'Lee Park' }
    const leesClaim: Annotation = {
      ...(anas[0] as Annotation),
      id: 'lee-claim-0001',
      author: lee,
      factCheck: {
        status: 'verdict',
        claimant: 'Donald Trump',
        verdict: 'false',
        verdictAt: '2026-12-07T09:00:00.000Z',
      },
    }
    await app.store.saveWork(articleId, { tags: [leesClaim] }, lee)
    await page.reload()
    await openByKeyboard(page)
    await page.keyboard.press('Control+Shift+R')
    await page.keyboard.press('ArrowDown')
    const card = page.getByRole('article', { name: 'Claim by Lee Park' })
    const check = card.getByRole('region', { name: 'Fact-check' })
    await expect.poll(() => check.textContent()).toContain('VerdictFalse')
    expect(await check.textContent()).toContain('ClaimantDonald Trump')
    await check.getByRole('button', { name: 'Accept Verdict', exact: true }).click()
    const reviews = async () =>
      (await app.store.reviews(articleId)).filter(
        (review) => review.author.name === 'Ana Ruiz' && review.subject === 'verdict',
      )
    await expect.poll(async () => (await reviews()).length, { timeout: 20_000 }).toBe(1)
    const [accepted] = await reviews()
    expect(accepted).toMatchObject({ annotationId: 'lee-claim-0001', verdict: 'accept' })
    await check.getByRole('button', { name: 'Reject Verdict…' }).click()
    await page.keyboard.type('The figure is from 2019.')
    await page.keyboard.press('Control+Enter')
    await expect
      .poll(async () => (await reviews()).map((review) => [review.verdict, review.text]), {
        timeout: 20_000,
      })
      .toEqual([['reject', 'The figure is from 2019.']])
    expect(await check.textContent()).toContain('Verdict rejected by you: The figure is from 2019.')
  })
})
