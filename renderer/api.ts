import type { Api } from '../shared/ipc/contract'
import type { Result } from '../shared/ipc/result'

declare global {
  interface Window {
    /** The bridge the preload exposes; read only through this module. */
    readonly api?: Api
  }
}

/** The main process's API, as the preload exposes it. The only module that reads `window.api`. */
export function getApi(): Api {
  const api = window.api
  if (!api) throw new Error('Factmark’s bridge to the main process is missing (window.api).')
  return api
}

/**
 * Unwraps a {@link Result}: its value, or an Error carrying the failure's message, with its code
 * and technical details (for a notice's Details fold) as properties.
 */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (result.ok) return result.value
  throw Object.assign(new Error(result.error.message), {
    code: result.error.code,
    ...(result.error.details !== undefined ? { details: result.error.details } : {}),
  })
}
