import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

/** The seed with two photo captions and an embedded tweet (its words, link and signature). */
const TITLE = 'President Donald Trump has opened the door'
const FIFA_CAPTION = 'President Donald Trump was asked about striking Mexico during a FIFA'
const SHEINBAUM_CAPTION = 'Carlos Santiago/Pixelnews/Future Publishing via Getty Images'
const TWEET_RESIDUE = 'pic.twitter.com/ocUoGzwwDO'
/** How the tweet's own words start. */
const TWEET_WORDS = 'These vessels were known by our intelligence'
const TAGGED = '“Whatever we have to do to stop drugs,” he said.'

async function openSeed(app: AppUnderTest): Promise<string> {
  const article = app.store.list().find((entry) => entry.title.startsWith(TITLE))
  if (!article) throw new Error(`no seed titled ${TITLE}`)
  await app.emit('openRecent', { id: article.id })
  await app.page.locator('.ProseMirror').waitFor()
  return article.id
}

function bar(page: Page) {
  return page.getByRole('region', { name: 'Possible web debris' })
}

function flaggedTexts(page: Page) {
  return page.locator('.ProseMirror .debris').allTextContents()
}

function labels(page: Page) {
  return page.locator('.ProseMirror .debris-label').allTextContents()
}

/** Waits until the app says everything is saved and the article on disk passes `check`. */
async function saved(app: AppUnderTest, id: string, check: (text: string) => boolean) {
  await expect
    .poll(
      async () =>
        (await app.page.locator('[data-save-state]').textContent()) === 'All changes saved' &&
        check(JSON.stringify((await app.store.get(id)).body)),
      { timeout: 20_000 },
    )
    .toBe(true)
}

