import { argumentsFrom, type CommandHelp } from '../command-help'

/** `factmark package`. */
export const packageHelp: CommandHelp = {
  name: 'package',
  synopsis: [
    'package export <id>...|--all --out FILE [--editor NAME] [--force] [--key PATH]',
    'package import <file>... [--editor NAME] [--allow-unsigned]',
  ],
  summary: 'exchange tags with other editors as package files',
  description:
    'package export writes an editor’s tags (default: the library’s editor) as a package file for another editor to import, signed with their key (--key: an SSH ed25519 key of theirs; default: their team key, else the one Factmark made for them).\n\npackage import merges other editors’ packages: only their tags change, only to newer versions; it prints the signing key’s fingerprint and what changed per article. A damaged, forged or own package, or one signed by another key than the one first accepted for its editor, is refused (exit 1); an unsigned one only with --allow-unsigned, and then marked unverified.',
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
    {
      name: 'key',
      type: 'string',
      value: 'PATH',
      text: 'sign with this SSH ed25519 private key (export)',
    },
    {
      name: 'allow-unsigned',
      type: 'boolean',
      text: 'import an unsigned package, marked unverified (import)',
    },
  ],
  articleIds: (args) => (args[0] === 'export' ? argumentsFrom(1)(args) : []),
}
