// Editor speed on long articles (100, 1,000 and 10,000 paragraphs, a tag on each of each
// paragraph's first two sentences: 20,000 tags at 10,000) in Debian's Chromium over the built
// renderer and a real store (the e2e harness).
// Timed in the page with performance.now() and requestAnimationFrame: opening from the library
// until every tag decoration, then the panel's (windowed) list, is painted; a cursor move (j), a tag change
// (c) and a typed character (edit mode): the handler, the handler plus the next frame until painted
// (no vsync wait), the wall time to that paint and to the panel's repaint. Cross-checked with
// Playwright key presses timed from Node and Chromium's Event Timing; also the JS heap once open.
// Opening is also split: the main process's handlers timed alone in Node, the opening answer's
// size (JSON text, and V8's serialisation, which Electron's IPC carries), the wait for the answers
// through the harness's CDP bridge (JSON text, far slower than Electron's structured clone), the
// calls an opening makes, and the renderer's own work from the parsed opening answer to the
// painted tags and panel. The opening as Electron carries it is then modelled (not measured end
// to end) as main's warm work + a structured clone of the answer in the page + that renderer work,
// and its ratio to plain ProseMirror with the data in hand is printed beside the CDP figure.
// Beside them, in the same run, plain ProseMirror on the same document and decorations (flat, and
// grouped in the app's sections): opening, and a decoration change on a key; the ratios of #19
// (open ≤ 1.3×, tag key p95 ≤ 1.5×) are printed against each. BENCH_EDITOR_PARTS=open,keys (or open) and
// BENCH_EDITOR_PLAIN=sections shorten a run. Reports, never fails on a figure.
import { launchBrowser } from '../test/e2e/harness'
import { seedParagraphs } from './editor/bench-library'
import { benchSize } from './editor/size-run'

/** The sizes to run, in paragraphs (and tags); BENCH_EDITOR_SIZES=100,1000 picks others. */
const SIZES = (process.env.BENCH_EDITOR_SIZES ?? '100,1000,10000').split(',').map(Number)

const started = performance.now()
const seeds = await seedParagraphs()
const browser = await launchBrowser()
try {
  for (const size of SIZES) await benchSize(browser, seeds, size)
} finally {
  await browser.close()
}
console.log(`\neditor bench: ${((performance.now() - started) / 1000).toFixed(0)} s in all`)
