// How long the built renderer takes in Chromium to show the library and to open the first
// article, over a real store with the sample library.
import { launchBrowser, removeDataDir, startApp } from '../test/e2e/harness'

const RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

const browser = await launchBrowser()
const libraryTimes: number[] = []
const articleTimes: number[] = []
try {
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    const app = await startApp(browser)
    await app.page.locator('.library-table tbody tr').first().waitFor()
    libraryTimes.push(performance.now() - started)
    const opening = performance.now()
    await app.page.locator('.article-link').first().click()
    await app.page.locator('.ProseMirror p').first().waitFor()
    articleTimes.push(performance.now() - opening)
    await app.close()
    await removeDataDir(app.dataDir)
  }
} finally {
  await browser.close()
}
console.log(
  `show the library (new store, 5 seeds, page load): median ${median(libraryTimes).toFixed(0)} ms over ${RUNS} runs`,
)
console.log(
  `open the first article in the editor: median ${median(articleTimes).toFixed(0)} ms over ${RUNS} runs`,
)
