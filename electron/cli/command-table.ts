import type { CommandHelp } from './command-help'
import { flag, text, texts, type CommandContext } from './command-context'
import { agreementHelp } from './help/agreement-help'
import { claimsHelp } from './help/claims-help'
import { commentHelp } from './help/comment-help'
import { debrisHelp } from './help/debris-help'
import { deleteHelp } from './help/delete-help'
import { exportHelp } from './help/export-help'
import { importHelp } from './help/import-help'
import { initHelp } from './help/init-help'
import { keysHelp } from './help/keys-help'
import { listHelp } from './help/list-help'
import { packageHelp } from './help/package-help'
import { restoreHelp } from './help/restore-help'
import { reviewHelp } from './help/review-help'
import { segmentHelp } from './help/segment-help'
import { showHelp } from './help/show-help'
import { storyHelp } from './help/story-help'
import { tagHelp } from './help/tag-help'
import { tagsHelp } from './help/tags-help'
import { verdictHelp } from './help/verdict-help'
import { teamHelp } from './help/team-help'
import { UsageError } from './usage-error'

/** One command of the CLI: what it says about itself, and how it runs. */
export interface CliCommand {
  help: CommandHelp
  /** Runs the command; loads its code with `import()` so that other commands never parse it. */
  run: (context: CommandContext) => Promise<number>
}

/**
 * Every command, in the order `factmark --help` lists them. A new command is one entry: its help
 * module under `help/`, and a `run` that imports its code, e.g.
 * `{ help: verdictHelp, run: async (c) => (await import('./verdict-command')).run(c) }`.
 */
