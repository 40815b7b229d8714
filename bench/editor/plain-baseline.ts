import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ROOT } from '../../test/e2e/harness'
import type { PlainDecoration } from './bench-library'
import { keysInPage, type KeyTiming } from './key-timing'

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

/** Opens the plain editor with the input already in the page: ms to every decoration painted. */
export async function plainOpenInHand(page: Page, input: PlainInput): Promise<number> {
  await page.evaluate((value) => Object.assign(window, { plainInput: value }), input)
  return page.evaluate(() => {
    const { plainInput, plainEditor } = window as unknown as {
      plainInput: PlainInput
      plainEditor: { open: (doc: unknown, decorations: PlainDecoration[]) => Promise<number> }
    }
    return plainEditor.open(plainInput.doc, plainInput.decorations)
  })
}

/** Opens the plain editor with the input fetched as JSON through the page's binding. */
export function plainOpenFetched(page: Page): Promise<number> {
  return page.evaluate(() =>
    (
      window as unknown as { plainEditor: { openFetched: () => Promise<number> } }
    ).plainEditor.openFetched(),
  )
}

/** Times `count` presses of `c`, each changing the kind of the tag `aimed` at (two decorations). */
export async function plainKeys(
  page: Page,
  aimed: PlainDecoration,
  count: number,
): Promise<KeyTiming[]> {
  await page.evaluate(
    (decoration) =>
      (window as unknown as { plainEditor: { aim: (d: PlainDecoration) => void } }).plainEditor.aim(
        decoration,
      ),
    aimed,
  )
  return keysInPage(page, 'c', count)
}
