import { vi } from 'vitest'

/**
 * A stand-in for the parts of the `electron` module the main-process glue uses, for
 * `vi.mock('electron', () => import('./fake-electron'))`-style tests on a machine without an
 * Electron binary. Every fake records what it was given.
 */

type Listener = (...args: unknown[]) => void

/** A minimal event emitter with Electron's `on`/`once` and a test-side `emit`. */
class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>()

  /** Subscribes a listener. */
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  /** Subscribes a listener for one emission. */
  once(event: string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.off(event, wrapper)
      listener(...args)
    }
    return this.on(event, wrapper)
  }

  /** Removes a listener. */
  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
    )
    return this
  }

  /** Number of listeners on an event. */
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }

  /** Calls every listener of an event. */
  emit(event: string, ...args: unknown[]): boolean {
    const current = [...(this.listeners.get(event) ?? [])]
    for (const listener of current) listener(...args)
    return current.length > 0
  }
}

let nextContentsId = 1

/** A fake webContents: events, a window-open handler, an id and a destroyed flag. */
export class FakeWebContents extends FakeEmitter {
  /** Unique id, like Electron's. */
  readonly id = nextContentsId++
  /** The handler given to `setWindowOpenHandler`, if any. */
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined
  /** Set by tests to simulate a destroyed webContents. */
  destroyed = false

  /** Records the window-open handler. */
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }

  /** Whether the webContents was destroyed. */
  isDestroyed(): boolean {
    return this.destroyed
  }
}

/** A fake BrowserWindow that records its constructor options. */
export class FakeBrowserWindow extends FakeEmitter {
  /** Every window constructed so far, in order. */
  static readonly instances: FakeBrowserWindow[] = []
  /** The options the window was constructed with. */
  readonly options: Record<string, unknown>
  /** The window's webContents. */
  readonly webContents = new FakeWebContents()
  /** Set by tests to make `loadURL` of later windows reject with this error. */
  static loadError: Error | undefined
  /** Spy: `loadURL`; rejects with `FakeBrowserWindow.loadError` when one is set. */
  readonly loadURL = vi.fn((_url: string) =>
    FakeBrowserWindow.loadError ? Promise.reject(FakeBrowserWindow.loadError) : Promise.resolve(),
  )
  /** Spy: `show`. */
  readonly show = vi.fn()

  constructor(options: Record<string, unknown> = {}) {
    super()
    this.options = options
    FakeBrowserWindow.instances.push(this)
  }

  /** Whether the window was destroyed. */
  isDestroyed(): boolean {
    return this.webContents.destroyed
  }

  /** All windows constructed so far. */
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.instances]
  }
}

/** A fake session that records its permission handlers. */
export class FakeSession {
  /** Spy: `setPermissionRequestHandler`. */
  readonly setPermissionRequestHandler = vi.fn()
  /** Spy: `setPermissionCheckHandler`. */
  readonly setPermissionCheckHandler = vi.fn()
  /** Spy: `setDevicePermissionHandler`. */
  readonly setDevicePermissionHandler = vi.fn()
}

/** Fake `protocol`. */
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}

/** Fake `net`; the app protocol must never use it. */
export const net = {
  fetch: vi.fn(() => Promise.reject(new Error('net.fetch must not be used'))),
}

/** Fake `shell`. */
export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
}

/** Fake `session` with a default session. */
export const session = {
  defaultSession: new FakeSession(),
}

/** Fake `app`: records listeners and resolves `whenReady` at once. */
export class FakeApp extends FakeEmitter {
  /** Spy: `whenReady`. */
  readonly whenReady = vi.fn(() => Promise.resolve())
}

/** Fake `app` singleton. */
export const app = new FakeApp()

/** The system theme; tests flip `shouldUseDarkColors`. */
export const nativeTheme = { shouldUseDarkColors: false }

/** Fake `BrowserWindow` class. */
export const BrowserWindow = FakeBrowserWindow
