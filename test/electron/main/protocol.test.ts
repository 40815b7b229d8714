import fs from 'node:fs'
import type * as FsPromises from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp'
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  contentTypeFor,
  installAppProtocol,
  registerAppScheme,
  resolveAppFile,
} from '../../../electron/main/protocol'
import { net, protocol } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

// Every read the protocol module can make goes through these spies (S13: "spy on fs").
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  return { ...actual, default: actual, readFile: vi.fn(actual.readFile), open: vi.fn(actual.open) }
})

const { readFile: readFileSpy, open: openSpy } = vi.mocked(await import('node:fs/promises'))

let root: string
let dist: string
let outside: string
let secret: string

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factmark-protocol-')))
  dist = path.join(root, 'dist')
  outside = path.join(root, 'outside')
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true })
  fs.mkdirSync(path.join(dist, 'fonts'))
  fs.mkdirSync(outside)
  fs.mkdirSync(path.join(root, 'dist-evil'))
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Factmark</title>')
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(dist, 'assets', 'app.css'), 'body{}')
  fs.writeFileSync(path.join(dist, 'fonts', 'serif.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  fs.writeFileSync(path.join(dist, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  fs.writeFileSync(path.join(dist, 'data.bin'), Buffer.from([0, 1, 2]))
  fs.writeFileSync(path.join(dist, 'my file.txt'), 'spaced')
  secret = path.join(outside, 'secret.txt')
  fs.writeFileSync(secret, 'TOP SECRET')
  fs.writeFileSync(path.join(root, 'dist-evil', 'secret.txt'), 'TOP SECRET')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET')
  // Symlinks: one file and one folder pointing outside dist, one file pointing inside.
  fs.symlinkSync(secret, path.join(dist, 'leak.txt'))
  fs.symlinkSync(outside, path.join(dist, 'linkdir'), 'dir')
  fs.symlinkSync(path.join(dist, 'index.html'), path.join(dist, 'alias.html'))
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

beforeEach(() => {
  readFileSpy.mockClear()
  openSpy.mockClear()
  protocol.handle.mockClear()
  protocol.registerSchemesAsPrivileged.mockClear()
})

/** The paths handed to fs reads since the last `beforeEach`. */
function pathsRead(): string[] {
  return [...readFileSpy.mock.calls, ...openSpy.mock.calls].map((call) => String(call[0]))
}

function isInsideDist(file: string): boolean {
  const relative = path.relative(dist, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** Requests the protocol must refuse; URLs are built lazily because the temp paths are. */
const refused: Array<[string, () => string]> = [
  ['raw ..', () => 'app://factmark/../outside/secret.txt'],
  ['nested ..', () => 'app://factmark/assets/../../outside/secret.txt'],
  ['.. that stays inside', () => 'app://factmark/assets/../index.html'],
  ['. segment', () => 'app://factmark/./index.html'],
  ['%2e%2e%2f', () => 'app://factmark/%2e%2e%2foutside%2fsecret.txt'],
  ['%2E%2E/', () => 'app://factmark/%2E%2E/outside/secret.txt'],
  ['.%2e/', () => 'app://factmark/.%2e/secret.txt'],
  ['..%2f', () => 'app://factmark/..%2fsecret.txt'],
  ['..%5c', () => 'app://factmark/..%5csecret.txt'],
  ['..%5C with folders', () => 'app://factmark/..%5Coutside%5Csecret.txt'],
  ['raw backslashes', () => 'app://factmark/..\\outside\\secret.txt'],
  ['a backslash inside dist', () => 'app://factmark/assets\\app.js'],
  ['double encoding', () => 'app://factmark/%252e%252e%252fsecret.txt'],
  ['encoded NUL', () => 'app://factmark/index.html%00.png'],
  ['raw NUL', () => 'app://factmark/index.html\u0000'],
  ['encoded newline', () => 'app://factmark/index.html%0a'],
  ['malformed escape', () => 'app://factmark/%E0%A4%A'],
  ['lone %', () => 'app://factmark/100%'],
  ['absolute path after //', () => `app://factmark/${secret}`],
  ['encoded absolute path', () => `app://factmark/${encodeURIComponent(secret)}`],
  ['//etc/passwd', () => 'app://factmark//etc/passwd'],
  ['%2fetc%2fpasswd', () => 'app://factmark/%2fetc%2fpasswd'],
  ['Windows drive', () => 'app://factmark/C:/Windows/win.ini'],
  ['Windows drive, encoded', () => 'app://factmark/C%3A%5CWindows%5Cwin.ini'],
  ['alternate data stream', () => 'app://factmark/index.html::$DATA'],
  ['sibling folder with the same prefix', () => 'app://factmark/../dist-evil/secret.txt'],
  ['10 KB path', () => `app://factmark/${'a/'.repeat(5000)}index.html`],
  ['2049 characters', () => `app://factmark/${'a'.repeat(2049 - 'app://factmark/'.length)}`],
  ['symlinked file pointing outside', () => 'app://factmark/leak.txt'],
  ['symlinked folder pointing outside', () => 'app://factmark/linkdir/secret.txt'],
  ['missing file', () => 'app://factmark/missing.js'],
  ['folder', () => 'app://factmark/assets'],
  ['folder with trailing slash', () => 'app://factmark/assets/'],
  ['other host', () => 'app://evil/index.html'],
  ['lookalike host', () => 'app://factmark.evil/index.html'],
  ['upper-case host', () => 'app://FACTMARK/index.html'],
  ['user info', () => 'app://factmark@evil/index.html'],
  ['user info before host', () => 'app://evil@factmark/index.html'],
  ['port', () => 'app://factmark:8080/index.html'],
  ['https', () => 'https://factmark/index.html'],
  ['disk URL', () => `file://${secret}`],
  ['no authority', () => 'app:index.html'],
  ['empty string', () => ''],
  ['junk', () => 'not a url'],
]

describe('app scheme constants', () => {
  it('name the app origin and entry', () => {
    expect(APP_SCHEME).toBe('app')
    expect(APP_HOST).toBe('factmark')
    expect(APP_ORIGIN).toBe('app://factmark')
    expect(APP_ENTRY_URL).toBe('app://factmark/index.html')
  })
})

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetchable, with no CSP bypass', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('resolveAppFile', () => {
  it.each([
    ['app://factmark/', 'index.html'],
    ['app://factmark', 'index.html'],
    ['app://factmark/index.html', 'index.html'],
    ['app://factmark/index.html?view=review#tag-3', 'index.html'],
    ['app://factmark/assets/app.js', 'assets/app.js'],
    ['app://factmark/assets/%61pp.js', 'assets/app.js'],
    ['app://factmark/my%20file.txt', 'my file.txt'],
    ['app://factmark/alias.html', 'index.html'],
  ])('serves %s as dist/%s', (url, file) => {
    expect(resolveAppFile(dist, url)).toBe(path.join(dist, file))
  })

  it('works when distDir itself is reached through a symlink', () => {
    const linkedDist = path.join(root, 'linked-dist')
    fs.symlinkSync(dist, linkedDist, 'dir')
    expect(resolveAppFile(linkedDist, 'app://factmark/assets/app.js')).toBe(
      path.join(dist, 'assets', 'app.js'),
    )
  })

  it.each(refused)('refuses %s', (_name, url) => {
    expect(resolveAppFile(dist, url())).toBeNull()
  })

  it('refuses a non-string URL', () => {
    expect(resolveAppFile(dist, 42 as unknown as string)).toBeNull()
  })

  it('refuses everything when distDir does not exist', () => {
    expect(resolveAppFile(path.join(root, 'nope'), 'app://factmark/index.html')).toBeNull()
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['APP.JS', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['serif.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type)
  })
})

describe('installAppProtocol (S13)', () => {
  type Handler = (request: Request) => Response | Promise<Response>

  function install(): Handler {
    installAppProtocol(dist)
    expect(protocol.handle).toHaveBeenCalledTimes(1)
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, Handler]
    expect(scheme).toBe('app')
    return handler
  }

  it.each([
    ['app://factmark/', 'text/html; charset=utf-8', '<!doctype html><title>Factmark</title>'],
    [
      'app://factmark/index.html',
      'text/html; charset=utf-8',
      '<!doctype html><title>Factmark</title>',
    ],
    ['app://factmark/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://factmark/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s with %s and the CSP header', async (url, type, body) => {
    const response = await install()(new Request(url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe(body)
    expect(pathsRead()).toHaveLength(1)
    expect(pathsRead().every(isInsideDist)).toBe(true)
  })

  it('serves binary files byte for byte', async () => {
    const response = await install()(new Request('app://factmark/fonts/serif.woff2'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('font/woff2')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array([0x77, 0x4f, 0x46, 0x32]),
    )
  })

  it('answers HEAD without a body', async () => {
    const response = await install()(new Request(APP_ENTRY_URL, { method: 'HEAD' }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('')
  })

  it('refuses other methods with 405', async () => {
    const response = await install()(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
    expect(readFileSpy).not.toHaveBeenCalled()
  })

  // Rows a Request cannot carry (credentials, NUL, no URL at all), and dot segments that the URL
  // parser resolves to a file inside dist before any handler sees them, are left to the table above.
  const unrequestable = [
    'raw NUL',
    'empty string',
    'junk',
    'user info',
    'user info before host',
    '.. that stays inside',
    '. segment',
  ]
  const requestable = refused.filter(([name]) => !unrequestable.includes(name))

  it('gets a Request for every traversal row', () => {
    const names = requestable.map(([name]) => name)
    for (const name of ['raw ..', '%2e%2e%2f', '..%5c', 'raw backslashes', '10 KB path']) {
      expect(names).toContain(name)
    }
    expect(names).toContain('symlinked file pointing outside')
    expect(names).toContain('symlinked folder pointing outside')
  })

  it.each(requestable)('answers 404 to %s and reads nothing outside dist', async (_name, url) => {
    const response = await install()(new Request(url()))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).not.toContain('TOP SECRET')
    expect(pathsRead().filter((file) => !isInsideDist(file))).toEqual([])
  })

  it('never reads outside dist over the whole table', async () => {
    const handler = install()
    for (const [, url] of requestable) await handler(new Request(url()))
    expect(pathsRead()).toEqual([])
    expect(net.fetch).not.toHaveBeenCalled()
  })

  it('answers 404 when the file vanishes between the check and the read', async () => {
    readFileSpy.mockRejectedValueOnce(Object.assign(new Error('gone'), { code: 'ENOENT' }))
    const response = await install()(new Request(APP_ENTRY_URL))
    expect(response.status).toBe(404)
  })
})
