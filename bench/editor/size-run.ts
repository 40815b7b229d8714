import { serialize } from 'node:v8'
import type { Browser } from 'playwright-core'
import { dispatch } from '../../electron/core/dispatch'
import { removeDataDir, startApp } from '../../test/e2e/harness'
import { EDITOR, prepareLibrary, TAGS_PER_PARAGRAPH } from './bench-library'
import { metrics, perKey } from './cdp-metrics'
import { PROFILE_PATH, withCpuProfile } from './cpu-profile'
import { eventSummary, observeEvents, takeEvents } from './event-timing'
import { keysFromNode, keysInPage, typeInPage, type KeyTiming } from './key-timing'
import { openArticle, type OpenTimes } from './open-timing'
import { runPlain, type PlainRun } from './plain-baseline'
import {
  caretInParagraph,
  clickParagraph,
  nextFrame,
  paragraphLength,
  waitForSaved,
} from './page-steps'
import { ms, percentile, summary } from './timing-summary'

/**
 * Which parts to run: all of them, or with BENCH_EDITOR_PARTS=open,keys only the opening and the
 * keys dispatched in the page (the figures the targets compare with plain ProseMirror), or with
 * BENCH_EDITOR_PARTS=open the opening alone. BENCH_EDITOR_PROFILE=path writes a CPU profile of the
 * in-page tag keys there (see `cpu-profile.ts`).
 */
const PARTS = process.env.BENCH_EDITOR_PARTS ?? 'all'
const ALL_PARTS = PARTS === 'all'
/** BENCH_EDITOR_PARTS=open: the opening alone (and the heap once open), no keys. */
const OPEN_ONLY = PARTS === 'open'

/**
 * The plain baselines to run: the flat document (plain ProseMirror as it comes) and the app's
 * sections; BENCH_EDITOR_PLAIN=sections runs only the latter (the flat one is slow at 10,000).
 */
const PLAIN_KINDS = (process.env.BENCH_EDITOR_PLAIN ?? 'flat,sections')
  .split(',')
  .map((kind) => kind === 'sections')

/** How many times each thing is measured at a size. */
interface Repetitions {
  opens: number
  /** Keydowns per key dispatched in the page, and characters typed in the page. */
  inPage: number
  /** Keys pressed, and characters typed, by Playwright (each costs CDP round trips). */
  playwright: number
}

/** Warm calls of the opening call timed in Node, and structured clones of its answer in the page. */
const WARM_CALLS = 5

/** An answer's size as JSON text (the harness's bridge) and as V8's serialisation (Electron's IPC). */
function payloadBytes(answer: unknown): string {
  const json = Buffer.byteLength(JSON.stringify(answer))
  const cloned = serialize(answer).length
  return `${(json / 1e6).toFixed(2)} MB as JSON text (UTF-8), ${(cloned / 1e6).toFixed(2)} MB as V8 serialises it for a structured clone`
}

function repetitions(size: number): Repetitions {
  // Keys in the page stay at 100 (a p95 of 30 is the second slowest); opens and Playwright's keys
  // are fewer, their cost being the harness's, not the editor's.
  if (size >= 10_000) return { opens: 3, inPage: 100, playwright: 10 }
  if (size >= 1000) return { opens: 5, inPage: 100, playwright: 30 }
  return { opens: 5, inPage: 100, playwright: 50 }
}

/**
 * Benchmarks the editor on an article of `size` paragraphs in `browser`: opening, cursor moves,
 * tag changes and typing, printing every figure.
 */
