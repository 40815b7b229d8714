import type { CliIo } from './cli-io'

/** The styles the CLI uses: errors, the dim line of details, and emphasis. */
export type CliStyle = 'error' | 'dim' | 'bold'

const CODES: Record<CliStyle, [string, string]> = {
  error: ['\u001b[1;31m', '\u001b[0m'],
  dim: ['\u001b[2m', '\u001b[0m'],
  bold: ['\u001b[1m', '\u001b[0m'],
}

/**
 * Whether to colour what goes to standard error: only when it is a terminal (`io.colour`, set by
 * the entry point from `isTTY`) and `NO_COLOR` is unset or empty (https://no-color.org).
 */
export function useColour(io: CliIo): boolean {
  const noColour = io.env.NO_COLOR
  return io.colour === true && (noColour === undefined || noColour === '')
}

/** `text` in `style` when colour is on, else as it is. */
export function paint(io: CliIo, style: CliStyle, text: string): string {
  if (!useColour(io)) return text
  const [open, close] = CODES[style]
  return `${open}${text}${close}`
}
