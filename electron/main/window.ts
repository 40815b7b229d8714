import { BrowserWindow, nativeTheme } from 'electron'
import type { Rectangle, Size, WebContents, WebPreferences } from 'electron'
import { hardenWebContents } from './guards'
import { APP_ENTRY_URL } from './protocol'
import type { WindowState } from '../core/store/settings-store'
import { captureWindowState, type StatefulWindow } from '../core/window-state'

/** Smallest window the editor and its side panels are laid out for. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const

/** Size of a fresh window when no saved bounds are given. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 840 } as const

/**
 * The page background of each theme (`--bg` in `renderer/styles.css`), painted before the
 * renderer's first frame so that the window never flashes another colour.
 */
export const WINDOW_BACKGROUND_COLORS = { light: '#f7f6f3', dark: '#18191b' } as const

/** The background to paint first: the dark theme's when the system uses dark colours. */
export function windowBackgroundColor(dark: boolean = nativeTheme.shouldUseDarkColors): string {
  return dark ? WINDOW_BACKGROUND_COLORS.dark : WINDOW_BACKGROUND_COLORS.light
}

/** Options of `createMainWindow`. */
export interface MainWindowOptions {
  /** Absolute path of the bundled (CommonJS) preload script. */
  preloadPath: string
  /** Saved bounds to restore; position is optional, the platform places the window otherwise. */
  bounds?: { x?: number; y?: number; width: number; height: number }
  /** Window title; defaults to `Factmark`. */
  title?: string
  /** Maximize the window before it first shows (it was maximized when last closed). */
  maximized?: boolean
}

/** The windows this module created, with the webContents each was created with. */
const ownWindows = new Map<BrowserWindow, WebContents>()

/**
 * The webPreferences of every app window (Electron checklist items 2–4, 6, 8–12): isolated,
 * sandboxed, no Node anywhere, web security on, no insecure content, no experimental features, no
 * `<webview>`, middle-click (`Auxclick`) disabled, spellcheck on for editors.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
    disableBlinkFeatures: 'Auxclick',
  }
}

/**
 * Creates the main window: hidden until its first paint (`ready-to-show`), at least 900×600,
 * with `secureWebPreferences`, its webContents hardened, loading `app://factmark/index.html`.
 * The window is remembered for `isOwnWindowContents` until it is closed.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  // The preferences are spelled out here, not taken from `secureWebPreferences()`, because
  // Electronegativity (scripts/electronegativity.mjs) checks only a literal written inside
  // `new BrowserWindow(…)`; window.test.ts asserts the two are equal.
  const window = new BrowserWindow({
    ...windowBounds(options.bounds),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title ?? 'Factmark',
    show: false,
    backgroundColor: windowBackgroundColor(),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  const contents = window.webContents
  ownWindows.set(window, contents)
  window.once('closed', () => {
    ownWindows.delete(window)
  })
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize()
    window.show()
  })
  hardenWebContents(contents)
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`window: could not load ${APP_ENTRY_URL}`, error)
  })
  return window
}

/** Size and, when both coordinates are known, position; Electron needs x and y together. */
function windowBounds(bounds: MainWindowOptions['bounds']): Rectangle | Size {
  if (bounds === undefined) return { ...DEFAULT_WINDOW_SIZE }
  const size = { width: bounds.width, height: bounds.height }
  if (typeof bounds.x === 'number' && typeof bounds.y === 'number') {
    return { x: bounds.x, y: bounds.y, ...size }
  }
  return size
}

/**
 * True when `contents` is the webContents of a window that `createMainWindow` created and that is
 * still open (the IPC sender check).
 */
export function isOwnWindowContents(contents: WebContents): boolean {
  for (const own of ownWindows.values()) {
    if (own.isDestroyed()) continue
    if (own === contents || own.id === contents.id) return true
  }
  return false
}

/** How long after the last resize or move the window's place is saved. */
export const WINDOW_STATE_SAVE_DELAY_MS = 1000

/** The part of a BrowserWindow that {@link trackWindowState} needs. */
export interface TrackedWindow extends StatefulWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown
}

/**
 * Saves the window's place through `save`: once the window has stopped moving or resizing for
 * {@link WINDOW_STATE_SAVE_DELAY_MS}, and at once when it closes. Returns a function that stops
 * tracking (cancelling a pending save).
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  const cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  const later = () => {
    if (stopped) return
    cancel()
    timer = setTimeout(() => {
      timer = null
      save(captureWindowState(window))
    }, WINDOW_STATE_SAVE_DELAY_MS)
  }
  window.on('resize', later)
  window.on('move', later)
  window.on('close', () => {
    if (stopped) return
    cancel()
    save(captureWindowState(window))
  })
  return () => {
    stopped = true
    cancel()
  }
}
