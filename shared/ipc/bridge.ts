import {
  EVENT_CHANNELS,
  pageInvokeChannels,
  ipcChannelName,
  isEventChannel,
  type Api,
  type EventChannel,
} from './contract'

/** How the bridge reaches the main process: Electron's ipcRenderer, or a test's stand-in. */
export interface BridgeTransport {
  invoke(channel: string, args: unknown): Promise<unknown>
  subscribe(channel: string, listener: (payload: unknown) => void): () => void
}

/**
 * Builds `window.api` from the contract's allow-lists: one method per page invoke channel (the
 * preload-only ones stay in the preload) and an `on`
 * that accepts only allow-listed events. Nothing generic (no raw channel names, no ipcRenderer)
 * reaches the page.
 */
export function createApi(transport: BridgeTransport): Api {
  const api: Record<string, unknown> = {}
  for (const channel of pageInvokeChannels) {
    api[channel] = (args?: unknown) => transport.invoke(ipcChannelName(channel), args)
  }
  api.on = (event: EventChannel, listener: (payload: unknown) => void) => {
    if (!isEventChannel(event) || !EVENT_CHANNELS[event]) {
      throw new TypeError(`api.on: unknown event ${String(event)}`)
    }
    if (typeof listener !== 'function') throw new TypeError('api.on: listener must be a function')
    return transport.subscribe(ipcChannelName(event), (payload) => listener(payload))
  }
  return Object.freeze(api) as unknown as Api
}
