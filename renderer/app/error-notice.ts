import type { Notice } from '../../shared/model/notice'

/**
 * An error notice for a failed call: the error's message (plain words, written by the main
 * process) and, when the failure carried them, its technical details for the Details fold.
 */
export function errorNotice(error: unknown, prefix = ''): Notice {
  const message = error instanceof Error ? error.message : String(error)
  const details = (error as { details?: unknown } | null)?.details
  return {
    level: 'error',
    message: `${prefix}${message}`,
    ...(typeof details === 'string' ? { details } : {}),
  }
}
