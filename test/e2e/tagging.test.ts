import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Annotation } from '../../shared/model/annotation'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'

async function openSeed(app: AppUnderTest, titleStart: string): Promise<string> {
  const article = app.store.list().find((entry) => entry.title.startsWith(titleStart))
  if (!article) throw new Error(`no seed titled ${titleStart}`)
  await app.page.locator('.brand').click()
  await app.page.locator(`tr[data-article-id="${article.id}"] .article-link`).click()
  await app.page.locator('.ProseMirror').waitFor()
  return article.id
}

/** The acting editor's tags on disk (the sample reviewer's tags on the seeds are left out). */
async function myTags(app: AppUnderTest, articleId: string): Promise<Annotation[]> {
  return (await app.store.tags(articleId)).filter((tag) => tag.author.name === 'Ana Ruiz')
}

/** My tags on disk once the app says everything is saved and the store agrees with `check`. */
async function savedTags(
  app: AppUnderTest,
  articleId: string,
  check: (tags: Annotation[]) => boolean = () => true,
) {
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

/** The text the sentence cursor (a CSS custom highlight) covers. */
function cursorText(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('sentence-current')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })
}

function tagTexts(page: Page, kind: string) {
  return page.locator(`.ProseMirror .tag-${kind}`).allTextContents()
}

