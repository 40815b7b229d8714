import { isInvokeChannel, type Handlers } from '../../shared/ipc/contract'
import { fail, FactmarkError, ok, type Result } from '../../shared/ipc/result'
import { plainError, systemErrorCode } from '../../shared/ipc/plain-error'
import { invokeArgSchemas } from '../../shared/ipc/validate'

/** Where a dispatcher reports errors that are not the editor's fault (bugs, I/O surprises). */
export type ErrorLog = (message: string, error: unknown) => void

/**
 * Runs one untrusted call: checks the channel is in the contract, parses the payload with the
 * channel's schema, runs the handler and turns every outcome into a {@link Result}. Never throws.
 * The same function serves Electron's ipcMain and the end-to-end tests' bridge.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  log: ErrorLog = () => undefined,
): Promise<Result<unknown>> {
  if (!isInvokeChannel(channel)) return fail('invalid-argument', 'Unknown request.')
  const parsed = invokeArgSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : ''
    return fail(
      'invalid-argument',
      `Invalid request to ${channel}${where}: ${issue?.message ?? 'bad payload'}.`,
    )
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (error) {
    if (error instanceof FactmarkError) return fail(error.code, error.message, error.details)
    log(`dispatch: ${channel} failed`, error)
    if (systemErrorCode(error) !== null) {
      const words = plainError(error, `complete ${channel}`)
      return fail('store-failure', words.message, words.details ?? undefined)
    }
    return fail(
      'internal',
      `Factmark could not complete ${channel}: ${(error as Error)?.message ?? String(error)}`,
    )
  }
}
