import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedLibrary } from '../../electron/core/seed'
import { LibraryStore } from '../../electron/core/store/library-store'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

/**
 * Three made-up reports of one protest: each gives a different count of the day's arrests (no
 * counter named, so two moments of a rising tally, not a sure error), and one gives another
 * number of the port's workers (a fixed quantity: a sure conflict).
 */
const REPORTS: Record<string, { outlet: string; text: string }> = {
  '01_velmar-herald.txt': {
    outlet: 'Velmar Herald',
    text: `Dock workers march through Velmar against port closure

Thousands of dock workers marched through Velmar on Saturday against the planned closure of the old port.

On Saturday, 15 people were arrested near the harbour after bottles were thrown at the town hall.

The port, which opened in 1911, employs 2,400 workers. The regional council will vote on the closure on March 3.
`,
  },
  '02_coast-daily.txt': {
    outlet: 'Coast Daily',
    text: `Velmar port march ends in scuffles

Dock workers filled the streets of Velmar on Saturday to protest against the closure of the old port.

On Saturday, 37 people were arrested near the harbour, where some marchers threw bottles.

The port employs 2,100 workers. Its closure would be the largest in the region since 1998.
`,
  },
  '03_north-wire.txt': {
    outlet: 'North Wire',
    text: `Thousands protest port closure in Velmar

Thousands of people marched in Velmar on Saturday against the closure of the town's old port.

On Saturday, 22 people were arrested near the harbour during scuffles with riot police.

The port employs 2,400 workers, and the council votes on its future on March 3.
`,
  },
}

/** The window sizes the story view is laid out for. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const

describe('the story view’s figures: values that differ, not a sure conflict', () => {
  let browser: Browser
  let app: AppUnderTest
  let seeds: string

  beforeAll(async () => {
    seeds = await mkdtemp(join(tmpdir(), 'factmark-story-figures-'))
    const sources: Record<string, { outlet: string; published: null; url: string }> = {}
    for (const [name, report] of Object.entries(REPORTS)) {
      await writeFile(join(seeds, name), report.text)
      sources[name] = { outlet: report.outlet, published: null, url: '' }
    }
    await writeFile(join(seeds, 'sources.json'), JSON.stringify({ sources }))
    const dataDir = join(seeds, 'library')
    await mkdir(dataDir)
    const store = await LibraryStore.open(dataDir)
    await seedLibrary(store, seeds)
    await store.close()
    browser = await launchBrowser()
    app = await startApp(browser, { dataDir, seed: false, editorName: 'Ana Ruiz' })
  })

  afterAll(async () => {
    await app?.close()
    await browser?.close()
    if (app) await removeDataDir(app.dataDir)
    if (seeds) await rm(seeds, { recursive: true, force: true })
  })

  it('shows differing arrest counts plainly, passages side by side, and suggests no dispute', async () => {
    const { page } = app
    await app.emit('menuCommand', 'story-view')
    const choose = page.locator('.stories-choose')
    const boxes = choose.getByRole('checkbox')
    await expect.poll(() => boxes.count()).toBe(3)
    for (let index = 0; index < 3; index += 1) await boxes.nth(index).check()
    await choose.getByRole('button', { name: 'Compare as story' }).click()
    await page.locator('.story-view h1').waitFor()

    const arrests = page.locator('tr[data-topic="people arrested"]')
    await arrests.waitFor()
    expect(await arrests.getAttribute('class')).toBe('is-differ')
    const head = await arrests.locator('th').textContent()
    expect(head).toContain('Values differ')
    expect(await arrests.textContent()).not.toMatch(/conflict|disputed|⚠/iu)

    const passages = page.locator('tr[data-passages-of="people arrested"] blockquote')
    await expect.poll(() => passages.count()).toBe(3)
    expect((await passages.allTextContents()).sort()).toEqual([
      '“On Saturday, 15 people were arrested near the harbour after bottles were thrown at the town hall.”',
      '“On Saturday, 22 people were arrested near the harbour during scuffles with riot police.”',
      '“On Saturday, 37 people were arrested near the harbour, where some marchers threw bottles.”',
    ])
    // The three passages stand side by side, in one line.
    const tops = await passages.evaluateAll((nodes) =>
      nodes.map((node) => Math.round(node.getBoundingClientRect().top)),
    )
    expect(new Set(tops).size).toBe(1)

    // The workers' count is a sure conflict, flagged as before.
    const workers = page.locator('tr[data-topic="workers employed"]')
    expect(await workers.getAttribute('class')).toBe('is-conflict')
    expect(await workers.locator('th').textContent()).toContain('Conflict')

    // "Disputed" is suggested for the workers' count, never for an arrest count.
    const disputed = page.locator('.story-suggestion-disputed')
    await expect.poll(() => disputed.count()).toBeGreaterThan(0)
    const labels = await disputed.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('aria-label') ?? ''),
    )
    expect(labels.some((label) => label.includes('workers'))).toBe(true)
    expect(labels.filter((label) => label.includes('arrested'))).toEqual([])

    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.locator('#story-numbers-heading').evaluate((heading) => heading.scrollIntoView())
      await app.screenshot(`story-figures-differ-${size.width}x${size.height}`)
    }
  })
})
