import { beforeEach, describe, expect, it, vi } from 'vitest'

const created: FakeWindow[] = []

class FakeWindow {
  readonly options: Record<string, unknown>
  readonly loadURL = vi.fn((_url: string) => Promise.resolve())
  readonly destroy = vi.fn()
  readonly blockRequests: ((
    details: { url: string },
    done: (r: { cancel: boolean }) => void,
  ) => void)[] = []
  readonly webContents = {
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: {
        onBeforeRequest: (listener: FakeWindow['blockRequests'][number]) => {
          this.blockRequests.push(listener)
        },
      },
    },
    printToPDF: vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 test'))),
    capturePage: vi.fn(() => Promise.resolve({ toPNG: () => Buffer.from('png-bytes') })),
  }
  constructor(options: Record<string, unknown>) {
    this.options = options
    created.push(this)
  }
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  shell: { openExternal: vi.fn() },
  session: { defaultSession: {} },
}))

const { electronHtmlRenderer } =
  await import('../../../../electron/main/export/electron-html-renderer')

describe('electronHtmlRenderer', () => {
  beforeEach(() => {
    created.length = 0
  })

  it('prints in a hidden, script-less, sandboxed window that is destroyed afterwards', async () => {
    const pdf = await electronHtmlRenderer().pdf('<!DOCTYPE html><p>Hi</p>')
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 test')
    const [window] = created
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, nodeIntegration: false },
    })
    expect(window?.options).not.toHaveProperty('webPreferences.preload')
    const url = window?.loadURL.mock.calls[0]?.[0] ?? ''
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString()).toBe(
      '<!DOCTYPE html><p>Hi</p>',
    )
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ printBackground: true }),
    )
    expect(window?.destroy).toHaveBeenCalledOnce()
  })

  it('lets no request leave the page and denies every permission', async () => {
    await electronHtmlRenderer().png('<p>x</p>', 800)
    const [window] = created
    expect(window?.options).toMatchObject({ width: 800 })
    const listener = window?.blockRequests[0]
    const verdict = (url: string) => {
      let cancel: boolean | undefined
      listener?.({ url }, (result) => (cancel = result.cancel))
      return cancel
    }
    expect(verdict('https://example.com/tracker.png')).toBe(true)
    expect(verdict('file:///etc/passwd')).toBe(true)
    expect(verdict('data:text/html,x')).toBe(false)
    const check = window?.webContents.session.setPermissionCheckHandler.mock.calls[0]?.[0] as
      (() => boolean) | undefined
    expect(check?.()).toBe(false)
  })

  it('destroys the window when printing fails', async () => {
    const renderer = electronHtmlRenderer()
    const failing = renderer.pdf('<p>x</p>')
    created[0]?.webContents.printToPDF.mockRejectedValueOnce(new Error('printer on fire'))
    await expect(failing).rejects.toThrow('printer on fire')
    expect(created[0]?.destroy).toHaveBeenCalledOnce()
  })
})
