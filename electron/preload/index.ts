import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { createApi } from '../../shared/ipc/bridge'
import { ipcChannelName } from '../../shared/ipc/contract'
import { DROP_SEEN_CHANNEL } from '../../shared/ipc/drop-channel'
import type { Result } from '../../shared/ipc/result'

/** The event channel that carries the outcome of a drop import to the page. */
const DROP_IMPORTED = ipcChannelName('dropImported')

/** Page listeners of `dropImported`: the preload itself delivers that event, not main. */
const dropListeners = new Set<(payload: unknown) => void>()

/**
 * The sandboxed preload: exposes `window.api`, built from the contract's allow-lists, and nothing
 * else. The only module that touches `ipcRenderer`; no IpcRendererEvent ever reaches the page.
 */
contextBridge.exposeInMainWorld(
  'api',
  createApi({
    invoke: (channel, args) => ipcRenderer.invoke(channel, args),
    subscribe: (channel, listener) => {
      if (channel === DROP_IMPORTED) {
        dropListeners.add(listener)
        return () => {
          dropListeners.delete(listener)
        }
      }
      const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, handler)
      return () => {
        ipcRenderer.removeListener(channel, handler)
      }
    },
  }),
)

// The electron/ tsconfig has no DOM library (main must not use it); these are the few pieces of
// the preload's window that the drop handler uses.
interface FileDragEvent {
  readonly dataTransfer: {
    readonly types: readonly string[]
    readonly files: ArrayLike<File>
    dropEffect: string
  } | null
  preventDefault(): void
}
declare const window: {
  addEventListener(type: 'dragover' | 'drop', listener: (event: FileDragEvent) => void): void
}

/** Whether a drag carries files (not text or a link dragged within the page). */
function carriesFiles(event: FileDragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

// Files dropped on the window are imported. The paths are read here, in the preload, from the
// drop's own File objects (Electron ≥ 32 has no `File.path`): the page never hands main a path,
// so it cannot import files the editor did not drop. A File made by a script has no path ('').
window.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return
  event.preventDefault()
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
})
window.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return
  // Without this, Chromium would navigate to the dropped file.
  event.preventDefault()
  const files = Array.from(event.dataTransfer?.files ?? [])
  const paths = files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '')
  if (paths.length === 0) return
  // Main records what was really dropped, at the drop; importDropped imports only those paths.
  ipcRenderer.send(DROP_SEEN_CHANNEL, paths)
  const deliver = (result: Result<unknown>) => {
    for (const listener of dropListeners) listener(result)
  }
  ipcRenderer.invoke(ipcChannelName('importDropped'), { paths }).then(
    (result: Result<unknown>) => deliver(result),
    (error: unknown) =>
      deliver({
        ok: false,
        error: {
          code: 'internal',
          message: `The dropped files could not be imported: ${String(error)}`,
        },
      }),
  )
})
