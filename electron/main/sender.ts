import type { WebContents } from 'electron'
import { isAppUrl } from './guards'
import { isOwnWindowContents } from './window'

/** The part of an `IpcMainInvokeEvent` that the sender check reads. */
export interface IpcSenderEvent {
  /** The frame that sent the message; `null` once it has navigated away or been destroyed. */
  senderFrame: { url: string; parent?: unknown } | null
  /** The webContents that sent the message. */
  sender?: WebContents
}

/**
 * The IPC sender check (Electron checklist item 17): the sending frame exists, is a top-level
 * frame, is on the app origin (`app://factmark`), and, when `sender` is given, belongs to a window
 * the app created. Anything odd (a frame that throws when read) is untrusted.
 */
export function isTrustedSender(event: IpcSenderEvent): boolean {
  try {
    const frame = event.senderFrame
    if (frame === null || typeof frame !== 'object') return false
    if (frame.parent !== null && frame.parent !== undefined) return false
    if (!isAppUrl(frame.url)) return false
    if (event.sender !== undefined && !isOwnWindowContents(event.sender)) return false
    return true
  } catch {
    return false
  }
}
