/** The codes an IPC handler or store operation can fail with. */
export type ErrorCode =
  | 'invalid-argument'
  | 'forbidden'
  | 'not-found'
  | 'duplicate'
  | 'unsupported-file'
  | 'too-large'
  | 'store-failure'
  | 'locked'
  | 'export-failure'
  | 'cancelled'
  | 'internal'

/** A failure that crosses the IPC boundary intact (thrown errors lose all but their message). */
export interface Failure {
  code: ErrorCode
  message: string
  /** Technical details (a system code such as ENOENT, a path) for a "Details" fold; optional. */
  details?: string
}

/** The outcome of every IPC call: a value, or a failure with a code and a readable message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Wraps a code and message as a failed result. */
export function fail<T = never>(code: ErrorCode, message: string, details?: string): Result<T> {
  return {
    ok: false,
    error: details === undefined ? { code, message } : { code, message, details },
  }
}

/**
 * An error that carries an {@link ErrorCode}, thrown inside the main process and turned into a
 * failed {@link Result} at the IPC boundary.
 */
export class FactmarkError extends Error {
  /**
   * Creates an error with a machine-readable code, a message meant for the editor (plain words,
   * see `plainError`) and optional technical details (a system code, a path) for a Details fold.
   */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string,
  ) {
    super(message)
    this.name = 'FactmarkError'
  }
}
