import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron'
import {
  invokeChannels,
  ipcChannelName,
  type EventChannel,
  type Events,
  type Handlers,
} from '../../shared/ipc/contract'
import { DROP_SEEN_CHANNEL, MAX_DROPPED_PATHS } from '../../shared/ipc/drop-channel'
import { fail } from '../../shared/ipc/result'
import { dispatch, type ErrorLog } from '../core/dispatch'
import { isTrustedSender } from './sender'

/** Options of {@link registerIpc}. */
export interface IpcOptions {
  /** The sender check; defaults to {@link isTrustedSender}. */
  isTrusted?: (event: IpcMainInvokeEvent) => boolean
  /** Where unexpected handler errors are reported. */
  log?: ErrorLog
}

/**
 * Wires every contract channel to `ipcMain.handle` through one wrapper: the sender is checked
 * first (a frame of a window we created, showing our app:// origin), then `dispatch` validates
 * the payload and runs the handler. The only module that touches `ipcMain`. Returns a function
 * that removes the handlers.
 */
export function registerIpc(handlers: Handlers, options: IpcOptions = {}): () => void {
  const isTrusted = options.isTrusted ?? isTrustedSender
  for (const channel of invokeChannels) {
    ipcMain.handle(ipcChannelName(channel), (event, payload: unknown) => {
      if (!isTrusted(event)) {
        return Promise.resolve(fail('forbidden', 'This page is not allowed to call Factmark.'))
      }
      return dispatch(handlers, channel, payload, options.log)
    })
  }
  return () => {
    for (const channel of invokeChannels) ipcMain.removeHandler(ipcChannelName(channel))
  }
}

/** Pushes an allow-listed event to a renderer. */
export function sendEvent<E extends EventChannel>(
  contents: WebContents,
  event: E,
  payload: Events[E],
): void {
  if (!contents.isDestroyed()) contents.send(ipcChannelName(event), payload)
}

/**
 * Records the paths of files dropped on the window, sent by the preload at the drop itself (see
 * `DROP_SEEN_CHANNEL`), into `record` (the handlers' allow-list of dropped paths). Messages from
 * an untrusted sender, or that are not a list of strings, are ignored. Returns a function that
 * stops listening.
 */
export function registerDropRecorder(
  record: (paths: readonly string[]) => void,
  isTrusted: (event: IpcMainEvent) => boolean = isTrustedSender,
): () => void {
  const listener = (event: IpcMainEvent, payload: unknown) => {
    if (!isTrusted(event)) return
    if (!Array.isArray(payload) || payload.length > MAX_DROPPED_PATHS) return
    if (!payload.every((path): path is string => typeof path === 'string')) return
    record(payload)
  }
  ipcMain.on(DROP_SEEN_CHANNEL, listener)
  return () => {
    ipcMain.removeListener(DROP_SEEN_CHANNEL, listener)
  }
}
