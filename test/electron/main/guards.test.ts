import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import {
  hardenWebContents,
  installPermissionHandlers,
  installSecurityHooks,
  isAppUrl,
  safeExternalUrl,
} from '../../../electron/main/guards'
import { FakeApp, FakeSession, FakeWebContents, session, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

beforeEach(() => {
  shell.openExternal.mockClear()
})

/** A navigation event as Electron passes it to `will-navigate` / `will-frame-navigate`. */
function navigationEvent(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() }
}

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents()
  hardenWebContents(contents as unknown as WebContents)
  return contents
}

const foreignUrls = [
  'https://app.evil',
  'https://app.evil/index.html',
  'https://factmark/index.html',
  'http://factmark/index.html',
  'app://factmark.evil/index.html',
  'app://editor.evil/',
  'app://evil/index.html',
  'app://factmark@evil/index.html',
  'app://evil@factmark/index.html',
  'app://user:pass@factmark/index.html',
  'app://factmark:8080/index.html',
  'app://FACTMARK/index.html',
  'app:factmark/index.html',
  'app:///index.html',
  'file:///etc/passwd',
  'file:///work/dist/index.html',
  'about:blank',
  'about:srcdoc',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://factmark/0f3c',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  '',
  'junk',
  '//factmark/index.html',
  '/index.html',
]

describe('isAppUrl (S5)', () => {
  it.each([
    'app://factmark/index.html',
    'app://factmark/',
    'app://factmark',
    'app://factmark/review?article=3#tag-9',
    'app://factmark/assets/app.js',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true)
  })

  it.each(foreignUrls)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it('rejects non-strings', () => {
    for (const value of [undefined, null, 42, {}, new URL('app://factmark/')]) {
      expect(isAppUrl(value as unknown as string)).toBe(false)
    }
  })
})