export async function benchSize(browser: Browser, seeds: string[], size: number): Promise<void> {
  const times = repetitions(size)
  const full = repetitions(0)
  const reduced =
    times.opens < full.opens || times.inPage < full.inPage || times.playwright < full.playwright
  console.log(`\n-- ${size} paragraphs`)
  console.log(
    `repetitions: ${times.opens} opens, ${times.inPage} in-page keys per kind, ${times.playwright} Playwright keys per kind${reduced ? ' (reduced at this size to keep the run within minutes)' : ''}`,
  )
  const preparing = performance.now()
  const library = await prepareLibrary(seeds, size)
  console.log(
    `library prepared in Node (${library.tagCount} tags): ${ms(performance.now() - preparing)}`,
  )
  let app: Awaited<ReturnType<typeof startApp>> | undefined
  try {
    // 0. The plain ProseMirror baseline, in this run, on the same document and decorations: opened
    // with them in hand, and fetched as one JSON text through a binding (the harness's transport);
    // then a decoration change (a tag's two decorations replaced) on `c`, timed as the app's keys.
    const middle = Math.floor(size / 2)
    const aimed = library.plain.decorations[middle * TAGS_PER_PARAGRAPH]
    if (!aimed) throw new Error(`bench: no tag on paragraph ${middle}`)
    const plainRuns: PlainRun[] = []
    for (const sectioned of PLAIN_KINDS) {
      plainRuns.push(
        await runPlain(browser, library.plain, {
          sectioned,
          opens: times.opens,
          keys: times.inPage,
          aimed,
        }),
      )
    }
    let appKeyTimings: KeyTiming[] = []

    app = await startApp(browser, {
      dataDir: library.dataDir,
      seed: false,
      editorName: EDITOR.name,
    })
    const { page } = app
    const calls = app.calls
    /** How many saves (whole, or of tag changes) the page has asked the main process for so far. */
    const saves = () =>
      calls.filter(
        (call) =>
          call.channel === 'factmark:saveWork' || call.channel === 'factmark:saveTagChanges',
      ).length
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    // Where the cursor starts: far enough from the end for every `j` to move it.
    const start = Math.max(0, Math.min(middle, size - times.inPage))

    // 1. Opening, and the heap once open. First the main process's side alone, in Node: its
    // handlers as the app runs them (the first read of the article is cold).
    const handlerTimes: string[] = []
    let payload: unknown[] = []
    for (const label of ['cold', 'warm']) {
      const timed = performance.now()
      const article = await dispatch(app.handlers, 'openArticle', { id: library.articleId })
      const opened = performance.now()
      const tags = await dispatch(app.handlers, 'listTags', { articleId: library.articleId })
      handlerTimes.push(
        `${label}: openArticle ${ms(opened - timed)}, listTags ${ms(performance.now() - opened)}`,
      )
      payload = [article, tags]
    }
    const payloadSize = JSON.stringify(payload).length
    // Electron's IPC carries the answers as a structured clone; the harness's bridge carries JSON
    // text over CDP. Time the clone in the page to see what the app would pay instead.
    const cloneTime = (value: unknown) =>
      page.evaluate((answer) => {
        const timed = performance.now()
        structuredClone(answer)
        return performance.now() - timed
      }, value)
    const cloned = await cloneTime(payload)
    console.log(
      `main process alone (dispatch in Node): ${handlerTimes.join('; ')}; answers ${(payloadSize / 1e6).toFixed(1)} MB of JSON, a structured clone of them in the page ${ms(cloned)}`,
    )
    // What the app asks for when it opens: one call, the tags packed against the text. Its cold
    // call first (the article already read), then warm ones; each answer's size as JSON text (what
    // the harness's CDP bridge carries) and as V8's serialisation (what Electron's IPC carries).
    const workTimes: number[] = []
    let work: unknown = null
    for (let run = 0; run <= WARM_CALLS; run += 1) {
      const timed = performance.now()
      work = await dispatch(app.handlers, 'openArticleWork', { id: library.articleId })
      workTimes.push(performance.now() - timed)
    }
    const [coldWork = NaN, ...warmWork] = workTimes
    const clones: number[] = []
    for (let run = 0; run < WARM_CALLS; run += 1) clones.push(await cloneTime(work))
    const mainWork = percentile(warmWork, 0.5)
    const clone = percentile(clones, 0.5)
    console.log(
      `main process alone, the one opening call (openArticleWork, dispatch in Node): cold ${ms(coldWork)} (its first call, the article already read), warm median ${ms(mainWork)} (n=${warmWork.length})`,
    )
    console.log(
      `opening payload (openArticleWork's answer): ${payloadBytes(work)}; a structured clone of it in the page: median ${ms(clone)} (n=${clones.length})`,
    )
    const opens: OpenTimes[] = []
    for (let run = 0; run < times.opens; run += 1) {
      opens.push(await openArticle(page, library.articleId, library.tagCount))
    }
    const editorTimes = opens.map((open) => open.editor)
    const panelTimes = opens.map((open) => open.panel)
    const rendererTimes = opens.map((open) => open.editor - open.replied)
    const rendererPanelTimes = opens.map((open) => open.panel - open.replied)
    console.log(
      `open, click in the library → every tag decoration painted: median ${ms(percentile(editorTimes, 0.5))}; → the panel's list too: median ${ms(percentile(panelTimes, 0.5))} (runs: ${panelTimes.map((time) => time.toFixed(0)).join(', ')} ms)`,
    )
    console.log(
      `open, of which waiting for the main process through the harness's CDP bridge: median ${ms(
        percentile(
          opens.map((open) => open.replied),
          0.5,
        ),
      )}; the renderer, from the last answer → every tag decoration painted: median ${ms(percentile(rendererTimes, 0.5))}, → the panel's list too: median ${ms(percentile(rendererPanelTimes, 0.5))}`,
    )
    const ratio = (app: number[], base: number[]) =>
      `${(percentile(app, 0.5) / percentile(base, 0.5)).toFixed(2)}×`
    for (const plain of plainRuns) {
      console.log(
        `open ratio, app (every tag painted, the panel too) ÷ plain ProseMirror (${plain.label}): ${ratio(panelTimes, plain.inHand)} of it with the data in hand, ${ratio(panelTimes, plain.fetched)} of it fetched through a binding`,
      )
    }
    // The opening as Electron carries it: the main process's work (timed in Node above), the
    // structured clone of its answer (timed in the page above), then the renderer's own work from
    // the parsed answer to the painted tags and panel (timed in the page through the harness).
    const opening = opens[0]?.calls ?? []
    console.log(
      `open, the calls the first opening made, as answered (ms from the click): ${opening.map(([channel, at]) => `${channel} ${at.toFixed(0)}`).join(', ')}`,
    )
    const fromParsed = opens.map((open) => open.panel - open.parsed)
    const renderer = percentile(fromParsed, 0.5)
    const modelled = mainWork + clone + renderer
    console.log(
      `open, the renderer from the opening call's parsed answer → every tag painted and the panel's list: median ${ms(renderer)} (runs: ${fromParsed.map((time) => time.toFixed(0)).join(', ')} ms); the opening call's answer arrived through the CDP bridge at median ${ms(
        percentile(
          opens.map((open) => open.answered),
          0.5,
        ),
      )}, parsed at ${ms(
        percentile(
          opens.map((open) => open.parsed),
          0.5,
        ),
      )}`,
    )
    console.log(
      `open as Electron carries it (modelled, not measured end to end): main process warm ${ms(mainWork)} + structured clone of the answer in the page ${ms(clone)} + renderer from the answer to the panel ${ms(renderer)} = ${ms(modelled)}`,
    )
    for (const plain of plainRuns) {
      console.log(
        `open ratio, app as Electron carries it (modelled) ÷ plain ProseMirror (${plain.label}) with the data in hand: ${ms(modelled)} ÷ ${ms(percentile(plain.inHand, 0.5))} = ${(modelled / percentile(plain.inHand, 0.5)).toFixed(2)}× (#19's target: ≤ 1.3×)`,
      )
    }
    await cdp.send('HeapProfiler.collectGarbage')
    const opened = await metrics(cdp)
    console.log(
      `once open: JS heap used ${((opened.JSHeapUsedSize ?? 0) / 1024 / 1024).toFixed(1)} MB after a GC, ${opened.Nodes ?? 0} DOM nodes`,
    )

    if (OPEN_ONLY) return
    // 2. Cursor moves and tag changes, keydowns dispatched in the page (the mouse stays over the
    // text where it clicked, so Chromium also updates hover after each change, as for a user).
    await page.locator('.ProseMirror').focus()
    await clickParagraph(page, start)
    for (const [key, label] of [
      ['j', 'move (j)'],
      ['c', 'tag (c)'],
    ] as const) {
      await waitForSaved(page)
      const savesBefore = saves()
      const before = await metrics(cdp)
      const profiled = PROFILE_PATH !== null && key === 'c'
      const timings = profiled
        ? await withCpuProfile(cdp, PROFILE_PATH, () => keysInPage(page, key, times.inPage))
        : await keysInPage(page, key, times.inPage)
      if (profiled) console.log(`${label}: CPU profile written to ${PROFILE_PATH} (timed under it)`)
      const after = await metrics(cdp)
      const saved = saves() - savesBefore
      const unchanged = timings.filter((timing) => !timing.changed).length
      if (key === 'c') appKeyTimings = timings
      const pick = (field: keyof Omit<KeyTiming, 'changed'>) =>
        summary(timings.map((timing) => timing[field]))
      console.log(`${label}, handler alone: ${pick('handler')}`)
      console.log(`${label}, handler + next frame until painted, no vsync wait: ${pick('busy')}`)
      console.log(
        `${label}, wall time to that paint: ${pick('frame')}${unchanged > 0 ? ` (${unchanged} showed no change!)` : ''}`,
      )
      console.log(`${label}, wall time to the panel's paint (2nd frame): ${pick('settled')}`)
      console.log(`${label}, ${perKey(before, after, times.inPage)}; saves meanwhile: ${saved}`)
    }

    const p95 = (timings: KeyTiming[], field: keyof Omit<KeyTiming, 'changed'>) =>
      percentile(
        timings.map((timing) => timing[field]),
        0.95,
      )
    for (const plain of plainRuns) {
      const keyRatio = (field: keyof Omit<KeyTiming, 'changed'>) =>
        `${(p95(appKeyTimings, field) / p95(plain.keys, field)).toFixed(2)}×`
      console.log(
        `tag key p95 ratio, app (c) ÷ plain ProseMirror decoration change (${plain.label}): handler + paint ${keyRatio('busy')}, handler alone ${keyRatio('handler')}, wall time to the paint ${keyRatio('frame')}, to the panel's paint ${keyRatio('settled')}`,
      )
    }

    if (!ALL_PARTS) return
    // 3. The same keys pressed by Playwright: trusted input, timed from Node (adds CDP round trips
    // and, at times, the bridged main process's saving, which runs in this Node process).
    await observeEvents(page)
    for (const [key, label] of [
      ['j', 'move (j)'],
      ['c', 'tag (c)'],
    ] as const) {
      await waitForSaved(page)
      await takeEvents(page, 'keydown')
      const savesBefore = saves()
      const pressed = await keysFromNode(page, key, times.playwright)
      console.log(
        `${label}, Playwright press + a frame, timed from Node: ${summary(pressed)}; saves meanwhile: ${saves() - savesBefore}`,
      )
      console.log(`${label}, ${eventSummary(await takeEvents(page, 'keydown'), times.playwright)}`)
    }

    // 4. Typing in edit mode, in the middle of the middle paragraph.
    await waitForSaved(page)
    await page.getByRole('button', { name: 'Edit text' }).click()
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor()
    await page.locator('.ProseMirror').focus()
    await caretInParagraph(page, middle)
    let savesBefore = saves()
    const typed = await typeInPage(page, middle, times.inPage)
    const lost = typed.grew !== times.inPage ? ` (paragraph grew by ${typed.grew}!)` : ''
    console.log(`type a character, in-page execCommand, handling: ${summary(typed.handler)}`)
    console.log(`type a character, handling + next frame, no vsync wait: ${summary(typed.busy)}`)
    console.log(
      `type a character, wall time to that paint: ${summary(typed.wall)}${lost}; saves meanwhile: ${saves() - savesBefore}`,
    )
    await waitForSaved(page)
    await caretInParagraph(page, middle)
    await takeEvents(page, 'keydown')
    const lengthBefore = await paragraphLength(page, middle)
    savesBefore = saves()
    const pressed: number[] = []
    for (let count = 0; count < times.playwright; count += 1) {
      const started = performance.now()
      await page.keyboard.type('b')
      await nextFrame(page)
      pressed.push(performance.now() - started)
    }
    const grew = (await paragraphLength(page, middle)) - lengthBefore
    console.log(
      `type a character, Playwright keyboard.type + a frame, timed from Node: ${summary(pressed)}${grew !== times.playwright ? ` (paragraph grew by ${grew}!)` : ''}; saves meanwhile: ${saves() - savesBefore}`,
    )
    console.log(
      `type a character, ${eventSummary(await takeEvents(page, 'keydown'), times.playwright)}`,
    )
    const saving = performance.now()
    await waitForSaved(page)
    console.log(
      `autosave of the text and ${library.tagCount} tags: saved ${ms(performance.now() - saving)} after the last key (600 ms debounce)`,
    )
  } finally {
    await app?.close()
    await removeDataDir(library.dataDir)
  }
}
