import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createPackage, parsePackage } from '../../shared/exchange/package'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import type { Review } from '../../shared/model/review'
import { launchBrowser, removeDataDir, ROOT, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'
const ANA = 'Ana Ruiz'
const LEE: EditorRef = { id: 'lee-park', name: 'Lee Park' }

/** The text the sentence cursor (a CSS custom highlight) covers. */
function cursorText(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('sentence-current')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })
}

/** Sam Reviewer's tags on seed 003, as the sample package carries them. */
async function samsTags(): Promise<Annotation[]> {
  const file = join(ROOT, 'seeds', 'reviews', '003_40a772719bc21af6.sam-reviewer.json')
  return parsePackage(await readFile(file, 'utf8')).articles[0]?.annotations ?? []
}

function samsTagOn(tags: Annotation[], start: string): Annotation {
  const tag = tags.find((candidate) => candidate.target.quote.exact.startsWith(start))
  if (!tag) throw new Error(`Sam has no tag on “${start}”`)
  return tag
}

async function openArticle(app: AppUnderTest): Promise<string> {
  const article = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
  if (!article) throw new Error('the seed is missing')
  await app.emit('openRecent', { id: article.id })
  await app.page.locator('.ProseMirror').waitFor()
  return article.id
}

/** Waits until the app says all is saved and the store holds what `check` wants. */
async function saved<T>(app: AppUnderTest, read: () => Promise<T>, check: (value: T) => boolean) {
  await expect
    .poll(
      async () =>
        (await app.page.locator('[data-save-state]').textContent()) === 'All changes saved' &&
        check(await read()),
      { timeout: 20_000 },
    )
    .toBe(true)
  return read()
}

