import { chromium, type Browser, type Page } from 'playwright-core'
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../../electron/core/dispatch'
import { createHandlers, type Dialogs } from '../../electron/core/handlers'
import { DroppedPaths } from '../../electron/core/import/dropped-paths'
import { seedLibrary } from '../../electron/core/seed'
import { LibraryStore } from '../../electron/core/store/library-store'
import { SettingsStore } from '../../electron/core/store/settings-store'
import { TeamSync, type TeamSyncOptions } from '../../electron/core/sync/team-sync'
import {
  ipcChannelName,
  type EventChannel,
  type Events,
  type Handlers,
} from '../../shared/ipc/contract'
import { DROP_SEEN_CHANNEL } from '../../shared/ipc/drop-channel'
import { fail } from '../../shared/ipc/result'
import { playwrightHtmlRenderer } from './playwright-html-renderer'

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The built renderer; FACTMARK_RENDERER_DIR points the tests at another build of it. */
const RENDERER_DIR = resolve(process.env.FACTMARK_RENDERER_DIR ?? join(ROOT, 'out', 'renderer'))
const PRELOAD_FILE = join(ROOT, 'out', 'preload', 'index.cjs')
/** Where screenshots go. */
export const RESULTS_DIR = join(ROOT, 'test-results')
/** The origin the built renderer is served from in tests (intercepted, never on the network). */
export const APP_ORIGIN = 'http://factmark.test'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
}

/** Fails clearly when the build or the browser is missing. */
export function checkPrerequisites(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(PRELOAD_FILE)) {
    throw new Error('e2e: the app is not built; run `npm run build` first')
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM}; run \`apt-get install -y chromium\``)
  }
}

/** Launches Debian's Chromium headless with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  checkPrerequisites()
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** The init script that runs the real preload bundle with Electron's modules played by the page. */
function preloadShim(preloadSource: string, dropDir: string | null): string {
  return `(() => {
  if (window.top !== window) return
  const listeners = new Map()
  const dropDir = ${JSON.stringify(dropDir)}
  const electron = {
    webUtils: {
      // Electron gives the dropped file's path on disk; here, a file of that name in dropDir.
      getPathForFile: (file) => (dropDir ? dropDir + '/' + file.name : ''),
    },
    contextBridge: {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value, writable: false, configurable: false, enumerable: true })
      },
    },
    ipcRenderer: {
      // The bridge carries JSON text both ways: CDP serialises a string in one piece, where an
      // object tree costs it far more than Electron's structured clone would.
      invoke: (channel, payload) =>
        window
          .__factmarkInvoke(channel, payload === undefined ? null : JSON.stringify(payload))
          .then((text) => JSON.parse(text)),
      // One-way messages (the drop's paths, recorded by main before importDropped).
      send: (channel, payload) => {
        void window.__factmarkSend(channel, JSON.stringify(payload ?? null))
      },
      on(channel, handler) {
        if (!listeners.has(channel)) listeners.set(channel, new Set())
        listeners.get(channel).add(handler)
      },
      removeListener(channel, handler) {
        listeners.get(channel)?.delete(handler)
      },
    },
  }
  Object.defineProperty(window, '__factmarkEmit', {
    value: (channel, payload) => {
      for (const handler of listeners.get(channel) ?? []) handler({}, payload)
    },
  })
  const require = (name) => {
    if (name === 'electron') return electron
    throw new Error('The preload may not require ' + name)
  }
  const module = { exports: {} }
  ;(function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports)
})()`
}

/** Options of {@link startApp}. */
export interface StartOptions {
  /** Put the sample articles in the library first (the app's first run). Default true. */
  seed?: boolean
  /** An existing library folder to reopen; a new temp folder otherwise. */
  dataDir?: string
  /** The acting editor's name on a new library. Default "Test Editor". */
  editorName?: string
  /** Files the fake native "open" dialog returns, in order of calls. */
  importChoices?: string[][]
  /** What the fake native save dialogs return (a file or a folder; null cancels), in order. */
  exportChoices?: (string | null)[]
  /** The folder dropped files are taken from (the fake `webUtils.getPathForFile`). */
  dropDir?: string
  /** Leave the editor's name unconfirmed, so the first-run welcome shows. Default false. */
  firstRun?: boolean
  /** What the fake package and team-folder dialogs return (a path; null cancels), in order. */
  exchangeChoices?: (string | null)[]
  /** The team folder to exchange work through from the start. */
  teamFolder?: string
  /** Timings of the team-folder exchange (tests shorten them). */
  syncTiming?: TeamSyncOptions['timing']
}

/** A running app in Chromium over a real store on disk. */
export interface AppUnderTest {
  page: Page
  store: LibraryStore
  dataDir: string
  settings: SettingsStore
  handlers: Handlers
  /** Every call the page made through the bridge. */
  calls: { channel: string; payload: unknown }[]
  /** The files the app asked the system's file manager to show. */
  revealed: string[]
  /** Pushes a main → renderer event, as the menu does. */
  emit<E extends EventChannel>(event: E, payload: Events[E]): Promise<void>
  /** Saves a PNG of the window under test-results/. */
  screenshot(name: string): Promise<string>
  /** Closes the page and the store (the library folder stays, for reopening). */
  close(): Promise<void>
}

/**
 * Opens the built renderer in a new page with `window.api` provided by the real preload bundle,
 * bridged through `page.exposeBinding` onto the real main-process handlers and a real store in a
 * temp folder. The sender check mirrors the app's: only our origin's top frame may call.
 */
