/** Why a package was refused: every reason an editor can be shown. */
export type ExchangeRefusal =
  | 'too-large'
  | 'too-deep'
  | 'not-json'
  | 'not-a-package'
  | 'newer-version'
  | 'invalid'
  | 'damaged'
  | 'forged'
  | 'own-package'
  | 'other-key'
  | 'unsigned'
  | 'needs-confirmation'

/**
 * A package that cannot be read or applied. The message is written for the editor and says what
 * was wrong; nothing was changed when it is thrown.
 */
export class ExchangeError extends Error {
  /** `reason` classifies the refusal for callers (the CLI prints only the message). */
  constructor(
    readonly reason: ExchangeRefusal,
    message: string,
  ) {
    super(message)
    this.name = 'ExchangeError'
  }
}
