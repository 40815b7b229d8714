import type { CommandHelp } from '../command-help'

/** `factmark show`. */
export const showHelp: CommandHelp = {
  name: 'show',
  synopsis: ['show <id>'],
  summary: 'print an article’s text with its sentences numbered from 0',
  description:
    'Prints an article’s text with its sentences numbered from 0, the numbers tag’s --sentence takes.',
  options: [],
  examples: ['factmark show 40a7'],
  articleIds: () => [0],
}
