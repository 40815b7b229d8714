import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storiesFileSchema } from '../../shared/story/story-record'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const require = createRequire(import.meta.url)

/** axe-core's serious and critical WCAG A/AA violations on the page as it is. */
async function seriousViolations(page: AppUnderTest['page']): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'))
  }
  return page.evaluate(async () => {
    type Results = {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[]
    }
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<Results> } }).axe
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
  })
}

/** The seed that counts 11 strikes where the others count at least 20 or 21. */
const ELEVEN_STRIKES = 'President Donald Trump said on Monday'

describe('the story view on the five seeds', () => {
  let browser: Browser
  let app: AppUnderTest

  beforeAll(async () => {
    browser = await launchBrowser()
    app = await startApp(browser, { editorName: 'Ana Ruiz' })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
  })

  it('opens the suggested story and shows the quote variants and the conflicts', async () => {
    const { page } = app
    await app.emit('menuCommand', 'story-view')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Stories')
    const suggested = page.getByRole('list', { name: 'Suggested stories' }).getByRole('listitem')
    await expect.poll(() => suggested.count()).toBe(1)
    await suggested.getByRole('button', { name: 'Compare these 5' }).click()

    await page.locator('.story-view h1').waitFor()
    await expect.poll(() => page.locator('.story-articles li').count()).toBe(5)
    // The quote variants: "It’s OK with me" in four articles, "That’s okay with me" in one.
    // Each version as the article has it: its own words, not the reference's struck-out ones.
    const versions = (quote: ReturnType<typeof page.locator>) =>
      quote.locator('blockquote').evaluateAll((quotes) =>
        quotes.map((node) =>
          [...node.childNodes]
            .filter((child) => child.nodeName !== 'DEL')
            .map((child) => child.textContent)
            .join(''),
        ),
      )
    const ok = page.locator('.story-quote', { hasText: 'That’s' }).filter({ hasText: 'OK with me' })
    await expect.poll(() => ok.count()).toBe(1)
    expect(await ok.locator('.story-version-column').count()).toBe(5)
    expect(await versions(ok)).toEqual(
      expect.arrayContaining(['It’s OK with me.', 'That’s okay with me']),
    )
    expect(await ok.locator('.story-version-column ins').allTextContents()).toEqual(
      expect.arrayContaining(['That', 'okay']),
    )
    expect(await ok.locator('figcaption').first().textContent()).toBe('— Donald Trump')

    // The strike counts' conflict is flagged in words, not by colour alone.
    const strikes = page.locator('tr[data-topic="strikes"]')
    expect(await strikes.locator('th').textContent()).toContain('Conflict')
    const strikeCells = (await strikes.locator('td').allTextContents()).join(' | ')
    expect(strikeCells).toContain('≥ 21')
    expect(strikeCells).toContain('≥ 20')
    expect(strikeCells).toMatch(/= 11“11 strikes”⚠ conflicts with [A-E], [A-E], [A-E](?![,\w])/)
    // The death tolls (at least 83, over 80, dozens) can all be true at once: shown side by side,
    // never flagged as a conflict.
    const deaths = page.locator('tr[data-topic="people killed"]')
    expect(await deaths.locator('th').textContent()).not.toContain('Conflict')
    const deathCells = (await deaths.locator('td').allTextContents()).join(' | ')
    for (const figure of ['≥ 83', '> 80']) expect(deathCells).toContain(figure)
    expect(deathCells).not.toContain('conflicts with')
    await page.screenshot({ path: '/tmp/h4-story-quotes.png' })
    await strikes.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/h4-story-numbers.png' })
    await app.screenshot('story-view')
  })

  it('shows the Roles section: the former president called current, passages side by side', async () => {
    const { page } = app
    const roles = page.locator('section[aria-labelledby="story-roles-heading"]')
    await roles.waitFor()
    expect(await roles.locator('h2').textContent()).toBe('Roles')
    const conflict = roles.locator('.story-role.is-conflict')
    await expect.poll(() => conflict.count()).toBe(1)
    expect(await conflict.locator('h3').textContent()).toMatch(/López Obrador.*Conflict/)
    expect(await conflict.locator('.story-role-text').allTextContents()).toEqual([
      '“then-president Andrés Manuel López Obrador”',
      '“President Andrés Manuel López Obrador’s”',
    ])
    expect(await conflict.locator('.story-role-value').count()).toBe(2)
    // The roles the articles agree on are one click away.
    await roles.getByRole('button', { name: /Show roles the articles agree on/ }).click()
    await expect.poll(() => roles.locator('.story-role').count()).toBeGreaterThan(1)
    expect(await roles.locator('.story-role[data-person="Claudia Sheinbaum"]').count()).toBe(1)
    await page.setViewportSize({ width: 1280, height: 800 })
    await roles.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/story-roles.png' })
    expect(await seriousViolations(page)).toEqual([])
    await roles.getByRole('button', { name: /Hide roles/ }).click()
  })

  it('accepts a suggestion with the keyboard as an ordinary tag, and remembers a dismissal', async () => {
    const { page } = app
    const article = app.store.list().find((entry) => entry.title.startsWith(ELEVEN_STRIKES))
    if (!article) throw new Error('the seed is missing')
    const disputed = page
      .locator('.story-suggestion-group', { hasText: ELEVEN_STRIKES })
      .locator('.story-suggestion-disputed', { hasText: 'Trump has ordered 11 strikes' })
    await disputed.click({ position: { x: 5, y: 5 } })
    await page.screenshot({ path: '/tmp/h4-story-suggestions.png' })
    await page.keyboard.press('a')
    await page
      .getByRole('status')
      .filter({ hasText: /^Tagged as disputed in [A-E] \(“President Donald Trump said on Monday/ })
      .waitFor()
    await expect.poll(() => disputed.count()).toBe(0)

    const mine = async () =>
      (await app.store.tags(article.id)).filter((tag) => tag.author.name === 'Ana Ruiz')
    await expect.poll(async () => (await mine()).length).toBe(1)
    const [tag] = await mine()
    expect(tag).toMatchObject({ kind: 'disputed' })
    expect(tag?.target.quote.exact).toContain('Trump has ordered 11 strikes')
    expect(tag?.reason).toMatch(/^Other articles disagree\. strikes: this article gives = 11/)

    // Focus stays in the list: ↓ moves on, X dismisses, and the story remembers it.
    const active = page.locator('.story-suggestion.is-active')
    await page.keyboard.press('ArrowDown')
    const dismissedId = await active.getAttribute('data-suggestion-id')
    await page.keyboard.press('x')
    await page.getByRole('status').filter({ hasText: 'Suggestion dismissed.' }).waitFor()
    await expect.poll(() => page.locator(`[data-suggestion-id="${dismissedId}"]`).count()).toBe(0)
    const file = storiesFileSchema.parse(
      JSON.parse(await readFile(join(app.dataDir, 'stories.json'), 'utf8')),
    )
    expect(file.stories[0]?.dismissed.some((key) => key.endsWith(`:${dismissedId}`))).toBe(true)

    // Open the article: the accepted suggestion is a tag like any other.
    await page
      .locator('.story-group-title', { hasText: ELEVEN_STRIKES })
      .getByRole('button', { name: 'Open article' })
      .click()
    await page.locator('.ProseMirror').waitFor()
    await expect
      .poll(() => page.locator('.ProseMirror .tag-disputed').allTextContents())
      .toContainEqual(expect.stringContaining('11 strikes'))
    await app.screenshot('story-accepted-tag')
  })

  it('returns to the library with Escape, and compares articles chosen by hand', async () => {
    const { page } = app
    await page.locator('.brand').click()
    const saved = page.getByRole('list', { name: 'Saved stories' })
    await saved.getByRole('button').first().click()
    await page.locator('.story-view h1').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('#stories-heading').waitFor()
    expect(await page.locator('.story-view').count()).toBe(0)

    const choose = page.locator('.stories-choose')
    const compare = choose.getByRole('button', { name: 'Compare as story' })
    expect(await compare.isDisabled()).toBe(true)
    const boxes = choose.getByRole('checkbox')
    await boxes.nth(1).check()
    await boxes.nth(3).check()
    await page.locator('#stories-heading').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/h4-stories-section.png' })
    await compare.click()
    await page.locator('.story-view h1').waitFor()
    await expect.poll(() => page.locator('.story-articles li').count()).toBe(2)
    expect(await seriousViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: '/tmp/h4-story-dark.png' })
    expect(await seriousViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