describe('tagging in the editor', () => {
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

  it('tags sentences with the keyboard alone and saves them to disk', async () => {
    const id = await openSeed(app, HEADLINE)
    const { page } = app
    // The article opens with the cursor on the headline and the focus in the text.
    await page.keyboard.press('j') // the first sentence of the first paragraph
    expect(await cursorText(page)).toMatch(
      /^United States President Donald Trump .*“war on drugs\.”$/,
    )
    await page.keyboard.press('c')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('2') // claim by digit
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('q') // the quotation
    expect(await tagTexts(page, 'claim')).toEqual([
      'United States President Donald Trump has suggested that the US could expand its controversial military operations against Latin American drug cartels to include Mexico, marking a dramatic escalation in his administration’s ongoing “war on drugs.”',
      'Speaking at the Oval Office on Monday, Trump emphasized that he has already been in discussions with Mexican authorities regarding potential interventions, while acknowledging the gravity of the nation’s drug crisis.',
    ])
    // A closed quotation with its attribution is one unit: the quote tag covers the whole remark.
    expect(await tagTexts(page, 'quote')).toEqual([
      '“Would I launch strikes in Mexico to stop drugs? It’s OK with me. I’ve been speaking to Mexico. They know how I stand,” Trump told reporters.',
    ])
    expect(await page.locator('[data-kind-count="claim"]').textContent()).toBe('2')

    const stored = await savedTags(app, id, (tags) => tags.length === 3)
    expect(stored.map((tag) => [tag.kind, tag.author.name])).toEqual([
      ['claim', 'Ana Ruiz'],
      ['claim', 'Ana Ruiz'],
      ['quote', 'Ana Ruiz'],
    ])
    expect(stored[2]?.target.quote.exact).toBe(
      '“Would I launch strikes in Mexico to stop drugs? It’s OK with me. I’ve been speaking to Mexico. They know how I stand,” Trump told reporters.',
    )
    expect(stored[2]?.target.quote.prefix).toHaveLength(32)
  })

  it('changes a kind, removes with the same key, and clears with Backspace', async () => {
    const { page } = app
    await page.keyboard.press('d') // the quote becomes disputed
    expect(await tagTexts(page, 'quote')).toEqual([])
    expect(await tagTexts(page, 'disputed')).toHaveLength(1)
    await page.keyboard.press('d') // same key again removes it
    expect(await tagTexts(page, 'disputed')).toEqual([])
    await page.keyboard.press('k')
    await page.keyboard.press('Backspace')
    expect(await tagTexts(page, 'claim')).toHaveLength(1)
  })

  it('extends a tag over several sentences with Shift and writes a note with Enter', async () => {
    const { page } = app
    const id = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))?.id ?? ''
    // From the quoted remark (one unit) over the next quotation.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('x')
    const context = await tagTexts(page, 'context')
    expect(await cursorText(page)).toBe(context.join(''))
    expect(context.join('')).toContain('“Would I launch strikes in Mexico to stop drugs?')
    expect(context.join('')).toContain('They know how I stand,” Trump told reporters.')
    expect(context.join('')).toContain('“We’re losing hundreds of thousands of people to drugs.')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    await page.keyboard.type('Same remark is worded differently by other outlets.')
    await page.keyboard.press('Control+Enter')
    const stored = await savedTags(app, id, (tags) => tags.some((tag) => tag.note !== ''))
    const tag = stored.find((entry) => entry.kind === 'context')
    expect(tag?.note).toBe('Same remark is worded differently by other outlets.')
    expect(tag?.target.quote.exact.startsWith('“Would I launch strikes')).toBe(true)
    expect(tag?.target.quote.exact.endsWith('but we know every route.”')).toBe(true)
    await app.screenshot('tagging-keyboard')
  })

  it('undoes and redoes tag changes, notes included', async () => {
    const { page } = app
    const note = page.getByLabel('Note')
    // Ctrl+Enter in the note gave the focus back to the text.
    await page.keyboard.press('Control+z')
    await expect.poll(() => note.inputValue()).toBe('')
    expect((await tagTexts(page, 'context')).length).toBeGreaterThan(0)
    await page.keyboard.press('Control+z')
    expect(await tagTexts(page, 'context')).toEqual([])
    await page.keyboard.press('Control+Shift+z')
    expect((await tagTexts(page, 'context')).length).toBeGreaterThan(0)
    await page.keyboard.press('Control+Shift+z')
    await expect
      .poll(() => note.inputValue())
      .toBe('Same remark is worded differently by other outlets.')
  })

  it('tags with the mouse: a click, the toolbar, the context menu and a text selection', async () => {
    const { page } = app
    const id = await openSeed(app, 'US President Donald Trump has signaled')
    const paragraph = page.locator('.ProseMirror p').nth(1)
    await paragraph.click({ position: { x: 30, y: 10 } })
    await page.getByRole('button', { name: 'Disputed', exact: true }).click()
    expect(await tagTexts(page, 'disputed')).toHaveLength(1)

    await page
      .locator('.ProseMirror p')
      .nth(2)
      .click({ button: 'right', position: { x: 30, y: 10 } })
    await page.getByRole('menuitem', { name: 'Tag as Context' }).click()
    expect(await tagTexts(page, 'context')).toHaveLength(1)

    // Select “Nicolás Maduro” with the mouse and tag just that span.
    const box = await page
      .locator('.ProseMirror p')
      .first()
      .evaluate((element) => {
        const text = element.firstChild as Text
        const start = (text.textContent ?? '').indexOf('Nicolás Maduro')
        const range = document.createRange()
        range.setStart(text, start)
        range.setEnd(text, start + 'Nicolás Maduro'.length)
        const selection = getSelection()
        selection?.removeAllRanges()
        selection?.addRange(range)
        return start
      })
    expect(box).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Claim', exact: true }).click()
    expect(await tagTexts(page, 'claim')).toEqual(['Nicolás Maduro'])
    const stored = await savedTags(app, id, (tags) => tags.length === 3)
    expect(stored.map((tag) => tag.kind).sort()).toEqual(['claim', 'context', 'disputed'])
    expect(stored.find((tag) => tag.kind === 'claim')?.target.quote.exact).toBe('Nicolás Maduro')
    await app.screenshot('tagging-mouse')
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot('tagging-dark')
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('restores every tag exactly after the app is reopened', async () => {
    const before = {
      claim: await tagTexts(app.page, 'claim'),
      context: await tagTexts(app.page, 'context'),
      disputed: await tagTexts(app.page, 'disputed'),
    }
    await app.close()
    app = await startApp(browser, { dataDir: app.dataDir, editorName: 'Ana Ruiz' })
    await openSeed(app, 'US President Donald Trump has signaled')
    expect(await tagTexts(app.page, 'claim')).toEqual(before.claim)
    expect(await tagTexts(app.page, 'context')).toEqual(before.context)
    expect(await tagTexts(app.page, 'disputed')).toEqual(before.disputed)
  })

  it('makes a tag whose text is deleted in edit mode an orphan, and undo brings it back', async () => {
    const { page } = app
    const id = await openSeed(app, HEADLINE)
    await page.getByRole('button', { name: 'Edit text' }).click()
    // Delete the whole paragraph that holds the claim tag: a triple click selects it.
    await page.locator('.ProseMirror p').first().click({ clickCount: 3 })
    await page.keyboard.press('Backspace')
    const orphans = page.locator('.orphans li')
    await expect.poll(() => orphans.count()).toBe(1)
    expect(await orphans.first().textContent()).toContain(
      'United States President Donald Trump has',
    )
    const stored = await savedTags(app, id, (tags) =>
      tags.some(
        (tag) => tag.target.quote.exact.startsWith('United States') && tag.kind === 'claim',
      ),
    )
    expect(stored.find((tag) => tag.kind === 'claim')?.target.quote.exact).toMatch(/^United States/)
    await expect
      .poll(async () => (await app.store.get(id)).body.content?.[1]?.content)
      .toBeUndefined()

    await page.keyboard.press('Control+z')
    await expect.poll(() => orphans.count()).toBe(0)
    expect((await tagTexts(page, 'claim'))[0]).toMatch(/^United States President Donald Trump has/)
    await page.getByRole('button', { name: 'Done editing' }).click()
  })

  it('saves pending work before the window closes, then lets it close', async () => {
    const { page } = app
    const id = await openSeed(app, 'US President Donald Trump has signaled')
    const before = (await app.store.tags(id)).length
    await page.keyboard.press('End')
    await page.keyboard.press('q')
    await app.emit('closing', null)
    await expect
      .poll(() => app.calls.some((call) => call.channel === 'factmark:readyToClose'))
      .toBe(true)
    const index = app.calls.findIndex((call) => call.channel === 'factmark:readyToClose')
    // A tag key alone: the save carries the tag's change (saveTagChanges), not the whole work.
    expect(
      app.calls.slice(0, index).some((call) => call.channel === 'factmark:saveTagChanges'),
    ).toBe(true)
    expect(await app.store.tags(id)).toHaveLength(before + 1)
  })

  it('tags from the Tag menu: the command reaches the open editor', async () => {
    const { page } = app
    const id = await openSeed(app, 'US President Donald Trump has signaled')
    const before = (await myTags(app, id)).filter((tag) => tag.kind === 'context').length
    await page.keyboard.press('Home')
    await page.keyboard.press('j')
    await app.emit('menuCommand', 'tag-context')
    await savedTags(
      app,
      id,
      (tags) => tags.filter((tag) => tag.kind === 'context').length === before + 1,
    )
    await app.emit('menuCommand', 'clear-tag')
    await savedTags(
      app,
      id,
      (tags) => tags.filter((tag) => tag.kind === 'context').length === before,
    )
  })
})
