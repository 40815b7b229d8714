import type { CommandHelp } from '../command-help'

/** `factmark debris`. */
export const debrisHelp: CommandHelp = {
  name: 'debris',
  synopsis: ['debris <id> [--json]'],
  summary: 'what looks like web-copy debris in an article',
  description:
    'Lists what looks like web-copy debris in an article (comment forms, photo credits and captions, image residue, embedded posts, a cut-off end), with offsets into its text and whether the editor kept it.',
  options: [{ name: 'json', type: 'boolean', text: 'print the pieces as JSON' }],
  articleIds: () => [0],
}
