import { argumentsFrom, type CommandHelp } from '../command-help'

/** `factmark story`. */
export const storyHelp: CommandHelp = {
  name: 'story',
  synopsis: [
    'story <id> <id>... [--json]',
    'story accept <suggestion-id> [<id> <id>...] [--json]',
    'story dismiss <suggestion-id> [<id> <id>...]',
  ],
  summary: 'compare how several articles told the same story',
  description:
    'Compares how the articles told the same story: each quotation with its versions and speakers, each figure by what it counts, the roles they give people, conflicts flagged, and suggested tags.\n\nstory accept makes a suggested tag an ordinary tag by the library’s editor, as the story screen’s Accept does, and prints the tag’s id; without ids, the suggestion is looked for in the saved stories. story dismiss dismisses a suggestion for good.',
  options: [{ name: 'json', type: 'boolean', text: 'print JSON' }],
  articleIds: (args) => argumentsFrom(args[0] === 'accept' || args[0] === 'dismiss' ? 2 : 0)(args),
}
