import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

/** A plain-text report of about `bytes` bytes: long enough that its import can be cancelled. */
function bigReport(bytes: number): string {
  const lines = ['The Longest Harbour Report', '']
  let size = 0
  for (let n = 0; size < bytes; n += 1) {
    const line = `Paragraph ${n} says the council met on day ${n % 31}. It voted ${n % 13} to ${n % 5} on item ${n}. “We will see,” said member ${n % 17}.`
    lines.push(line, '')
    size += line.length + 2
  }
  return lines.join('\n')
}

describe('import progress and Cancel', () => {
  let browser: Browser
  let app: AppUnderTest
  let files: string

  beforeAll(async () => {
    browser = await launchBrowser()
    files = await mkdtemp(join(tmpdir(), 'factmark-import-progress-'))
    await writeFile(join(files, 'first.txt'), 'First Small Article\n\nIt is short. It goes first.')
    await writeFile(join(files, 'big.txt'), bigReport(15 * 1024 * 1024))
    await writeFile(join(files, 'last.txt'), 'Last Small Article\n\nIt is short. It goes last.')
    app = await startApp(browser, {
      importChoices: [['first.txt', 'big.txt', 'last.txt'].map((name) => join(files, name))],
    })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (files) await rm(files, { recursive: true, force: true })
  })

  it('shows how far a big import has come, and Escape cancels it keeping the files done', async () => {
    const { page } = app
    await page.locator('.article-link').first().waitFor()
    const before = app.store.list().map((meta) => meta.title)

    await app.emit('menuCommand', 'import')
    const panel = page.getByRole('region', { name: 'Import' })
    // The big file is being read, its progress within it shown, the first file already in.
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toBe('Importing “big.txt” (file 2 of 3)…')
    // The bar takes the focus (the editor started the import): a key cancels at once.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? null))
      .toBe('Cancel')
    const value = Number(await panel.getByRole('progressbar').getAttribute('value'))
    expect(value).toBeGreaterThanOrEqual(33)
    expect(value).toBeLessThan(67)

    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height })
      await app.screenshot(`import-progress-${width}x${height}`)
    }

    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    const notice = page.locator('.notice', { hasText: 'Import cancelled' })
    await expect
      .poll(() => notice.textContent())
      .toMatch(/Import cancelled: 2 files not imported \(big\.txt, last\.txt\)/)
    await expect
      .poll(() => page.locator('.article-link', { hasText: 'First Small Article' }).count())
      .toBe(1)
    expect(app.store.list().map((meta) => meta.title)).toEqual(
      expect.arrayContaining([...before, 'First Small Article']),
    )
    expect(app.store.list()).toHaveLength(before.length + 1)
    expect(await page.locator('.article-link', { hasText: 'Longest Harbour' }).count()).toBe(0)
    expect(app.calls.some((call) => call.channel.endsWith('cancelImport'))).toBe(true)
  })
})
