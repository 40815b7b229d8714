import type { CommandHelp } from '../command-help'

/** `factmark keys`. */
export const keysHelp: CommandHelp = {
  name: 'keys',
  synopsis: ['keys [--json]', 'keys forget <editor-id>'],
  summary: 'your signing key, and the keys this library accepted on first use',
  description:
    'keys prints your signing key’s fingerprint and every editor’s key this library accepted on first use (trust on first use: later work under that name must be signed by the same key).\n\nkeys forget removes one editor’s key, after that editor really changed keys; their next signed package is then accepted as a first use.',
  options: [
    { name: 'json', type: 'boolean', text: 'print JSON' },
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'whose key is “yours” (default: the library’s editor)',
    },
  ],
}
