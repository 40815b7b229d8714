import type { CommandHelp } from '../command-help'

/** `factmark init`. */
export const initHelp: CommandHelp = {
  name: 'init',
  synopsis: ['init [--editor NAME]'],
  summary: 'create an empty library in the --data-dir folder',
  description:
    'Creates a new, empty library in the folder --data-dir names (or the default one), and says where. A folder that already holds a library is left as it is.',
  options: [
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'the library’s editor: whom tag and the other commands credit by default',
    },
  ],
  examples: ['factmark --data-dir ~/desk init --editor "Ana Ruiz"'],
  createsLibrary: () => true,
}
