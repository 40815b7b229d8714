import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ROOT } from '../../test/e2e/harness'
import type { PlainDecoration } from './bench-library'
import { keysInPage, type KeyTiming } from './key-timing'
import { ms, percentile, summary } from './timing-summary'

/** The document and decorations the plain baseline draws. */
export interface PlainInput {
  doc: unknown
  decorations: PlainDecoration[]
}

/** The page script of `plain-editor-page.ts`, bundled once. */
let script: Promise<string> | null = null

function pageScript(): Promise<string> {
  script ??= build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/editor/plain-editor-page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]?.text ?? '')
  return script
}

/**
 * ProseMirror's own stylesheet and a plain underline and letter for the tags: a plain editor, not
 * the app's layout (whose sections the browser lays out only when on screen).
 */
async function plainStyles(): Promise<string> {
  const own = await readFile(
    join(ROOT, 'node_modules', 'prosemirror-view', 'style', 'prosemirror.css'),
    'utf8',
  )
  return `${own}
body { margin: 0; font: 16px/1.5 sans-serif; }
.ProseMirror { max-width: 46em; padding: 1em 2em; }
.tag { text-decoration: underline 2px; text-underline-offset: 3px; }
.tag-quote { text-decoration-color: #1f6feb; }
.tag-claim { text-decoration-color: #b35900; }
.tag-disputed { text-decoration-color: #c62828; text-decoration-style: wavy; }
.tag-context { text-decoration-color: #2e7d32; text-decoration-style: dotted; }
.sectioned .ProseMirror > .article-section { content-visibility: auto; }
.tag-label { font-size: 0.7em; font-weight: 700; margin-inline-end: 0.2em; vertical-align: super; }
`
}

/** A blank page of `browser` with the plain editor loaded, and `input` behind a binding. */
export async function plainPage(browser: Browser, input: PlainInput): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const text = JSON.stringify(input)
  // The same transport as the app's bridge in the harness: one JSON text through a binding.
  await page.exposeBinding('__plainData', () => text)
  await page.setContent('<!doctype html><html><head></head><body></body></html>')
  await page.addStyleTag({ content: await plainStyles() })
  await page.addScriptTag({ content: await pageScript() })
  return page
}

/**
 * Opens the plain editor with the input already in the page: ms to every decoration painted.
 * With `sectioned`, in the app's sections (see `plain-editor-page.ts`).
 */
export async function plainOpenInHand(
  page: Page,
  input: PlainInput,
  sectioned = false,
): Promise<number> {
  await page.evaluate((value) => Object.assign(window, { plainInput: value }), input)
  return page.evaluate((inSections) => {
    const { plainInput, plainEditor } = window as unknown as {
      plainInput: PlainInput
      plainEditor: {
        open: (doc: unknown, decorations: PlainDecoration[], sectioned: boolean) => Promise<number>
      }
    }
    return plainEditor.open(plainInput.doc, plainInput.decorations, inSections)
  }, sectioned)
}

/** Opens the plain editor with the input fetched as JSON through the page's binding. */
export function plainOpenFetched(page: Page, sectioned = false): Promise<number> {
  return page.evaluate(
    (inSections) =>
      (
        window as unknown as {
          plainEditor: { openFetched: (sectioned: boolean) => Promise<number> }
        }
      ).plainEditor.openFetched(inSections),
    sectioned,
  )
}

/**
 * Times `count` presses of `c`, each changing the kind of the tag `aimed` at (two decorations).
 * As in the app's run, the tag is on screen (a change the browser must lay out and paint, not one
 * in a section it skips) and the mouse rests on its paragraph, where the app's bench clicked it.
 */
export async function plainKeys(
  page: Page,
  aimed: PlainDecoration,
  count: number,
): Promise<KeyTiming[]> {
  const point = await page.evaluate(
    (decoration) =>
      (
        window as unknown as {
          plainEditor: { aim: (d: PlainDecoration) => { x: number; y: number } }
        }
      ).plainEditor.aim(decoration),
    aimed,
  )
  await page.mouse.move(point.x, point.y)
  return keysInPage(page, 'c', count)
}

/** A plain baseline's figures at one size. */
export interface PlainRun {
  /** `flat` (the document as stored) or `sections` (grouped as the app's editor groups it). */
  label: string
  inHand: number[]
  fetched: number[]
  keys: KeyTiming[]
}

/**
 * Runs the plain baseline on `input` in a page of its own: `opens` opens with the data in hand
 * and as many fetched, then `keys` presses of `c` on the tag `aimed` at; prints and returns them.
 */
export async function runPlain(
  browser: Browser,
  input: PlainInput,
  options: { sectioned: boolean; opens: number; keys: number; aimed: PlainDecoration },
): Promise<PlainRun> {
  const label = options.sectioned ? 'sections' : 'flat'
  const page = await plainPage(browser, input)
  const run: PlainRun = { label, inHand: [], fetched: [], keys: [] }
  try {
    for (let count = 0; count < options.opens; count += 1) {
      run.inHand.push(await plainOpenInHand(page, input, options.sectioned))
      run.fetched.push(await plainOpenFetched(page, options.sectioned))
    }
    run.keys = await plainKeys(page, options.aimed, options.keys)
  } finally {
    await page.close()
  }
  const pick = (field: keyof Omit<KeyTiming, 'changed'>) => run.keys.map((timing) => timing[field])
  const what = options.sectioned
    ? "plain ProseMirror in the app's sections (content-visibility)"
    : 'plain ProseMirror, flat document'
  console.log(
    `${what}, ${input.decorations.length} tags (${input.decorations.length * 2} decorations): open with them in hand → painted: median ${ms(percentile(run.inHand, 0.5))}; fetched as one JSON text through a binding → painted: median ${ms(percentile(run.fetched, 0.5))}`,
  )
  const unchanged = run.keys.filter((timing) => !timing.changed).length
  console.log(
    `${what}, decoration change (c), handler alone: ${summary(pick('handler'))}; handler + next frame until painted: ${summary(pick('busy'))}; wall time to that paint: ${summary(pick('frame'))}${unchanged > 0 ? ` (${unchanged} showed no change!)` : ''}`,
  )
  return run
}
