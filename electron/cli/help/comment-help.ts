import type { CommandHelp } from '../command-help'

/** `factmark comment`. */
export const commentHelp: CommandHelp = {
  name: 'comment',
  synopsis: ['comment <tag-id> --text T [--editor NAME] [--json]'],
  summary: 'add a comment to a tag’s discussion',
  description:
    'Adds a comment to a tag’s discussion, as review mode does (a reply is a later comment).',
  options: [
    { name: 'text', type: 'string', value: 'T', text: 'the comment' },
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'who comments (default: the library’s editor)',
    },
    { name: 'json', type: 'boolean', text: 'print the comment as JSON' },
  ],
  tagIds: () => [0],
}
