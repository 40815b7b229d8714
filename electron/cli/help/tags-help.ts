import type { CommandHelp } from '../command-help'

/** `factmark tags`. */
export const tagsHelp: CommandHelp = {
  name: 'tags',
  synopsis: ['tags <id> [--json]'],
  summary: 'every editor’s tags on an article, and where each lands in the text',
  description:
    'Lists every editor’s tags on an article in document order, with where each lands in the current text: anchored, changed, ambiguous or orphan.',
  options: [{ name: 'json', type: 'boolean', text: 'print the tags as JSON' }],
  articleIds: () => [0],
}
