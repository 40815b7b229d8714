import { FactmarkError } from '../../../shared/ipc/result'
import { errorCode } from './store-fs'

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  EROFS: 'the disk is read-only',
  EACCES: 'Factmark is not allowed to write in the library folder',
  EPERM: 'Factmark is not allowed to write in the library folder',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
}

/** Why the file system refused, in plain words (`the disk is full`), or null for other codes. */
export function plainReason(error: unknown): string | null {
  const code = errorCode(error)
  return (code && REASONS[code]) ?? null
}

/** The detail line of a file-system failure: its code and the system's own message. */
export function systemDetail(error: unknown): string {
  const message = (error as Error | null)?.message ?? String(error)
  return `Detail: ${message}`
}

/**
 * The `store-failure` error for a save that the file system refused, saying what could not be
 * saved, why in plain words (with the system's code), and that the previous version is intact.
 */
export function writeFailure(error: unknown, what: string, outcome: string): FactmarkError {
  if (error instanceof FactmarkError) return error
  const code = errorCode(error)
  const reason = (code && REASONS[code]) ?? (error as Error | null)?.message ?? String(error)
  return new FactmarkError(
    'store-failure',
    `Could not save ${what}: ${reason}${code ? ` (${code})` : ''}. ${outcome}`,
  )
}
