import type { CommandHelp } from '../command-help'

/** `factmark claims`. */
export const claimsHelp: CommandHelp = {
  name: 'claims',
  synopsis: ['claims [--status S] [--verdict V] [--editor NAME] [--json]'],
  summary: 'list the library’s claim and disputed tags, as the claims board does',
  description:
    'Lists every claim and disputed tag across the library with its claimant, article and outlet, editor, status, verdict, review state and age: a table, or JSON with --json. --status and --verdict take an id or a name (of the library’s rating scale); --editor an editor’s id or name.',
  options: [
    {
      name: 'status',
      type: 'string',
      value: 'S',
      text: 'to-check, researching, verdict, published or not-checkable',
    },
    { name: 'verdict', type: 'string', value: 'V', text: 'a rating of the library’s scale' },
    { name: 'editor', type: 'string', value: 'NAME', text: 'only this editor’s claims' },
    { name: 'json', type: 'boolean', text: 'print JSON' },
  ],
}
