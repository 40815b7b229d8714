import type { CommandHelp } from '../command-help'

/** `factmark list`. */
export const listHelp: CommandHelp = {
  name: 'list',
  synopsis: ['list [--json]'],
  summary: 'list the library’s articles with their ids',
  description: 'Lists the library’s articles: id, title, outlet and number of tags.',
  options: [{ name: 'json', type: 'boolean', text: 'print the articles as JSON' }],
}
