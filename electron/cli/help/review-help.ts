import type { CommandHelp } from '../command-help'

/** `factmark review`. */
export const reviewHelp: CommandHelp = {
  name: 'review',
  synopsis: ['review <tag-id> --accept | --reject --reason R [--editor NAME] [--json]'],
  summary: 'accept or reject another editor’s tag, as review mode does',
  description:
    'Accepts or rejects another editor’s tag as review mode does: an accept copies the tag as your own, crediting its author; a reject needs a reason.',
  options: [
    { name: 'accept', type: 'boolean', text: 'accept the tag' },
    { name: 'reject', type: 'boolean', text: 'reject the tag (with --reason)' },
    { name: 'reason', type: 'string', value: 'R', text: 'why the tag is rejected' },
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'the reviewer (default: the library’s editor)',
    },
    { name: 'json', type: 'boolean', text: 'print the review as JSON' },
  ],
  tagIds: () => [0],
}
