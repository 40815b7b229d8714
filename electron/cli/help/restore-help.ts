import type { CommandHelp } from '../command-help'

/** `factmark restore`. */
export const restoreHelp: CommandHelp = {
  name: 'restore',
  synopsis: ['restore <id>'],
  summary: 'put an article back from the trash',
  description: 'Puts an article back from the library’s trash. Give its full id.',
  options: [],
}