export const CLI_COMMANDS: readonly CliCommand[] = [
  {
    help: initHelp,
    run: async (c) => (await import('./init-command')).initCommand(c),
  },
  {
    help: importHelp,
    run: async (c) =>
      (await import('./import-command')).importCommand(
        c.dataDir,
        c.args,
        { json: flag(c, 'json'), encoding: text(c, 'encoding'), update: flag(c, 'update') },
        c.io,
      ),
  },
  {
    help: listHelp,
    run: async (c) => {
      if (c.args.length > 0) throw new UsageError('list takes no arguments')
      return (await import('./library-commands')).listCommand(c.dataDir, flag(c, 'json'), c.io)
    },
  },
  {
    help: showHelp,
    run: async (c) => {
      if (c.args.length !== 1) throw new UsageError('show takes exactly one article id')
      return (await import('./library-commands')).showCommand(c.dataDir, c.args[0] ?? '', c.io)
    },
  },
  {
    help: tagHelp,
    run: async (c) => (await import('./tag-command')).tagCommand(c),
  },
  {
    help: verdictHelp,
    run: async (c) =>
      (await import('./verdict-command')).verdictCommand(
        c.dataDir,
        c.args,
        {
          status: text(c, 'status'),
          verdict: text(c, 'verdict'),
          claimant: text(c, 'claimant'),
          summary: text(c, 'summary'),
          editor: text(c, 'editor'),
          json: flag(c, 'json'),
        },
        c.io,
      ),
  },
  {
    help: tagsHelp,
    run: async (c) =>
      (await import('./tags-command')).tagsCommand(c.dataDir, c.args, flag(c, 'json'), c.io),
  },
  {
    help: debrisHelp,
    run: async (c) => {
      const [{ withLibrary }, { debrisCommand }] = await Promise.all([
        import('./with-library'),
        import('./debris-command'),
      ])
      return withLibrary(c.dataDir, c.io, (store) =>
        debrisCommand(store, c.args, flag(c, 'json'), c.io),
      )
    },
  },
  {
    help: deleteHelp,
    run: async (c) => (await import('./delete-command')).deleteCommand(c.dataDir, c.args, c.io),
  },
  {
    help: restoreHelp,
    run: async (c) => (await import('./delete-command')).restoreCommand(c.dataDir, c.args, c.io),
  },
  {
    help: segmentHelp,
    run: async (c) => (await import('./segment-command')).segmentCommand(c.args, c.io),
  },
  {
    help: exportHelp,
    run: async (c) => {
      const [{ withLibrary }, { exportCommand }] = await Promise.all([
        import('./with-library'),
        import('./export-command'),
      ])
      return withLibrary(
        c.dataDir,
        c.io,
        (store) =>
          exportCommand(
            store,
            c.args,
            {
              all: flag(c, 'all'),
              format: text(c, 'format'),
              out: text(c, 'out'),
              editors: texts(c, 'editor'),
              kinds: texts(c, 'kind'),
              notes: !flag(c, 'no-notes'),
              force: flag(c, 'force'),
              version: c.version,
              rejected: text(c, 'rejected'),
              preset: text(c, 'preset'),
              publisher: text(c, 'publisher'),
              reviewUrl: text(c, 'review-url'),
            },
            c.io,
          ),
        'read',
      )
    },
  },
  {
    help: reviewHelp,
    run: async (c) =>
      (await import('./review-command')).reviewCommand(
        c.dataDir,
        c.args,
        {
          accept: flag(c, 'accept'),
          reject: flag(c, 'reject'),
          reason: text(c, 'reason'),
          editor: text(c, 'editor'),
          json: flag(c, 'json'),
        },
        c.io,
      ),
  },
  {
    help: commentHelp,
    run: async (c) =>
      (await import('./comment-command')).commentCommand(
        c.dataDir,
        c.args,
        { text: text(c, 'text'), editor: text(c, 'editor'), json: flag(c, 'json') },
        c.io,
      ),
  },
  {
    help: claimsHelp,
    run: async (c) =>
      (await import('./claims-command')).claimsCommand(
        c.dataDir,
        c.args,
        {
          status: text(c, 'status'),
          verdict: text(c, 'verdict'),
          editor: text(c, 'editor'),
          json: flag(c, 'json'),
        },
        c.io,
      ),
  },
  {
    help: agreementHelp,
    run: async (c) => {
      const [{ withLibrary }, { agreementCommand }] = await Promise.all([
        import('./with-library'),
        import('./agreement-command'),
      ])
      return withLibrary(
        c.dataDir,
        c.io,
        (store) =>
          agreementCommand(store, c.args, { all: flag(c, 'all'), json: flag(c, 'json') }, c.io),
        'read',
      )
    },
  },
  {
    help: storyHelp,
    run: async (c) => {
      const [{ withLibrary }, { storyCommand }] = await Promise.all([
        import('./with-library'),
        import('./story-command'),
      ])
      // Comparing only reads; accepting or dismissing a suggestion writes.
      const changes = c.args[0] === 'accept' || c.args[0] === 'dismiss'
      return withLibrary(
        c.dataDir,
        c.io,
        (store) => storyCommand(store, c.args, { json: flag(c, 'json') }, c.io),
        changes ? 'write' : 'read',
      )
    },
  },
  {
    help: packageHelp,
    run: async (c) =>
      (await import('./package-command')).packageCommand(
        c.dataDir,
        c.args,
        {
          all: flag(c, 'all'),
          out: text(c, 'out'),
          editor: text(c, 'editor'),
          force: flag(c, 'force'),
          key: text(c, 'key'),
          allowUnsigned: flag(c, 'allow-unsigned'),
        },
        c.io,
      ),
  },
  {
    help: keysHelp,
    run: async (c) =>
      (await import('./keys-command')).keysCommand(
        c.dataDir,
        c.args,
        { json: flag(c, 'json'), editor: text(c, 'editor') },
        c.io,
      ),
  },
  {
    help: teamHelp,
    run: async (c) =>
      (await import('./team-command')).teamCommand(
        c.dataDir,
        c.args,
        { json: flag(c, 'json'), editor: text(c, 'editor'), key: text(c, 'key') },
        c.io,
      ),
  },
]

/** The command of this name, if there is one. */
export function findCommand(name: string): CliCommand | undefined {
  return CLI_COMMANDS.find((command) => command.help.name === name)
}
