import { FactmarkError } from '../../shared/ipc/result'
import { splitSentences } from '../../shared/text/sentences'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'

/**
 * `factmark segment`: reads all of standard input and prints its sentences as a JSON array of
 * `{ start, end }` offsets (UTF-16 units, `end` exclusive) on one line.
 */
export async function segmentCommand(positionals: readonly string[], io: CliIo): Promise<number> {
  if (positionals.length > 0) {
    throw new UsageError('segment takes no arguments: it reads the text from standard input')
  }
  if (!io.stdin) {
    throw new FactmarkError(
      'invalid-argument',
      'segment reads the text from standard input, which is not available here.',
    )
  }
  const text = await io.stdin()
  io.stdout(`${JSON.stringify(splitSentences(text))}\n`)
  return 0
}
