// Editor speed on long articles (100, 1,000 and 10,000 paragraphs, one tag on each paragraph's
// first sentence) in Debian's Chromium over the built renderer and a real store (the e2e harness).
// Timed in the page with performance.now() and requestAnimationFrame: opening from the library
// until every tag decoration, then the panel's (windowed) list, is painted; a cursor move (j), a tag change
// (c) and a typed character (edit mode): the handler, the handler plus the next frame until painted
// (no vsync wait), the wall time to that paint and to the panel's repaint. Cross-checked with
// Playwright key presses timed from Node and Chromium's Event Timing; also the JS heap once open.
// Opening is also split: the main process's handlers timed alone in Node, the wait for their
// answers through the harness's CDP bridge (JSON text, a little dearer than Electron's structured
// clone), and the renderer's own work from the last answer to the painted tags and panel.
// Target: p95 under 16 ms per key and opening under 1 s at 10,000. Reports, never fails on a figure.
import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { dispatch } from '../electron/core/dispatch'
import { LibraryStore } from '../electron/core/store/library-store'
import { describe } from '../shared/anchoring/describe'
import { articleSchema } from '../shared/editor/schema'
import { parsePlainText } from '../shared/import/plain-text'
import { TAG_KINDS, type Annotation, type EditorRef } from '../shared/model/annotation'
import { articleText, textBlocks } from '../shared/text/article-text'
import { splitSentences } from '../shared/text/sentences'
import { launchBrowser, removeDataDir, ROOT, startApp } from '../test/e2e/harness'

/** The sizes to run, in paragraphs (and tags); BENCH_EDITOR_SIZES=100,1000 picks others. */
const SIZES = (process.env.BENCH_EDITOR_SIZES ?? '100,1000,10000').split(',').map(Number)
const EDITOR: EditorRef = { id: 'bench-editor', name: 'Bench Editor' }

/** How many times each thing is measured at a size. */
interface Repetitions {
  opens: number
  /** Keydowns per key dispatched in the page, and characters typed in the page. */
  inPage: number
  /** Keys pressed, and characters typed, by Playwright (each costs CDP round trips). */
  playwright: number
}

function repetitions(size: number): Repetitions {
  // Keys in the page stay at 100 (a p95 of 30 is the second slowest); opens and Playwright's keys
  // are fewer, their cost being the harness's, not the editor's.
  if (size >= 10_000) return { opens: 3, inPage: 100, playwright: 10 }
  if (size >= 1000) return { opens: 5, inPage: 100, playwright: 30 }
  return { opens: 5, inPage: 100, playwright: 50 }
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? NaN
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a'
}

function summary(values: number[]): string {
  const max = values.length > 0 ? Math.max(...values) : NaN
  return `p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(max)} (n=${values.length})`
}

/** The paragraphs of the seed articles, as the importer reads them. */
async function seedParagraphs(): Promise<string[]> {
  const folder = join(ROOT, 'seeds')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort()
  const paragraphs: string[] = []
  for (const name of names) {
    const draft = parsePlainText(await readFile(join(folder, name), 'utf8'))
    for (const block of draft.body.content ?? []) {
      const text = block.content?.[0]?.text
      if (block.type === 'paragraph' && text && splitSentences(text).length > 0) {
        paragraphs.push(text)
      }
    }
  }
  if (paragraphs.length === 0) throw new Error('bench: no paragraphs in seeds/')
  return paragraphs
}

/**
 * An article of `size` paragraphs: the seed paragraphs over and over, each numbered at its start
 * so that every paragraph, and every first sentence (the tagged one), occurs once.
 */
function articleSource(seeds: string[], size: number): string {
  const lines = [`Editor benchmark with ${size} paragraphs`]
  for (let index = 0; index < size; index += 1) {
    lines.push(`[${index + 1}] ${seeds[index % seeds.length]}`)
  }
  return lines.join('\n\n')
}

