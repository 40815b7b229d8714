import type { CommandHelp } from '../command-help'

/** `factmark segment`. */
export const segmentHelp: CommandHelp = {
  name: 'segment',
  synopsis: ['segment < text.txt'],
  summary: 'split standard input into sentences (no library needed)',
  description:
    'Splits the text on standard input into sentences as Factmark does, and prints their offsets as a JSON array of { start, end }.',
  options: [],
  examples: ['echo "One. Two." | factmark segment'],
  noLibrary: true,
}