describe('safeExternalUrl (S7)', () => {
  it.each([
    ['https://ok.example', 'https://ok.example/'],
    ['https://ok.example/news/2024/story?id=3#p2', 'https://ok.example/news/2024/story?id=3#p2'],
    ['HTTPS://OK.EXAMPLE/a', 'https://ok.example/a'],
    ['https://ok.example:8443/a', 'https://ok.example:8443/a'],
    ['https://ok.example/search?q=a%20b@c', 'https://ok.example/search?q=a%20b@c'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['mailto:desk@ok.example', 'mailto:desk@ok.example'],
    [
      'mailto:desk@ok.example?subject=Tip&body=Hello%20there',
      'mailto:desk@ok.example?subject=Tip&body=Hello%20there',
    ],
  ])('allows %s', (url, normalized) => {
    expect(safeExternalUrl(url)).toBe(normalized)
  })

  it.each([
    ['http:', 'http://ok.example'],
    ['file:', 'file:///etc/passwd'],
    ['smb:', 'smb://evil.example/share'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in disguise', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['ms-msdt:', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['ms-msdt: without spaces', 'ms-msdt:/id'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['app:', 'app://factmark/index.html'],
    ['ftp:', 'ftp://ok.example/x'],
    ['search-ms:', 'search-ms:query=x'],
    ['user info', 'https://ok@evil.example'],
    ['user and password', 'https://ok:pw@evil.example/'],
    ['empty user info', 'https://@evil.example'],
    ['newline', 'https://ok.example/\nevil'],
    ['carriage return', 'https://ok.example/\r\nSet-Cookie: x'],
    ['tab', 'https://ok\t.example/'],
    ['NUL', 'https://ok.example/\u0000'],
    ['DEL', 'https://ok.example/\u007f'],
    ['C1 control', 'https://ok.example/\u0085'],
    ['leading space', ' https://ok.example/'],
    ['inner space', 'https://ok.example/a b'],
    ['right-to-left override', 'https://ok.example/\u202egpj.exe'],
    ['zero-width space', 'https://ok\u200b.example/'],
    ['backslash', 'https:\\\\evil.example'],
    ['backslash in path', 'https://ok.example\\@evil.example/'],
    ['no host', 'https:///path'],
    ['no slashes', 'https:ok.example'],
    ['one slash', 'https:/ok.example'],
    ['scheme-relative', '//ok.example/'],
    ['relative', '/news'],
    ['mailto: without an address', 'mailto:'],
    ['mailto: with attach=', 'mailto:desk@ok.example?attach=/etc/passwd'],
    ['length over 2048', `https://ok.example/${'a'.repeat(2048)}`],
    ['empty string', ''],
    ['junk', 'not a url'],
  ])('rejects %s', (_name, url) => {
    expect(safeExternalUrl(url)).toBeNull()
  })

  it('allows exactly 2048 characters and rejects 2049', () => {
    const base = 'https://ok.example/'
    expect(safeExternalUrl(base + 'a'.repeat(2048 - base.length))).toHaveLength(2048)
    expect(safeExternalUrl(base + 'a'.repeat(2049 - base.length))).toBeNull()
  })

  it.each([undefined, null, 42, true, {}, ['https://ok.example'], new URL('https://ok.example')])(
    'rejects the non-string %j',
    (value) => {
      expect(safeExternalUrl(value)).toBeNull()
    },
  )
})

describe('hardenWebContents: navigation (S5)', () => {
  it.each(['will-navigate', 'will-frame-navigate'])('%s allows app URLs', (event) => {
    const contents = hardenedContents()
    for (const url of ['app://factmark/index.html', 'app://factmark/', 'app://factmark/x?y#z']) {
      const navigation = navigationEvent(url)
      contents.emit(event, navigation)
      expect(navigation.preventDefault).not.toHaveBeenCalled()
    }
  })

  it.each(['will-navigate', 'will-frame-navigate'])('%s prevents every foreign URL', (event) => {
    const contents = hardenedContents()
    for (const url of foreignUrls) {
      const navigation = navigationEvent(url)
      contents.emit(event, navigation)
      expect(navigation.preventDefault, url).toHaveBeenCalledTimes(1)
    }
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('never attaches a webview', () => {
    const contents = hardenedContents()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, { preload: '/evil.js' }, { src: 'https://x' })
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
  })

  it('adds its listeners once, however often it is called', () => {
    const contents = hardenedContents()
    hardenWebContents(contents as unknown as WebContents)
    expect(contents.listenerCount('will-navigate')).toBe(1)
    expect(contents.listenerCount('will-frame-navigate')).toBe(1)
    expect(contents.listenerCount('will-attach-webview')).toBe(1)
  })
})

describe('hardenWebContents: new windows and external links (S6, S7)', () => {
  const openAttempts = [
    'https://ok.example/story',
    'mailto:desk@ok.example',
    'http://ok.example/',
    'https://ok@evil.example/',
    'app://factmark/index.html',
    'about:blank',
    '',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,x',
  ]

  it('denies every window.open / target=_blank, 100% of the time', () => {
    const contents = hardenedContents()
    const handler = contents.windowOpenHandler
    expect(handler).toBeTypeOf('function')
    for (const url of openAttempts) {
      for (const disposition of ['foreground-tab', 'background-tab', 'new-window', 'other']) {
        expect(handler?.({ url, disposition } as { url: string })).toEqual({ action: 'deny' })
      }
    }
  })

  it('hands only https and mailto links to the operating system', () => {
    const contents = hardenedContents()
    for (const url of openAttempts) contents.windowOpenHandler?.({ url })
    expect(shell.openExternal.mock.calls.map((call) => call[0])).toEqual([
      'https://ok.example/story',
      'mailto:desk@ok.example',
    ])
  })

  it('survives the operating system refusing to open a link', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    shell.openExternal.mockRejectedValueOnce(new Error('no handler'))
    const contents = hardenedContents()
    expect(contents.windowOpenHandler?.({ url: 'https://ok.example/' })).toEqual({
      action: 'deny',
    })
    await vi.waitFor(() => expect(error).toHaveBeenCalled())
    error.mockRestore()
  })
})

describe('installPermissionHandlers (S8)', () => {
  const permissions = [
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'clipboard-sanitized-write',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'display-capture',
    'unknown',
  ]

  function installed(): FakeSession {
    const fake = new FakeSession()
    installPermissionHandlers(fake as unknown as Session)
    return fake
  }

  it('installs a request, a check and a device handler', () => {
    const fake = installed()
    expect(fake.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(fake.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    expect(fake.setDevicePermissionHandler).toHaveBeenCalledTimes(1)
  })

  it('denies every permission request, calling back exactly once each time', () => {
    const request = installed().setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void
    for (const permission of permissions) {
      const callback = vi.fn()
      request({}, permission, callback, { requestingUrl: 'app://factmark/index.html' })
      expect(callback, permission).toHaveBeenCalledTimes(1)
      expect(callback, permission).toHaveBeenCalledWith(false)
    }
  })

  it('answers every permission check with false, even from the app origin', () => {
    const check = installed().setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      origin: string,
      details: unknown,
    ) => boolean
    for (const permission of permissions) {
      for (const origin of ['app://factmark', 'https://evil.example', '']) {
        expect(check(null, permission, origin, {})).toBe(false)
      }
    }
  })

  it('denies every device', () => {
    const device = installed().setDevicePermissionHandler.mock.calls[0]?.[0] as (
      details: unknown,
    ) => boolean
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(device({ deviceType, origin: 'app://factmark', device: {} })).toBe(false)
    }
  })

  it('still installs the other handlers on a session without device permissions', () => {
    const partial = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    }
    expect(() => installPermissionHandlers(partial as unknown as Session)).not.toThrow()
    expect(partial.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(partial.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
  })
})

describe('installSecurityHooks', () => {
  it('hardens every webContents the app creates', () => {
    const app = new FakeApp()
    installSecurityHooks(app as unknown as Parameters<typeof installSecurityHooks>[0])
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler?.({ url: 'https://ok.example/' })).toEqual({
      action: 'deny',
    })
    const navigation = navigationEvent('https://app.evil')
    contents.emit('will-navigate', navigation)
    expect(navigation.preventDefault).toHaveBeenCalledTimes(1)
  })

  it('denies all permissions on the default session once the app is ready', async () => {
    const app = new FakeApp()
    const defaultSession = session.defaultSession
    defaultSession.setPermissionRequestHandler.mockClear()
    defaultSession.setPermissionCheckHandler.mockClear()
    installSecurityHooks(app as unknown as Parameters<typeof installSecurityHooks>[0])
    expect(app.whenReady).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => {
      expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
      expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    })
    const check = defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean
    expect(check()).toBe(false)
  })
})