/** One tag per paragraph on its first sentence, kinds cycling quote, claim, disputed, context. */
function benchTags(doc: Node, articleId: string): Annotation[] {
  const text = articleText(doc)
  const now = new Date().toISOString()
  const tags: Annotation[] = []
  textBlocks(doc).forEach((block, index) => {
    if (doc.child(index).type.name !== 'paragraph') return
    const first = splitSentences(block.text)[0]
    if (!first) return
    tags.push({
      id: randomUUID(),
      articleId,
      author: EDITOR,
      kind: TAG_KINDS[tags.length % TAG_KINDS.length] ?? 'claim',
      target: describe(text, block.start + first.start, block.start + first.end),
      note: '',
      created: now,
      modified: now,
    })
  })
  return tags
}

/** A fresh library folder holding the article and the bench editor's tags on it. */
async function prepareLibrary(seeds: string[], size: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'factmark-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    const draft = parsePlainText(articleSource(seeds, size))
    const meta = await store.add(draft, 'bench.txt')
    const tags = benchTags(Node.fromJSON(articleSchema, draft.body), meta.id)
    await store.saveWork(meta.id, { tags }, EDITOR)
    await store.close()
    return { dataDir, articleId: meta.id, tagCount: tags.length }
  } catch (error) {
    await removeDataDir(dataDir)
    throw error
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]))
}

/** Main-thread time per keystroke by kind, from CDP metric deltas (measuring included). */
function perKey(before: Record<string, number>, after: Record<string, number>, keys: number) {
  const each = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / keys
  return `main thread per key (CDP metrics): script ${ms(each('ScriptDuration'))}, style ${ms(each('RecalcStyleDuration'))}, layout ${ms(each('LayoutDuration'))}, all tasks ${ms(each('TaskDuration'))}`
}

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 120_000 })
}

/** Waits for one painted frame: a rAF, then a task after that frame's rendering. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
}

interface OpenTimes {
  editor: number
  panel: number
  /** When the last answer from the main process (through the harness's bridge) arrived. */
  replied: number
}

/**
 * Opens the article from the library (a click on its link, in the page) and times, in the page,
 * until a frame has been painted with every tag decoration in the editor, then with the panel's
 * list holding every tag; and when the main process's last answer arrived, by wrapping the
 * harness's bridge for the while.
 */
async function openArticle(page: Page, articleId: string, tags: number): Promise<OpenTimes> {
  await page.locator('.brand').click()
  await page.locator(`tr[data-article-id="${articleId}"] .article-link`).waitFor()
  await nextFrame(page)
  return page.evaluate(
    ({ id, count }) =>
      new Promise<OpenTimes>((resolve) => {
        const link = document.querySelector<HTMLElement>(
          `tr[data-article-id="${id}"] .article-link`,
        )
        const started = performance.now()
        const bridge = window as unknown as {
          __factmarkInvoke: (...args: unknown[]) => Promise<unknown>
        }
        const invoke = bridge.__factmarkInvoke
        let replied = 0
        bridge.__factmarkInvoke = async (...args: unknown[]) => {
          const answer = await invoke(...args)
          replied = performance.now() - started
          return answer
        }
        let editor = 0
        let decorated = false
        const check = () => {
          const text = document.querySelector('.ProseMirror')
          if (
            !decorated &&
            text &&
            text.querySelectorAll('.tag').length >= count &&
            text.querySelectorAll('.tag-label').length >= count
          ) {
            decorated = true
            setTimeout(() => (editor = performance.now() - started), 0)
          }
          // The list is windowed: it holds every tag when its count says so and it has rows.
          const list = document.querySelector('.tag-list[data-count]')
          if (
            decorated &&
            Number(list?.getAttribute('data-count')) >= count &&
            list?.querySelector('.tag-item')
          ) {
            bridge.__factmarkInvoke = invoke
            setTimeout(() => resolve({ editor, panel: performance.now() - started, replied }), 0)
            return
          }
          requestAnimationFrame(check)
        }
        link?.click()
        requestAnimationFrame(check)
      }),
    { id: articleId, count: tags },
  )
}