describe('review mode in the app', () => {
  let browser: Browser
  let app: AppUnderTest

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: ANA })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('compares my tags with Sam’s, jumps between disagreements, accepts, rejects and comments', async () => {
    const sams = await samsTags()
    expect(sams).toHaveLength(11)
    // Sam's quote on the remark “Would I launch…? It’s OK with me. …” agrees with mine.
    const losing = samsTagOn(sams, '“We’re losing hundreds')
    const since = samsTagOn(sams, 'Since returning to office')
    const labeled = samsTagOn(sams, 'The administration has labeled')
    let page = app.page
    page.setDefaultTimeout(5000)
    const id = await openArticle(app)

    // I tag the first two sentences as claims and the quoted remark as a quote (the cursor starts
    // on the headline, with the focus in the text).
    await page.keyboard.press('j')
    await page.keyboard.press('c')
    await page.keyboard.press('j')
    await page.keyboard.press('c')
    await page.keyboard.press('j')
    await page.keyboard.press('q')

    await page.keyboard.press('Control+Shift+R')
    const bar = page.getByRole('group', { name: 'Review' })
    await expect
      .poll(() => bar.getByRole('checkbox', { name: 'Sam Reviewer' }).isChecked())
      .toBe(true)
    expect(await bar.getByRole('checkbox', { name: 'Ana Ruiz (you)' }).isChecked()).toBe(true)
    expect(await page.locator('.review-lane-header').allTextContents()).toEqual(['AR', 'SR'])
    // One row of lanes per sentence either of us tagged: 3 of mine (one agreed), Sam's 11.
    await expect.poll(() => page.locator('.review-lanes').count()).toBe(13)
    expect(await page.locator('.agreement-mark.agreement-agree').count()).toBe(1)
    // Sam tagged none of my claims and I none of Sam's other tags: coverage gaps, not conflicts.
    expect(await page.locator('.agreement-mark.agreement-gap').count()).toBe(12)
    expect(await page.locator('.review-count').textContent()).toBe(
      '0 conflicts, 12 coverage gaps, 1 agreement',
    )

    // With gaps switched in (G), N and P go from gap to gap, skipping the sentence we agree on.
    await page.keyboard.press('g')
    await page.keyboard.press('Home')
    await page.keyboard.press('n')
    expect(await cursorText(page)).toMatch(/^United States President Donald Trump/)
    await page.keyboard.press('n')
    expect(await cursorText(page)).toMatch(/^Speaking at the Oval Office/)
    await page.keyboard.press(']')
    expect(await cursorText(page)).toMatch(/^“We’re losing hundreds/)
    await page.keyboard.press('p')
    expect(await cursorText(page)).toMatch(/^Speaking at the Oval Office/)
    await page.keyboard.press('n')
    const details = page.getByRole('region', { name: 'Review' })
    await details.getByText('○ Coverage gap: not every editor tagged this sentence.').waitFor()
    await details.getByText('Sam Reviewer: Quote').waitFor()
    await app.screenshot('review-mode')

    // A accepts Sam's quote: it becomes my tag, crediting Sam, and the sentence now agrees.
    await page.keyboard.press('a')
    await page.locator('.tag-details').getByText('Accepted from Sam Reviewer’s tag').waitFor()
    await expect.poll(() => page.locator('.agreement-mark.agreement-agree').count()).toBe(2)
    // Undo takes back my copy and the accept at once; redo puts both back.
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('.agreement-mark.agreement-agree').count()).toBe(1)
    await expect.poll(() => details.getByText('Accepted by you').count()).toBe(0)
    await page.keyboard.press('Control+Shift+z')
    await details.getByText('Accepted by you').waitFor()

    // R asks for a reason, which is required, then rejects Sam's next tag.
    await page.keyboard.press('n')
    expect(await cursorText(page)).toMatch(/^Since returning to office/)
    await page.keyboard.press('r')
    const reason = details.getByRole('textbox', { name: /Why do you reject it/ })
    await expect.poll(() => reason.evaluate((node) => node === document.activeElement)).toBe(true)
    await details.getByRole('button', { name: 'Reject', exact: true }).click()
    await details.getByRole('alert').getByText('Say why you reject this tag.').waitFor()
    await reason.fill('Background, not context for a claim.')
    await reason.press('Control+Enter')
    await details.getByText('Rejected by you: Background, not context for a claim.').waitFor()

    // M opens the comment thread of Sam's claim on the cartels' designation; I comment on it.
    await page.locator(`.lane-mark[data-tag-id="${labeled.id}"]`).click()
    expect(await cursorText(page)).toMatch(/^The administration has labeled/)
    await page.keyboard.press('m')
    const reply = details.getByRole('textbox', { name: /Comment/ })
    await expect.poll(() => reply.evaluate((node) => node === document.activeElement)).toBe(true)
    await reply.fill('Which six? The State Department lists more.')
    await reply.press('Control+Enter')
    await details.getByText('Which six? The State Department lists more.').waitFor()

    const reviews = await saved(
      app,
      () => app.store.reviews(id),
      (list) => list.length === 3,
    )
    const mine = (await app.store.tags(id)).filter((tag) => tag.author.name === ANA)
    const copy = mine.find((tag) => tag.acceptedFrom !== undefined)
    expect(copy).toMatchObject({
      kind: 'quote',
      speaker: losing.speaker,
      acceptedFrom: { annotationId: losing.id, author: losing.author },
      target: { quote: { exact: losing.target.quote.exact } },
    })
    expect(mine).toHaveLength(4)
    const verdicts = reviews.map((review) => [review.annotationId, review.verdict, review.text])
    expect(verdicts).toEqual([
      [losing.id, 'accept', ''],
      [since.id, 'reject', 'Background, not context for a claim.'],
      [labeled.id, 'comment', 'Which six? The State Department lists more.'],
    ])
    expect(reviews.every((review) => review.author.name === ANA)).toBe(true)

    // Everything is there after reopening the library.
    const dataDir = app.dataDir
    await app.close()
    app = await startApp(browser, { editorName: ANA, dataDir })
    page = app.page
    await openArticle(app)
    await page.keyboard.press('Control+Shift+R')
    await expect.poll(() => page.locator('.agreement-mark.agreement-agree').count()).toBe(2)
    expect(await page.locator(`.lane-mark.is-accepted[data-tag-id="${losing.id}"]`).count()).toBe(1)
    expect(await page.locator(`.lane-mark.is-rejected[data-tag-id="${since.id}"]`).count()).toBe(1)
    await page.locator(`.lane-mark[data-tag-id="${labeled.id}"]`).click()
    const reopened = page.getByRole('region', { name: 'Review' })
    await reopened.getByText('Which six? The State Department lists more.').waitFor()
    expect(await page.locator('.tag-list-window .tag-item').count()).toBe(4)
  })

  it('shows both verdicts when another reviewer’s package disagrees with mine', async () => {
    const { page } = app
    const sams = await samsTags()
    const losing = samsTagOn(sams, '“We’re losing hundreds')
    const id = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))?.id ?? ''
    const time = new Date().toISOString()
    const leesReject: Review = {
      id: 'lee-park-review-ok-with-me',
      articleId: id,
      annotationId: losing.id,
      author: LEE,
      verdict: 'reject',
      text: 'This is Trump paraphrased by the reporter.',
      created: time,
      modified: time,
    }
    const pkg = createPackage(LEE, [
      {
        articleId: id,
        textHash: app.store.meta(id).textHash,
        title: HEADLINE,
        annotations: [],
        reviews: [leesReject],
      },
    ])
    const me = { id: 'ana-ruiz', name: ANA }
    const report = await app.store.importPackage(parsePackage(JSON.stringify(pkg)), me)
    expect(report.articles[0]?.reviews.added).toBe(1)

    await app.emit('menuCommand', 'show-library')
    await page.locator('.ProseMirror').waitFor({ state: 'detached' })
    await openArticle(app)
    await app.emit('menuCommand', 'toggle-review')
    const mark = page.locator(`.lane-mark.has-conflict[data-tag-id="${losing.id}"]`)
    await mark.waitFor()
    await mark.click()
    const card = page.getByRole('article', { name: 'Quote by Sam Reviewer' })
    await card.getByText('Conflicting verdicts:').waitFor()
    expect(await card.locator('.verdict').allTextContents()).toEqual([
      expect.stringMatching(/^✓Accepted by you · /),
      expect.stringMatching(
        /^✗Rejected by Lee Park: This is Trump paraphrased by the reporter\. · /,
      ),
    ])
    await app.screenshot('review-conflict')
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('review-conflict-dark')
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
