import type { CommandHelp } from '../command-help'

/** `factmark verdict`. */
export const verdictHelp: CommandHelp = {
  name: 'verdict',
  synopsis: [
    'verdict <tag-id> [--status S] [--verdict V] [--claimant NAME] [--summary TEXT]',
    '    [--editor NAME] [--json]',
  ],
  summary: 'change the fact-check of a claim or disputed tag of yours',
  description:
    'Changes the fact-check of a claim or disputed tag: its status, its verdict on the library’s rating scale, its claimant and its one-line summary (at least one of them). A verdict moves the status to “verdict”; moving the status back before it drops the verdict. Only the tag’s own editor changes it.',
  options: [
    {
      name: 'status',
      type: 'string',
      value: 'S',
      text: 'to-check, researching, verdict, published or not-checkable',
    },
    {
      name: 'verdict',
      type: 'string',
      value: 'V',
      text: 'a rating of the library’s scale (default: true, mostly-true, half-true, mostly-false, false, misleading, unverifiable)',
    },
    { name: 'claimant', type: 'string', value: 'NAME', text: 'who made the claim' },
    { name: 'summary', type: 'string', value: 'TEXT', text: 'the claim in one line' },
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'whose tag (default: the library’s editor)',
    },
    { name: 'json', type: 'boolean', text: 'print the tag as JSON' },
  ],
  tagIds: () => [0],
}
