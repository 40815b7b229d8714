import { BrowserWindow, type WebContents } from 'electron'
import { installPermissionHandlers } from '../guards'
import type { HtmlRenderer } from '../../core/export/html-renderer'

/** A page height that shows a preview's first screen. */
const PREVIEW_HEIGHT = 1100

async function withPage<T>(
  html: string,
  width: number,
  run: (contents: WebContents) => Promise<T>,
): Promise<T> {
  // A throwaway offscreen window: no preload, no JavaScript, its own in-memory session, so an
  // export (which has no script anyway) can reach nothing.
  const window = new BrowserWindow({
    show: false,
    width,
    height: PREVIEW_HEIGHT,
    webPreferences: {
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      partition: 'factmark-export',
    },
  })
  const { session } = window.webContents
  installPermissionHandlers(session)
  // Only the document itself loads: no request leaves the machine, whatever the export holds.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') })
  })
  try {
    await window.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
    )
    return await run(window.webContents)
  } finally {
    window.destroy()
  }
}

/** Prints and previews exports with an offscreen Electron window (Chromium's own printing). */
export function electronHtmlRenderer(): HtmlRenderer {
  return {
    pdf: (html) =>
      withPage(html, 900, async (contents) => {
        const pdf = await contents.printToPDF({ printBackground: true, pageSize: 'A4' })
        return new Uint8Array(pdf)
      }),
    png: (html, width) =>
      withPage(html, width, async (contents) => {
        const image = await contents.capturePage()
        return new Uint8Array(image.toPNG())
      }),
  }
}
