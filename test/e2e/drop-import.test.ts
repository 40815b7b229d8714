import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

const ARTICLE = `Harbour Bridge Reopens After Repairs

The Coastal Ledger

The harbour bridge reopened on Monday after eight months of repairs. "We are proud of the crews," the mayor said.
`

describe('dropping article files on the window', () => {
  let browser: Browser
  let app: AppUnderTest
  let dropDir: string

  beforeAll(async () => {
    browser = await launchBrowser()
    dropDir = await mkdtemp(join(tmpdir(), 'factmark-drop-e2e-'))
    await writeFile(join(dropDir, 'harbour.txt'), ARTICLE)
    await writeFile(join(dropDir, 'photo.png'), 'not an article')
    app = await startApp(browser, { seed: false, dropDir })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (dropDir) await rm(dropDir, { recursive: true, force: true })
  })

  it('shows a hint while files are dragged over, imports the text file, refuses the other', async () => {
    const { page } = app
    await expect.poll(() => page.getByText('The library is empty.').isVisible()).toBe(true)
    // The page holds File objects with the names; the preload maps them to paths in dropDir
    // (Electron's webUtils.getPathForFile), as it would for files dropped from the desktop.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['ignored'], 'harbour.txt', { type: 'text/plain' }))
      transfer.items.add(new File(['ignored'], 'photo.png', { type: 'image/png' }))
      return transfer
    })
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await expect.poll(() => page.getByText('Drop to import').isVisible()).toBe(true)
    await app.screenshot('drop-overlay')
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    await expect.poll(() => page.getByText('Drop to import').isVisible()).toBe(false)

    await expect
      .poll(() => page.locator('.article-link').allInnerTexts())
      .toEqual(['Harbour Bridge Reopens After Repairs'])
    await expect.poll(() => page.getByText('Imported 1 article.').isVisible()).toBe(true)
    expect(await page.getByText(/photo\.png: /).isVisible()).toBe(true)
    await app.screenshot('drop-imported')

    const imported = app.store.list()
    expect(imported.map((meta) => meta.title)).toEqual(['Harbour Bridge Reopens After Repairs'])
    const id = imported[0]?.id ?? '?'
    const files = await readdir(app.dataDir, { recursive: true, withFileTypes: true })
    const articleFile = files.find((file) => file.isFile() && file.name.startsWith(id))
    if (!articleFile) throw new Error(`no file for article ${id} in ${app.dataDir}`)
    expect(await readFile(join(articleFile.parentPath, articleFile.name), 'utf8')).toContain(
      'harbour bridge reopened on Monday',
    )
  })

  it('never offers the page a way to import paths of its own', async () => {
    const exposed = await app.page.evaluate(() =>
      Object.keys((window as unknown as { api?: object }).api ?? {}),
    )
    expect(exposed).not.toContain('importDropped')
  })
})
