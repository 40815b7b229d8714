import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { isTrustedSender } from '../../../electron/main/sender'
import { createMainWindow } from '../../../electron/main/window'
import { FakeBrowserWindow, FakeWebContents } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const appUrl = 'app://factmark/index.html'

function ownContents(): WebContents {
  const window = createMainWindow({ preloadPath: '/preload.cjs' }) as unknown as FakeBrowserWindow
  return window.webContents as unknown as WebContents
}

function topFrame(url: string): { url: string; parent: null } {
  return { url, parent: null }
}

describe('isTrustedSender (S9)', () => {
  it('trusts the top frame of our own window on the app origin', () => {
    expect(isTrustedSender({ senderFrame: topFrame(appUrl), sender: ownContents() })).toBe(true)
    expect(
      isTrustedSender({ senderFrame: topFrame('app://factmark/'), sender: ownContents() }),
    ).toBe(true)
  })

  it('trusts an app-origin top frame when no sender is given', () => {
    expect(isTrustedSender({ senderFrame: topFrame(appUrl) })).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: appUrl } })).toBe(true)
  })

  it.each([
    'file:///work/out/renderer/index.html',
    'file:///etc/passwd',
    'https://evil',
    'https://evil.example/index.html',
    'https://app.evil',
    'http://factmark/index.html',
    'app://factmark.evil/index.html',
    'app://editor.evil/',
    'app://factmark@evil/index.html',
    'app://factmark:8080/index.html',
    'about:blank',
    'about:srcdoc',
    'data:text/html,<script>1</script>',
    'javascript:1',
    'devtools://devtools/bundled/inspector.html',
    'chrome-error://chromewebdata/',
    '',
    'junk',
  ])('rejects a top frame at %j', (url) => {
    expect(isTrustedSender({ senderFrame: topFrame(url), sender: ownContents() })).toBe(false)
    expect(isTrustedSender({ senderFrame: topFrame(url) })).toBe(false)
  })

  it('rejects a null sender frame (navigated away or destroyed)', () => {
    expect(isTrustedSender({ senderFrame: null, sender: ownContents() })).toBe(false)
    expect(isTrustedSender({ senderFrame: null })).toBe(false)
  })

  it('rejects a sub-frame, even one on the app origin', () => {
    const parent = topFrame(appUrl)
    expect(isTrustedSender({ senderFrame: { url: appUrl, parent }, sender: ownContents() })).toBe(
      false,
    )
    expect(isTrustedSender({ senderFrame: { url: 'https://evil', parent } })).toBe(false)
  })

  it('rejects a webContents that is not one of our windows', () => {
    const stranger = new FakeWebContents() as unknown as WebContents
    expect(isTrustedSender({ senderFrame: topFrame(appUrl), sender: stranger })).toBe(false)
    const foreignWindow = new FakeBrowserWindow({})
    expect(
      isTrustedSender({
        senderFrame: topFrame(appUrl),
        sender: foreignWindow.webContents as unknown as WebContents,
      }),
    ).toBe(false)
  })

  it('rejects the webContents of a window that has closed', () => {
    const window = createMainWindow({ preloadPath: '/preload.cjs' }) as unknown as FakeBrowserWindow
    const contents = window.webContents as unknown as WebContents
    expect(isTrustedSender({ senderFrame: topFrame(appUrl), sender: contents })).toBe(true)
    window.emit('closed')
    expect(isTrustedSender({ senderFrame: topFrame(appUrl), sender: contents })).toBe(false)
  })

  it('rejects a frame whose properties throw (a disposed frame)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      parent: null,
    }
    expect(isTrustedSender({ senderFrame: disposed, sender: ownContents() })).toBe(false)
  })

  it('rejects malformed events', () => {
    const malformed = [
      {},
      { senderFrame: undefined },
      { senderFrame: 'app://factmark/index.html' },
      { senderFrame: { url: 42, parent: null } },
    ]
    for (const event of malformed) {
      expect(isTrustedSender(event as unknown as Parameters<typeof isTrustedSender>[0])).toBe(false)
    }
  })

  it('accepts a real IpcMainInvokeEvent type', () => {
    const check: (event: IpcMainInvokeEvent) => boolean = isTrustedSender
    expect(check).toBe(isTrustedSender)
  })
})