describe('web debris in an opened article', () => {
  let browser: Browser
  let app: AppUnderTest
  let id = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz' })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('flags the seed’s debris in the text and counts it in a bar above the article', async () => {
    id = await openSeed(app)
    const { page } = app
    await expect.poll(() => bar(page).textContent()).toContain('3 possible pieces of web debris')
    const flagged = await flaggedTexts(page)
    expect(flagged).toHaveLength(3)
    expect(flagged[0]).toContain(FIFA_CAPTION)
    expect(flagged[1]).toContain(TWEET_RESIDUE)
    expect(flagged[2]).toContain(SHEINBAUM_CAPTION)
    expect(await labels(page)).toEqual([
      'Possible debris: photo caption',
      'Possible debris: embedded post',
      'Possible debris: photo caption',
    ])
    // The tweet is flagged whole: its own words with what its embed left.
    expect(flagged[1]?.startsWith(TWEET_WORDS)).toBe(true)
    await app.screenshot('debris-flags-light')
  })

  it('tags a sentence after the debris, to see that dropping leaves it alone', async () => {
    const { page } = app
    // The cursor starts on the headline; Trump's two-sentence question and answer is one unit:
    // five steps reach the sentence.
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('c')
    const claims = await page.locator('.ProseMirror .tag-claim').allTextContents()
    expect(claims).toEqual([TAGGED])
    await expect
      .poll(async () => (await app.store.tags(id)).filter((tag) => tag.author.name === 'Ana Ruiz'))
      .toHaveLength(1)
  })

  it('steps through the pieces with the keyboard and ends the review with Escape', async () => {
    const { page } = app
    await bar(page).getByRole('button', { name: 'Review debris' }).press('Enter')
    await expect.poll(() => bar(page).textContent()).toContain('1 of 3 · Photo caption')
    await expect.poll(() => page.locator('.ProseMirror .debris.is-current').count()).toBe(1)
    // The piece is on screen, below the bar (which has the focus, and did not scroll it away).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const piece = document.querySelector('.ProseMirror .debris.is-current')
          const bar = document.querySelector('.debris-bar')
          if (!piece || !bar) return 'missing'
          const top = piece.getBoundingClientRect().top
          const below = bar.getBoundingClientRect().bottom
          return top >= below && top < window.innerHeight && bar.contains(document.activeElement)
        }),
      )
      .toBe(true)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => bar(page).textContent()).toContain('2 of 3 · Embedded post')
    expect(await page.locator('.ProseMirror .debris.is-current').textContent()).toContain(
      TWEET_RESIDUE,
    )
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => bar(page).textContent()).toContain('1 of 3')
    await page.keyboard.press('Escape')
    await expect.poll(() => bar(page).textContent()).toContain('3 possible pieces of web debris')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')))
      .toBe(true)
  })

  it('keeps one piece: it is no longer flagged, and the decision is saved', async () => {
    const { page } = app
    await bar(page).getByRole('button', { name: 'Review debris' }).click()
    await expect.poll(() => bar(page).textContent()).toContain('1 of 3 · Photo caption')
    expect(await bar(page).textContent()).toContain('Win McNamee/Getty Images')
    await bar(page).getByRole('button', { name: 'Keep' }).click()
    await expect.poll(() => bar(page).textContent()).toContain('1 of 2 · Embedded post')
    expect(await bar(page).getByRole('status').textContent()).toBe(
      'Kept the photo caption: it will not be flagged again.',
    )
    expect((await flaggedTexts(page)).join(' ')).not.toContain(FIFA_CAPTION)
    // Keeping changes nothing in the text.
    expect(await page.locator('.ProseMirror').textContent()).toContain(FIFA_CAPTION)
    await expect.poll(async () => (await app.store.get(id)).debrisKept?.length ?? 0).toBe(1)
  })

  it('drops one piece with an ordinary edit, saved like any other, and Undo brings it back', async () => {
    const { page } = app
    await bar(page).getByRole('button', { name: 'Next' }).click()
    await expect.poll(() => bar(page).textContent()).toContain('2 of 2 · Photo caption')
    await bar(page).getByRole('button', { name: 'Drop' }).click()
    await expect
      .poll(() => page.locator('.ProseMirror').textContent())
      .not.toContain(SHEINBAUM_CAPTION)
    expect(await bar(page).getByRole('status').textContent()).toBe(
      'Dropped the photo caption. Undo (Ctrl+Z) brings it back.',
    )
    await expect.poll(() => bar(page).textContent()).toContain('1 of 1 · Embedded post')
    await saved(app, id, (body) => !body.includes(SHEINBAUM_CAPTION))
    await app.screenshot('debris-review-light')

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => page.locator('.ProseMirror').textContent()).toContain(SHEINBAUM_CAPTION)
    await expect.poll(() => flaggedTexts(page)).toHaveLength(2)
    await saved(app, id, (body) => body.includes(SHEINBAUM_CAPTION))
  })

  it('drops the tweet and leaves the text and the tag elsewhere as they were', async () => {
    const { page } = app
    await expect.poll(() => bar(page).textContent()).toContain('Embedded post')
    const text = (await bar(page).textContent()) ?? ''
    if (!text.includes('1 of 2 · Embedded post')) {
      await bar(page).getByRole('button', { name: 'Previous' }).click()
    }
    await expect.poll(() => bar(page).textContent()).toContain('1 of 2 · Embedded post')
    await bar(page).getByRole('button', { name: 'Drop' }).click()
    await expect.poll(() => page.locator('.ProseMirror').textContent()).not.toContain(TWEET_RESIDUE)
    const left = (await page.locator('.ProseMirror').textContent()) ?? ''
    expect(left).not.toContain('were carrying narcotics, and…')
    expect(left).toContain('At least 83 people have died as a result')
    await saved(app, id, (body) => !body.includes(TWEET_RESIDUE))
    const mine = (await app.store.tags(id)).filter((tag) => tag.author.name === 'Ana Ruiz')
    expect(mine.map((tag) => tag.target.quote.exact)).toEqual([TAGGED])
    expect(await page.locator('.ProseMirror .tag-claim').allTextContents()).toEqual([TAGGED])
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('debris-review-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await bar(page).getByRole('button', { name: 'Done' }).click()
  })

  it('restores the decisions when the article is opened again after a restart', async () => {
    await app.close()
    app = await startApp(browser, { dataDir: app.dataDir, seed: false, editorName: 'Ana Ruiz' })
    const { page } = app
    await openSeed(app)
    await expect.poll(() => bar(page).textContent()).toContain('1 possible piece of web debris')
    const flagged = await flaggedTexts(page)
    expect(flagged).toHaveLength(1)
    expect(flagged[0]).toContain(SHEINBAUM_CAPTION)
    const text = (await page.locator('.ProseMirror').textContent()) ?? ''
    expect(text).toContain(FIFA_CAPTION)
    expect(text).not.toContain(TWEET_RESIDUE)
    expect(await page.locator('.ProseMirror .tag-claim').allTextContents()).toEqual([TAGGED])
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('debris-reopened-dark')
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
