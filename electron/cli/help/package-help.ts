import { argumentsFrom, type CommandHelp } from '../command-help'

/** `factmark package`. */
export const packageHelp: CommandHelp = {
  name: 'package',
  synopsis: [
    'package export <id>...|--all --out FILE [--editor NAME] [--force]',
    'package import <file>... [--editor NAME]',
  ],
  summary: 'exchange tags with other editors as package files',
  description:
    'package export writes an editor’s tags (default: the library’s editor) as a package file for another editor to import.\n\npackage import merges other editors’ packages: only their tags change, only to newer versions, and it prints what changed per article. A damaged, forged or own package is refused (exit 1).',
  options: [
    { name: 'all', type: 'boolean', text: 'every article (export)' },
    { name: 'out', type: 'string', value: 'FILE', text: 'the package file to write (export)' },
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'whose tags (default: the library’s editor)',
    },
    { name: 'force', type: 'boolean', text: 'replace an existing file (export)' },
  ],
  articleIds: (args) => (args[0] === 'export' ? argumentsFrom(1)(args) : []),
}
