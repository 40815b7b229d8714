import { realpathSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

/** The custom scheme the renderer is served from; the app never loads pages from disk URLs. */
export const APP_SCHEME = 'app'

/** The only host the app scheme answers for. */
export const APP_HOST = 'factmark'

/** The renderer's origin, as Chromium reports it for the privileged standard scheme. */
export const APP_ORIGIN = 'app://factmark'

/** The URL the main window loads. */
export const APP_ENTRY_URL = 'app://factmark/index.html'

/** Longest request URL the protocol handler will consider; anything longer is refused. */
export const MAX_APP_URL_LENGTH = 2048

const INDEX_FILE = 'index.html'

/** C0 controls (NUL included), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/**
 * Registers `app:` as a privileged scheme (standard, secure, Fetch API). Electron requires this
 * before the `ready` event, so call it at the top level of the main entry.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ])
}

/** The Content-Type the protocol handler sends for a file, by its extension. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an `app://factmark/…` request URL to the real path of a regular file inside `distDir`, or
 * `null` when the request is refused or names nothing servable. Refused: other schemes and hosts,
 * user info, ports, URLs over 2048 characters, malformed percent escapes, backslashes, NUL and
 * other control characters, `.`/`..` segments (raw or percent-encoded), empty segments, colons
 * (drive letters, alternate data streams), double encoding, and any file whose real path (after
 * symlinks) is outside the real path of `distDir`. `/` serves `index.html`.
 */
export function resolveAppFile(distDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_APP_URL_LENGTH) return null
  if (requestUrl.includes('\\') || CONTROL_CHARACTER.test(requestUrl)) return null

  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  if (url.username !== '' || url.password !== '') return null

  // The URL parser resolves dot segments (`..`, `%2e%2e`) away, so look at the raw text as well.
  const rawWithoutQuery = requestUrl.split(/[?#]/, 1)[0] ?? ''
  const rawDecoded = safeDecode(rawWithoutQuery)
  if (rawDecoded === null || !isCleanDecodedPath(rawDecoded)) return null
  if (rawDecoded.split('/').some((segment) => segment === '.' || segment === '..')) return null

  const decodedPath = safeDecode(url.pathname)
  if (decodedPath === null || !isCleanDecodedPath(decodedPath)) return null
  const relative = decodedPath.replace(/^\//, '') || INDEX_FILE
  const segments = relative.split('/')
  if (segments.some((segment) => !isSafeSegment(segment))) return null
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) return null

  const root = path.resolve(distDir)
  const candidate = path.resolve(root, ...segments)
  if (!isInside(root, candidate)) return null

  try {
    const realRoot = realpathSync(root)
    const realFile = realpathSync(candidate)
    if (!isInside(realRoot, realFile)) return null
    if (!statSync(realFile).isFile()) return null
    return realFile
  } catch {
    return null
  }
}

/**
 * Serves `distDir` on the app scheme: GET and HEAD of files that `resolveAppFile` accepts, with
 * their Content-Type, the Content-Security-Policy header and `nosniff`; 404 for everything refused
 * or missing, 405 for other methods. Call after the app is ready.
 */
export function installAppProtocol(distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(distDir, request))
}

/** Answers one app-scheme request from `distDir`; reads through fs only, never by URL. */
async function serveAppRequest(distDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method Not Allowed', { Allow: 'GET, HEAD' })
  }
  const file = resolveAppFile(distDir, request.url)
  if (file === null) return textResponse(404, 'Not Found')
  let body: Uint8Array<ArrayBuffer>
  try {
    body = new Uint8Array(await readFile(file))
  } catch {
    return textResponse(404, 'Not Found')
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      ...securityHeaders(),
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(body.byteLength),
    },
  })
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  }
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  })
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** After one decoding pass: no backslash, no control character, no leftover `%` (double encoding). */
function isCleanDecodedPath(decoded: string): boolean {
  return !decoded.includes('\\') && !decoded.includes('%') && !CONTROL_CHARACTER.test(decoded)
}

function isSafeSegment(segment: string): boolean {
  return segment !== '' && segment !== '.' && segment !== '..' && !segment.includes(':')
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}
