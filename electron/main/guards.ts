import { session as electronSession, shell } from 'electron'
import type { Event as ElectronEvent, Session, WebContents } from 'electron'
import { APP_ORIGIN, APP_SCHEME } from './protocol'

/** Longest URL `safeExternalUrl` lets through to the operating system. */
export const MAX_EXTERNAL_URL_LENGTH = 2048

/** The only schemes the operating system is asked to open (Electron checklist item 15). */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:'])

/** Header fields a `mailto:` link may carry; others (`attach=`, …) have been abused by clients. */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'subject', 'body'])

/**
 * Characters never accepted in an external URL: C0/C1 controls, DEL, any whitespace (newlines
 * included), zero-width and bidirectional formatting characters, and backslashes.
 */
const FORBIDDEN_IN_EXTERNAL_URL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\\]/

/** webContents already hardened, so that hooking them twice adds no second set of listeners. */
const hardened = new WeakSet<object>()

/**
 * The origin of a URL as Chromium computes it. Node's `URL` gives non-special schemes such as
 * `app:` the opaque origin `"null"`, so for the app scheme the origin is rebuilt from the
 * scheme and host, and user info (`app://factmark@evil`) makes it foreign.
 */
function originOf(url: URL): string {
  if (url.protocol !== `${APP_SCHEME}:`) return url.origin
  if (url.username !== '' || url.password !== '' || url.host === '') return 'null'
  return `${url.protocol}//${url.host}`
}

/** Characters the URL parser silently drops (tabs, newlines, edge spaces) and other controls. */
// eslint-disable-next-line no-control-regex
const NOT_IN_CANONICAL_URL = /[\u0000-\u0020\u007f]/

/**
 * True when `url` belongs to the app's own origin, `app://factmark` (exact origin match:
 * `https://app.evil`, `app://factmark.evil`, `app://factmark@evil`, disk URLs, `about:blank` and
 * unparsable text are all false). Chromium reports URLs in canonical form, so text the parser
 * would have to clean up first (spaces, tabs, newlines, controls: `app://fact\nmark/`) is false.
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string' || NOT_IN_CANONICAL_URL.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return originOf(parsed) === APP_ORIGIN
}

/**
 * The `shell.openExternal` validator: returns the normalized URL when it is safe to hand to the
 * operating system, else `null`. Only `https:` (with a host, without user info) and `mailto:`
 * (with an address and only to/cc/bcc/subject/body fields) pass; every other scheme, any control
 * character, whitespace or newline, a backslash, more than 2048 characters, or a non-string is
 * refused.
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) {
    return null
  }
  if (FORBIDDEN_IN_EXTERNAL_URL.test(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null
  if (parsed.protocol === 'https:' && !isPlainHttpsUrl(url, parsed)) return null
  if (parsed.protocol === 'mailto:' && !isPlainMailtoUrl(parsed)) return null
  const normalized = parsed.href
  return normalized.length > MAX_EXTERNAL_URL_LENGTH ? null : normalized
}

function isPlainHttpsUrl(raw: string, parsed: URL): boolean {
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return false
  // The raw text must already have the plain `https://host` shape: the parser would turn
  // `https:///host` or `https:host` into a host silently, and `https://@evil.example` into a URL
  // with empty user info.
  const match = /^https:\/\/([^/?#]+)/i.exec(raw)
  return match?.[1] !== undefined && !match[1].includes('@')
}

function isPlainMailtoUrl(parsed: URL): boolean {
  if (parsed.pathname === '' || !parsed.pathname.includes('@')) return false
  for (const key of parsed.searchParams.keys()) {
    if (!MAILTO_FIELDS.has(key.toLowerCase())) return false
  }
  return true
}

/**
 * Locks one webContents down: navigation (`will-navigate`, `will-frame-navigate`) to anything but
 * an app URL is prevented; every `window.open`/`target=_blank` is denied, and a link that passes
 * `safeExternalUrl` is handed to the system browser or mail client instead; `<webview>` is never
 * attached. Hardening the same webContents twice is a no-op.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return
  hardened.add(contents)

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler((details) => {
    const external = safeExternalUrl(details.url)
    if (external !== null) {
      shell.openExternal(external).catch((error: unknown) => {
        console.error('guards: could not open an external link', error)
      })
    }
    return { action: 'deny' }
  })
}

/**
 * Denies every permission the web content asks for or checks (camera, microphone, notifications,
 * geolocation, clipboard, HID, serial, USB, …) and every device, on one session.
 */
export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  if (typeof session.setDevicePermissionHandler === 'function') {
    session.setDevicePermissionHandler(() => false)
  }
}

/** The part of Electron's `app` that `installSecurityHooks` uses. */
export interface SecurityHookedApp {
  /** Subscribes to the creation of every webContents (windows, frames' hosts, devtools). */
  on(
    event: 'web-contents-created',
    listener: (event: ElectronEvent, contents: WebContents) => void,
  ): unknown
  /** Resolves once Electron is ready and `session.defaultSession` exists. */
  whenReady(): Promise<void>
}

/**
 * Hardens every webContents the app will ever create (`web-contents-created`) and, once the app
 * is ready, denies all permissions on the default session. Call once, before any window exists.
 */
export function installSecurityHooks(app: SecurityHookedApp): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents)
  })
  app
    .whenReady()
    .then(() => {
      installPermissionHandlers(electronSession.defaultSession)
    })
    .catch((error: unknown) => {
      console.error('guards: could not install the permission handlers', error)
    })
}
