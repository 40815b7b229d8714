import type { CommandHelp } from '../command-help'

/** `factmark delete`. */
export const deleteHelp: CommandHelp = {
  name: 'delete',
  synopsis: ['delete <id>'],
  summary: 'move an article and its tags into the library’s trash',
  description:
    'Moves an article (its text and every editor’s tags) into the library’s trash folder, trash/<id>.json; restore puts it back.',
  options: [],
  articleIds: () => [0],
}
