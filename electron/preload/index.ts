import { contextBridge, ipcRenderer } from 'electron'
import { createApi } from '../../shared/ipc/bridge'

/**
 * The sandboxed preload: exposes `window.api`, built from the contract's allow-lists, and nothing
 * else. The only module that touches `ipcRenderer`; no IpcRendererEvent ever reaches the page.
 */
contextBridge.exposeInMainWorld(
  'api',
  createApi({
    invoke: (channel, args) => ipcRenderer.invoke(channel, args),
    subscribe: (channel, listener) => {
      const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, handler)
      return () => {
        ipcRenderer.removeListener(channel, handler)
      }
    },
  }),
)
