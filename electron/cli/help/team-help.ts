import type { CommandHelp } from '../command-help'

/** `factmark team`. */
export const teamHelp: CommandHelp = {
  name: 'team',
  synopsis: [
    'team create|join <address> [--editor NAME] [--key PATH] [--json]',
    'team roster add NAME "<key>"',
    'team sync | team status | team log <id>   [--json]',
  ],
  summary: 'work as a team through a Git repository with signed commits',
  description:
    'Works as a team through a Git repository (https, ssh, git@host:path, or a bare repository’s path) with signed commits. create or join prints the editor’s public key, and creates the library folder if needed; an admin adds the key to the roster; sync sends and takes in work, refusing unsigned or forged changes; log prints an article’s signed trail.',
  options: [
    { name: 'json', type: 'boolean', text: 'print JSON' },
    { name: 'editor', type: 'string', value: 'NAME', text: 'the editor who joins or creates' },
    { name: 'key', type: 'string', value: 'PATH', text: 'an SSH key to sign with' },
  ],
  articleIds: (args) => (args[0] === 'log' ? [1] : []),
  createsLibrary: (args) => args[0] === 'create' || args[0] === 'join',
}
