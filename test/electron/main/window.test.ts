import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { readFile } from 'node:fs/promises'
import {
  createMainWindow,
  isOwnWindowContents,
  MIN_WINDOW_SIZE,
  secureWebPreferences,
  WINDOW_BACKGROUND_COLORS,
} from '../../../electron/main/window'
import { APP_ENTRY_URL } from '../../../electron/main/protocol'
import { FakeBrowserWindow, FakeWebContents, nativeTheme, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const preloadPath = '/opt/factmark/out/preload/index.cjs'

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0
  shell.openExternal.mockClear()
})

function lastWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was constructed')
  return window
}

describe('secureWebPreferences (S1)', () => {
  const preferences = secureWebPreferences(preloadPath)

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInSubFrames', false],
    ['nodeIntegrationInWorker', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', true],
    ['disableBlinkFeatures', 'Auxclick'],
    ['preload', preloadPath],
  ] as const)('sets %s to %j', (key, value) => {
    expect(preferences[key]).toBe(value)
  })

  it('enables no Blink feature and nothing beyond the reviewed list', () => {
    expect(preferences.enableBlinkFeatures).toBeUndefined()
    expect(Object.keys(preferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    )
  })
})

describe('createMainWindow', () => {
  it('constructs the window with the secure webPreferences (S1)', () => {
    createMainWindow({ preloadPath })
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(lastWindow().options.webPreferences).toEqual(secureWebPreferences(preloadPath))
  })

  it('stays hidden until ready-to-show, then shows', () => {
    const window = createMainWindow({ preloadPath }) as unknown as FakeBrowserWindow
    expect(window.options.show).toBe(false)
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('has a minimum size, a background colour, a title and default bounds', () => {
    createMainWindow({ preloadPath })
    const options = lastWindow().options
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width)
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height)
    expect(MIN_WINDOW_SIZE).toEqual({ width: 900, height: 600 })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(options.title).toBe('Factmark')
    expect(options.width).toBeGreaterThanOrEqual(900)
    expect(options.height).toBeGreaterThanOrEqual(600)
  })

  it("paints the theme's page background before the first frame, dark when the system is", () => {
    nativeTheme.shouldUseDarkColors = false
    createMainWindow({ preloadPath })
    expect(lastWindow().options.backgroundColor).toBe(WINDOW_BACKGROUND_COLORS.light)
    nativeTheme.shouldUseDarkColors = true
    try {
      createMainWindow({ preloadPath })
      expect(lastWindow().options.backgroundColor).toBe(WINDOW_BACKGROUND_COLORS.dark)
    } finally {
      nativeTheme.shouldUseDarkColors = false
    }
  })

  it("paints the same colours as the stylesheet's --bg in each theme", async () => {
    const css = await readFile(new URL('../../../renderer/styles.css', import.meta.url), 'utf8')
    const light = /^:root \{[^}]*--bg: (#[0-9a-f]{6})/m.exec(css)?.[1]
    const dark = /prefers-color-scheme: dark\) \{\s*:root \{[^}]*--bg: (#[0-9a-f]{6})/.exec(
      css,
    )?.[1]
    expect({ light, dark }).toEqual(WINDOW_BACKGROUND_COLORS)
  })

  it('restores the given bounds and title', () => {
    const bounds = { x: 10, y: 20, width: 1000, height: 700 }
    createMainWindow({ preloadPath, bounds, title: 'Factmark — desk' })
    expect(lastWindow().options).toMatchObject({ ...bounds, title: 'Factmark — desk' })
  })

  it('omits a half-known position', () => {
    createMainWindow({ preloadPath, bounds: { x: 10, width: 1000, height: 700 } })
    expect(lastWindow().options).toMatchObject({ width: 1000, height: 700 })
    expect('x' in lastWindow().options).toBe(false)
    expect('y' in lastWindow().options).toBe(false)
  })

  it('loads the app entry over app://, never a disk URL (S13)', () => {
    createMainWindow({ preloadPath })
    expect(lastWindow().loadURL).toHaveBeenCalledTimes(1)
    expect(lastWindow().loadURL).toHaveBeenCalledWith(APP_ENTRY_URL)
    expect(APP_ENTRY_URL.startsWith('app://factmark/')).toBe(true)
  })

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    FakeBrowserWindow.loadError = new Error('ERR_FAILED')
    try {
      expect(() => createMainWindow({ preloadPath })).not.toThrow()
      await vi.waitFor(() => expect(error).toHaveBeenCalled())
      expect(String(error.mock.calls[0]?.[0])).toContain(APP_ENTRY_URL)
    } finally {
      FakeBrowserWindow.loadError = undefined
      error.mockRestore()
    }
  })

  it('hardens its webContents: foreign navigation prevented, window.open denied (S5, S6)', () => {
    createMainWindow({ preloadPath })
    const contents = lastWindow().webContents
    const navigation = { url: 'https://app.evil', preventDefault: vi.fn() }
    contents.emit('will-navigate', navigation)
    expect(navigation.preventDefault).toHaveBeenCalledTimes(1)
    const inApp = { url: 'app://factmark/index.html', preventDefault: vi.fn() }
    contents.emit('will-navigate', inApp)
    expect(inApp.preventDefault).not.toHaveBeenCalled()
    expect(contents.windowOpenHandler?.({ url: 'https://ok.example/' })).toEqual({
      action: 'deny',
    })
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })
})

describe('isOwnWindowContents', () => {
  it('knows the webContents of windows it created, until they close', () => {
    const window = createMainWindow({ preloadPath }) as unknown as FakeBrowserWindow
    const contents = window.webContents as unknown as WebContents
    expect(isOwnWindowContents(contents)).toBe(true)
    window.emit('closed')
    expect(isOwnWindowContents(contents)).toBe(false)
  })

  it('rejects a destroyed webContents', () => {
    const window = createMainWindow({ preloadPath }) as unknown as FakeBrowserWindow
    window.webContents.destroyed = true
    expect(isOwnWindowContents(window.webContents as unknown as WebContents)).toBe(false)
  })

  it('rejects webContents it did not create', () => {
    createMainWindow({ preloadPath })
    expect(isOwnWindowContents(new FakeWebContents() as unknown as WebContents)).toBe(false)
    const stranger = new FakeBrowserWindow({})
    expect(isOwnWindowContents(stranger.webContents as unknown as WebContents)).toBe(false)
  })
})