interface KeyTiming {
  /** The keydown's handlers: ProseMirror's command, state update and view update. */
  handler: number
  /** The handler plus the next frame's work until it is painted, without the wait for vsync. */
  busy: number
  /** Wall time until the next frame has been painted (the keydown came just after a frame). */
  frame: number
  /** Wall time until the frame after that (React re-renders the panel from a rAF). */
  settled: number
  changed: boolean
}

/** Dispatches `count` keydowns of `key` to the focused editor, each timed to painted frames. */
function keysInPage(page: Page, key: string, count: number): Promise<KeyTiming[]> {
  return page.evaluate(
    async ({ key, count }) => {
      /** Resolves after the next frame's rendering with that frame's start time. */
      const frame = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame((start) => setTimeout(() => resolve(start), 0)),
        )
      // What the key changes: the sentence the cursor (a CSS highlight) covers, and the tags.
      const look = () => {
        const cursor = [...(CSS.highlights.get('sentence-current') ?? [])][0]
        const tags = document.querySelectorAll('.ProseMirror .tag')
        const kinds = [...document.querySelectorAll('.ProseMirror .tag-label')].map(
          (label) => label.textContent,
        )
        return `${cursor?.toString().slice(0, 80)}|${tags.length}|${kinds.join('')}`
      }
      const target = document.activeElement
      if (!target?.classList.contains('ProseMirror')) throw new Error('the editor is not focused')
      const timings: KeyTiming[] = []
      for (let index = 0; index < count; index += 1) {
        await frame()
        const before = look()
        // Asked for before the keydown, so that its task after the frame runs before React's.
        const next = frame()
        const started = performance.now()
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
        const handled = performance.now()
        const frameStart = await next
        const painted = performance.now()
        const changed = look() !== before
        await frame()
        timings.push({
          handler: handled - started,
          busy: handled - started + painted - Math.max(frameStart, handled),
          frame: painted - started,
          settled: performance.now() - started,
          changed,
        })
      }
      return timings
    },
    { key, count },
  )
}

/** Starts collecting Chromium's Event Timing entries (input to next paint) of 16 ms or more. */
async function observeEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: { name: string; duration: number }[] = []
    Object.assign(window, { benchEvents: found })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        found.push({ name: entry.name, duration: entry.duration })
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
}

/** The Event Timing durations of `name` events collected since the last call. */
async function takeEvents(page: Page, name: string): Promise<number[]> {
  return page.evaluate(async (wanted) => {
    // Entries are reported after the paint that ends them; give the last ones time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const found = (window as unknown as { benchEvents: { name: string; duration: number }[] })
      .benchEvents
    const durations = found.filter((entry) => entry.name === wanted).map((entry) => entry.duration)
    found.length = 0
    return durations
  }, name)
}

function eventSummary(durations: number[], keys: number): string {
  const p95 =
    durations.length >= keys * 0.05
      ? `p95 ${ms(percentile([...durations, ...Array<number>(Math.max(0, keys - durations.length)).fill(0)], 0.95))}`
      : 'p95 under 16 ms'
  const max = durations.length > 0 ? `, max ${ms(Math.max(...durations))}` : ''
  return `Chromium Event Timing (keydown → next paint, 8 ms steps): ${durations.length} of ${keys} took 16 ms or more; ${p95}${max}`
}

/** Presses `key` with Playwright `count` times, each timed from Node until a frame is painted. */
async function keysFromNode(page: Page, key: string, count: number): Promise<number[]> {
  const times: number[] = []
  for (let index = 0; index < count; index += 1) {
    const started = performance.now()
    await page.keyboard.press(key)
    await nextFrame(page)
    times.push(performance.now() - started)
  }
  return times
}

