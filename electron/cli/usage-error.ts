/** Bad usage of the CLI: `runCli` prints the message with the usage text and exits 2. */
export class UsageError extends Error {
  /** Creates a usage error whose message says what was wrong with the command line. */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
