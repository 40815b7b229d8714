import type { CliIo } from './cli-io'

let stderr: ((text: string) => void) | null = null

/**
 * Sends the notices raised while the CLI opens the library's settings (a damaged
 * `settings.json` restored) to `io`'s stderr for the rest of this run. `runCli` calls it first,
 * so that no command can open the settings without the editor being told.
 */
export function reportSettingsNoticesTo(io: CliIo): void {
  stderr = io.stderr
}

/** Prints one settings notice as a `factmark:` line on the run's stderr. */
export function printSettingsNotice(message: string): void {
  const line = `factmark: ${message}\n`
  if (stderr) stderr(line)
  else process.stderr.write(line)
}