/** Puts the sentence cursor on the first sentence of paragraph `index` with a real click. */
async function clickParagraph(page: Page, index: number): Promise<void> {
  const paragraph = page.locator('.ProseMirror p').nth(index)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.click({ position: { x: 30, y: 10 } })
  await nextFrame(page)
}

/** Puts the text caret in the middle of paragraph `index` (edit mode). */
async function caretInParagraph(page: Page, index: number): Promise<void> {
  await page.evaluate((at) => {
    const paragraph = document.querySelectorAll('.ProseMirror p')[at]
    if (!paragraph) throw new Error(`no paragraph ${at}`)
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
    let remaining = Math.floor((paragraph.textContent?.length ?? 0) / 2)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0
      if (remaining <= length && !node.parentElement?.closest('.tag-label')) {
        getSelection()?.collapse(node, remaining)
        return
      }
      remaining -= length
    }
    throw new Error('no text to put the caret in')
  }, index)
  await nextFrame(page)
}

/** Types `count` characters in the page with execCommand, each timed like a keydown. */
function typeInPage(page: Page, index: number, count: number) {
  return page.evaluate(
    async ({ at, count }) => {
      const frame = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame((start) => setTimeout(() => resolve(start), 0)),
        )
      const paragraph = () => document.querySelectorAll('.ProseMirror p')[at]
      const lengthBefore = paragraph()?.textContent?.length ?? 0
      const handler: number[] = []
      const busy: number[] = []
      const wall: number[] = []
      for (let typed = 0; typed < count; typed += 1) {
        await frame()
        const next = frame()
        const started = performance.now()
        document.execCommand('insertText', false, 'a')
        // ProseMirror reads the change from a MutationObserver, in a microtask.
        await Promise.resolve()
        const handled = performance.now()
        const frameStart = await next
        const painted = performance.now()
        handler.push(handled - started)
        busy.push(handled - started + painted - Math.max(frameStart, handled))
        wall.push(painted - started)
      }
      return { handler, busy, wall, grew: (paragraph()?.textContent?.length ?? 0) - lengthBefore }
    },
    { at: index, count },
  )
}

async function paragraphLength(page: Page, index: number): Promise<number> {
  return page.evaluate(
    (at) => document.querySelectorAll('.ProseMirror p')[at]?.textContent?.length ?? 0,
    index,
  )
}

async function benchSize(browser: Browser, seeds: string[], size: number): Promise<void> {
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
    app = await startApp(browser, {
      dataDir: library.dataDir,
      seed: false,
      editorName: EDITOR.name,
    })
    const { page } = app
    const calls = app.calls
    /** How many saves the page has asked the main process for so far. */
    const saves = () => calls.filter((call) => call.channel === 'factmark:saveWork').length
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    const middle = Math.floor(size / 2)
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
    const cloned = await page.evaluate((value) => {
      const timed = performance.now()
      structuredClone(value)
      return performance.now() - timed
    }, payload)
    console.log(
      `main process alone (dispatch in Node): ${handlerTimes.join('; ')}; answers ${(payloadSize / 1e6).toFixed(1)} MB of JSON, a structured clone of them in the page ${ms(cloned)}`,
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
    await cdp.send('HeapProfiler.collectGarbage')
    const opened = await metrics(cdp)
    console.log(
      `once open: JS heap used ${((opened.JSHeapUsedSize ?? 0) / 1024 / 1024).toFixed(1)} MB after a GC, ${opened.Nodes ?? 0} DOM nodes`,
    )

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
      const timings = await keysInPage(page, key, times.inPage)
      const after = await metrics(cdp)
      const saved = saves() - savesBefore
      const unchanged = timings.filter((timing) => !timing.changed).length
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

const started = performance.now()
const seeds = await seedParagraphs()
const browser = await launchBrowser()
try {
  for (const size of SIZES) await benchSize(browser, seeds, size)
} finally {
  await browser.close()
}
console.log(`\neditor bench: ${((performance.now() - started) / 1000).toFixed(0)} s in all`)