export async function startApp(
  browser: Browser,
  options: StartOptions = {},
): Promise<AppUnderTest> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'factmark-e2e-')))
  const store = await LibraryStore.open(dataDir)
  if (options.seed ?? true) await seedLibrary(store, join(ROOT, 'seeds'))
  const choices = [...(options.importChoices ?? [])]
  const exportChoices = [...(options.exportChoices ?? [])]
  const revealed: string[] = []
  const dialogs: Dialogs = {
    chooseImportFiles: async () => choices.shift() ?? [],
    chooseExportFile: async () => exportChoices.shift() ?? null,
    chooseExportFolder: async () => exportChoices.shift() ?? null,
    showInFolder: (path) => {
      revealed.push(path)
    },
  }
  const settings = await SettingsStore.open(dataDir, options.editorName ?? 'Test Editor')
  // Most tests are past the first-run welcome: the name is confirmed as it is.
  if (!options.firstRun && !settings.confirmed) await settings.actAs(settings.editor.name)
  let emitToPage: AppUnderTest['emit'] = async () => undefined
  const exchangeChoices = [...(options.exchangeChoices ?? [])]
  const nextChoice = async () => exchangeChoices.shift() ?? null
  // The exchange may report after the page has closed (stopping says "off"): that is dropped.
  const teamSync = new TeamSync({
    store,
    editor: () => settings.editor,
    timing: options.syncTiming,
    status: (status) => void emitToPage('syncStatus', status).catch(() => undefined),
    changed: (articleIds) => void emitToPage('tagsChanged', { articleIds }).catch(() => undefined),
    notice: (notice) => void emitToPage('notice', notice).catch(() => undefined),
  })
  if (options.teamFolder) await settings.setTeamFolder(options.teamFolder)
  // What main records of real drops: importDropped imports only these paths.
  const droppedPaths = new DroppedPaths()
  const handlers = createHandlers({
    droppedPaths,
    exchangeDialogs: {
      choosePackageSaveFile: nextChoice,
      choosePackageFile: nextChoice,
      chooseTeamFolder: nextChoice,
    },
    teamSync,
    emit: (event, payload) => void emitToPage(event, payload),
    store,
    settings,
    dialogs,
    htmlRenderer: playwrightHtmlRenderer(browser),
    appInfo: { name: 'Factmark', version: 'test', dataDir, platform: process.platform },
  })
  const calls: AppUnderTest['calls'] = []

  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url())
    const relative =
      normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html'
    const file = resolve(RENDERER_DIR, relative)
    if (!file.startsWith(RENDERER_DIR + sep) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'not found' })
      return
    }
    await route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      body: await readFile(file),
    })
  })
  // Anything else (remote images, other origins) never leaves the machine.
  await page.route(/^(?!http:\/\/factmark\.test\/)/, (route) => route.abort('blockedbyclient'))

  await page.exposeBinding(
    '__factmarkInvoke',
    async (source, channel: unknown, payloadText: unknown): Promise<string> => {
      const payload: unknown = typeof payloadText === 'string' ? JSON.parse(payloadText) : undefined
      calls.push({ channel: String(channel), payload })
      const trusted =
        source.frame === source.page.mainFrame() &&
        new URL(source.frame.url()).origin === APP_ORIGIN
      if (!trusted) {
        return JSON.stringify(fail('forbidden', 'This page is not allowed to call Factmark.'))
      }
      const name = typeof channel === 'string' ? channel.replace(/^factmark:/, '') : channel
      if (typeof channel !== 'string' || ipcChannelName(name as EventChannel) !== channel) {
        return JSON.stringify(fail('invalid-argument', 'Unknown request.'))
      }
      return JSON.stringify(await dispatch(handlers, name, payload))
    },
  )
  await page.exposeBinding('__factmarkSend', (source, channel: unknown, text: unknown) => {
    const trusted =
      source.frame === source.page.mainFrame() && new URL(source.frame.url()).origin === APP_ORIGIN
    if (!trusted || channel !== DROP_SEEN_CHANNEL || typeof text !== 'string') return
    const paths: unknown = JSON.parse(text)
    if (Array.isArray(paths)) droppedPaths.record(paths.filter((p) => typeof p === 'string'))
  })
  await page.addInitScript(
    preloadShim(await readFile(PRELOAD_FILE, 'utf8'), options.dropDir ?? null),
  )
  await page.goto(`${APP_ORIGIN}/index.html`)

  const emit: AppUnderTest['emit'] = async (event, payload) => {
    await page.evaluate(
      ([channel, data]) =>
        (window as unknown as { __factmarkEmit(c: string, p: unknown): void }).__factmarkEmit(
          channel,
          data,
        ),
      [ipcChannelName(event), payload] as const,
    )
  }
  emitToPage = emit
  await teamSync.start(settings.teamFolder)
  return {
    page,
    store,
    dataDir,
    settings,
    handlers,
    calls,
    revealed,
    emit,
    screenshot: async (name) => {
      await mkdir(RESULTS_DIR, { recursive: true })
      const path = join(RESULTS_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage: false })
      return path
    },
    close: async () => {
      await teamSync.stop()
      await context.close()
      // Releases the library's lock, so that a test can start the app again on the same folder.
      await store.close()
    },
  }
}

/** Removes a library folder made by {@link startApp}. */
export function removeDataDir(dataDir: string): Promise<void> {
  return rm(dataDir, { recursive: true, force: true })
}

/**
 * Waits until the article's text holds the focus, as the app puts it there (after opening an
 * article, closing a dialog, using a control): keys a test presses next go to the text, and a
 * test never focuses it by hand, which would hide a focus bug.
 */
export async function waitForTextFocus(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'))
}
