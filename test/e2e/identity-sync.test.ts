import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedLibrary } from '../../electron/core/seed'
import { LibraryStore } from '../../electron/core/store/library-store'
import { teamRepositoryIn } from '../../electron/core/sync/team-sync'
import { GitTeam } from '../../electron/core/team/git-team'
import { parsePackage } from '../../shared/exchange/package'
import type { EditorRef } from '../../shared/model/annotation'
import { launchBrowser, removeDataDir, ROOT, startApp, type AppUnderTest } from './harness'

const HEADLINE = 'Trump Signals Potential Military Strikes'
const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }

function articleId(app: AppUnderTest): string {
  const article = app.store.list().find((entry) => entry.title.startsWith(HEADLINE))
  if (!article) throw new Error('the seed is missing')
  return article.id
}

/** Opens the sample article and tags the sentence `down` sentences below the first as a claim. */
async function tagASentence(app: AppUnderTest, down: number): Promise<void> {
  const { page } = app
  await page.locator(`tr[data-article-id="${articleId(app)}"] .article-link`).click()
  // The article opens with the cursor on its headline (the first sentence) and the focus in it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('article-text')
  for (let step = 1; step < down; step++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('c')
}

async function tagsBy(app: AppUnderTest, editorId: string): Promise<number> {
  const tags = await app.store.tags(articleId(app))
  return tags.filter((tag) => tag.author.id === editorId).length
}

async function dialogsClosed(page: Page): Promise<void> {
  await expect.poll(() => page.locator('dialog').count()).toBe(0)
}

describe('editor identity, package exchange and the team folder in the app', () => {
  let browser: Browser
  let work: string
  const apps: AppUnderTest[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    work = await mkdtemp(join(tmpdir(), 'factmark-h6-e2e-'))
  })

  afterAll(async () => {
    for (const app of apps) {
      await app.close().catch(() => undefined)
      await removeDataDir(app.dataDir)
    }
    await browser?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  async function start(options: Parameters<typeof startApp>[1]): Promise<AppUnderTest> {
    const app = await startApp(browser, options)
    apps.push(app)
    return app
  }

  it('asks for a name on first run, and that name is the author of new tags', async () => {
    const app = await start({ firstRun: true, editorName: 'jdoe' })
    const { page } = app
    const welcome = page.getByRole('dialog', { name: 'Welcome to Factmark' })
    await welcome.waitFor()
    const name = welcome.getByRole('textbox', { name: 'Your name' })
    expect(await name.inputValue()).toBe('jdoe')
    await app.screenshot('h6-welcome')
    await page.screenshot({ path: '/tmp/h6-welcome.png' })

    await name.fill('   ')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await welcome.getByRole('alert').getByText('Enter your name').waitFor()
    await name.fill('  Ana Ruiz ')
    await name.press('Enter')
    await dialogsClosed(page)
    await page.getByRole('button', { name: /Acting editor: ?Ana Ruiz/ }).waitFor()
    expect(app.settings.confirmed).toBe(true)
    expect(app.settings.editor).toEqual(ANA)

    await tagASentence(app, 2)
    await expect.poll(() => tagsBy(app, 'ana-ruiz')).toBe(1)
    expect(await tagsBy(app, 'jdoe')).toBe(0)
  })

  it('switches the acting editor from the menu; new tags are written as them', async () => {
    const app = await start({ editorName: 'Ana Ruiz' })
    const { page } = app
    await tagASentence(app, 1)
    await expect.poll(() => tagsBy(app, 'ana-ruiz')).toBe(1)

    await app.emit('menuCommand', 'switch-editor')
    const dialog = page.getByRole('dialog', { name: 'Switch Editor' })
    await dialog.getByRole('textbox', { name: 'Name of the other editor' }).fill('Ben Okafor')
    await page.screenshot({ path: '/tmp/h6-switch.png' })
    await dialog.getByRole('button', { name: 'Switch' }).click()
    await dialogsClosed(page)
    await page.getByRole('button', { name: /Acting editor: ?Ben Okafor/ }).waitFor()

    // The open article reloaded as Ben's: Ana's tag is not his to change.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('article-text')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('d')
    await expect.poll(() => tagsBy(app, 'ben-okafor')).toBe(1)
    expect(await tagsBy(app, 'ana-ruiz')).toBe(1)

    // Back to Ana, through the top bar's button this time.
    await page.getByRole('button', { name: /Acting editor: ?Ben Okafor/ }).click()
    const again = page.getByRole('dialog', { name: 'Switch Editor' })
    await again.getByRole('radio', { name: 'Ana Ruiz' }).check()
    await again.getByRole('button', { name: 'Switch' }).click()
    await dialogsClosed(page)
    await page.getByRole('button', { name: /Acting editor: ?Ana Ruiz/ }).waitFor()
    expect(app.settings.editor).toEqual(ANA)
  })

  it('exports my tags as a package and another editor imports them, with a report', async () => {
    const file = join(work, 'ana.factmark.json')
    const ana = await start({ editorName: 'Ana Ruiz', exchangeChoices: [file] })
    await tagASentence(ana, 2)
    await expect.poll(() => tagsBy(ana, 'ana-ruiz')).toBe(1)
    await ana.emit('menuCommand', 'export-package')
    const exportDialog = ana.page.getByRole('dialog', { name: 'Export My Tags' })
    await exportDialog.getByRole('radio', { name: /This article/ }).waitFor()
    await ana.page.screenshot({ path: '/tmp/h6-export.png' })
    await exportDialog.getByRole('button', { name: 'Export…' }).click()
    await exportDialog.getByRole('status').getByText(`Saved ${file}.`).waitFor()
    const pkg = parsePackage(await readFile(file, 'utf8'))
    expect(pkg.author).toEqual(ANA)
    expect(pkg.articles.flatMap((article) => article.annotations)).toHaveLength(1)

    const damaged = join(work, 'damaged.factmark.json')
    await writeFile(damaged, (await readFile(file, 'utf8')).replace('"claim"', '"quote"'))
    const ben = await start({ editorName: 'Ben Okafor', exchangeChoices: [file, damaged] })
    await ben.emit('menuCommand', 'import-package')
    const report = ben.page.getByRole('dialog', { name: 'Import Tags' })
    await report.getByText('1 added').waitFor()
    await report.getByText(/tags by Ana Ruiz/).waitFor()
    await ben.page.screenshot({ path: '/tmp/h6-import.png' })
    expect(await tagsBy(ben, 'ana-ruiz')).toBe(1)
    await report.getByRole('button', { name: 'OK' }).click()
    await dialogsClosed(ben.page)

    await ben.emit('menuCommand', 'import-package')
    const refused = ben.page.getByRole('dialog', { name: 'Import Tags' })
    await refused
      .getByRole('alert')
      .getByText(/checksum does not match/)
      .waitFor()
    await ben.page.screenshot({ path: '/tmp/h6-import-refused.png' })
    expect(await tagsBy(ben, 'ana-ruiz')).toBe(1)
  })

  it('starts a signed Git team in the team folder, adds an editor by key, and shows their work without a reload', async () => {
    const team = join(work, 'team')
    await mkdir(team)
    const ben = await start({
      editorName: 'Ben Okafor',
      exchangeChoices: [team],
      syncTiming: { intervalMs: 400, commitDelayMs: 50 },
    })
    const { page } = ben
    await ben.emit('menuCommand', 'settings')
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('button', { name: 'Choose…' }).click()
    await settings.getByText(team, { exact: true }).waitFor()
    await settings.getByText(/Team: synced just now/).waitFor()
    const benKey = await settings.getByLabel('Your public key').inputValue()
    expect(benKey).toMatch(/^ssh-ed25519 /)
    await page.screenshot({ path: '/tmp/team-settings.png' })

    // Ana, on her own machine (another library), joins the team in the same folder.
    const anaStore = await LibraryStore.open(join(work, 'ana-library'))
    await seedLibrary(anaStore, join(ROOT, 'seeds'))
    const anaTeam = await GitTeam.join(anaStore, {
      address: teamRepositoryIn(team),
      editor: ANA,
    })
    try {
      expect((await anaTeam.status()).inRoster).toBe(false)

      // Ben, the team's admin, adds her by the key she sent him.
      const add = settings.getByRole('group', { name: 'Add an editor to the team' })
      await add.getByLabel('Editor id').fill(ANA.id)
      await add.getByLabel('Their public key').fill(anaTeam.publicKey)
      await add.getByRole('button', { name: 'Add to Team' }).click()
      await add.getByText(`${ANA.id} can now send work to the team.`).waitFor({ timeout: 60_000 })
      await page.screenshot({ path: '/tmp/team-settings-added.png' })
      await settings.getByRole('button', { name: 'Save' }).click()
      await dialogsClosed(page)
      expect(ben.settings.teamFolder).toBe(team)

      await tagASentence(ben, 2)
      await expect.poll(() => tagsBy(ben, 'ben-okafor')).toBe(1)
      await page.getByRole('button', { name: 'Agreement' }).click()
      const agreement = page.getByRole('dialog', { name: 'Agreement' })
      await agreement.getByRole('checkbox', { name: 'Ben Okafor' }).waitFor()
      expect(await agreement.getByRole('checkbox', { name: 'Ana Ruiz' }).count()).toBe(0)

      // Ana tags the same article; her signed commit reaches Ben's open app on its next sync.
      const id = articleId(ben)
      const sample = (await anaStore.tags(id))[0]
      if (!sample) throw new Error('the seed has no sample tags')
      const anaTag = { ...sample, id: 'ana-ruiz-tag-1', author: ANA, kind: 'quote' as const }
      await anaStore.saveWork(id, { tags: [anaTag] }, ANA)
      expect((await anaTeam.sync(anaStore)).state).toBe('synced')
      await agreement.getByRole('checkbox', { name: 'Ana Ruiz' }).waitFor({ timeout: 60_000 })
      await agreement.getByRole('button', { name: 'Close' }).click()
      await dialogsClosed(page)
      await page.getByText(/Team: synced/).waitFor()
      await page.screenshot({ path: '/tmp/team-topbar.png' })
      expect(await tagsBy(ben, 'ana-ruiz')).toBe(1)

      // The open article's review mode offers Ana's lane at once, without reopening it.
      await ben.emit('menuCommand', 'toggle-review')
      const reviewBar = page.locator('.review-bar')
      await reviewBar.getByRole('checkbox', { name: 'Ana Ruiz' }).waitFor({ timeout: 10_000 })

      // And Ben's tag, committed and signed by his app, reaches Ana's library.
      await expect
        .poll(
          async () => {
            await anaTeam.sync(anaStore)
            const anaSide = await anaStore.tags(id)
            return anaSide.filter((tag) => tag.author.id === 'ben-okafor').length
          },
          { timeout: 60_000 },
        )
        .toBe(1)
    } finally {
      await anaStore.close()
    }
  })
})
