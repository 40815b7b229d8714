import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { FactmarkError } from '../../shared/ipc/result'
import { defaultDataDir } from '../core/data-dir'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'

// Each command's code (the store, the importers, the exports…) is loaded with `import()` when that
// command runs, so that `factmark --help` or a usage error parses only this module. The build
// splits the CLI into chunks along these imports.

/** Where the CLI writes and what environment it reads; the real process's in production. */
export type { CliIo } from './cli-io'

/** The version written into exports' metadata: package.json's, put in by the build. */
const CLI_VERSION = process.env.FACTMARK_VERSION ?? 'development'

/** The CLI's help text. */
export const USAGE = `Usage: factmark [--data-dir DIR] <command> [options]

Commands:
  import <file>... [--json] [--encoding windows-1252] [--update]
                              add articles (web pages .html, Word .docx, .pdf, .txt, .md) to
                              the library; prints the new ids. A file already there is skipped.
                              --encoding windows-1252 reads files that are not valid UTF-8 as
                              Windows-1252; --update replaces an article a file is a newer
                              version of (same web address, or same headline and outlet),
                              keeping its tags
  list [--json]               list the library's articles
  show <id>                   print an article's text with its sentences numbered from 0
  claims [--status S] [--verdict V] [--editor E] [--json]
                              every claim and disputed tag of the library (the claims board):
                              text, claimant, article, editor, status, verdict, review state;
                              --status to-check|researching|verdict|published|not-checkable|none,
                              --verdict a rating's id or name (or none), --editor id or name
  tag <id> --sentence N --kind K [--note TEXT] [--editor NAME]
                              tag sentence N (numbered as show prints it) as quote, claim,
                              disputed or context; an editor's new tag on a sentence replaces
                              their previous one there; prints the tag's id
  tags <id> [--json]          every editor's tags on an article in document order, with where
                              each lands in the current text (anchored, changed, ambiguous, orphan)
  debris <id> [--json]        what looks like web-copy debris in an article (comment forms, photo
                              credits and captions, image residue, embedded posts, a cut-off
                              end), with offsets into its text and whether the editor kept it
  delete <id>                 move an article (text and every editor's tags) into the
                              library's trash folder, trash/<id>.json
  restore <id>                put an article back from the trash
  segment                     split the text on standard input into sentences; prints their
                              offsets as a JSON array of { start, end }
  export <id>|--all --format F --out PATH [--editor NAME]... [--kind K]... [--no-notes] [--force]
                              write an annotated copy: F is html, md, w3c, csv, jsonl, docx or
                              pdf (printed with Chrome or Chromium; $FACTMARK_CHROMIUM picks one);
                              one article to the file PATH (or into PATH when it is a folder),
                              or --all into the folder PATH, one file per article; never replaces
                              a file unless --force; prints each path written
  agreement <id>|--all [--json]
                              sentence-by-sentence agreement between the editors who tagged the
                              article (or the library): percent agreement, Cohen's kappa (two
                              editors), Krippendorff's alpha, and the confusion matrix
  story <id> <id>... [--json]
                              compare how the articles told the same story: each quotation
                              with its versions and speakers, each figure by what it counts,
                              the roles they give people, conflicts flagged, and suggested tags
  story accept <suggestion-id> [<id> <id>...] [--json]
                              make a suggested tag an ordinary tag by the library's editor, as
                              the story screen's Accept does; prints the tag's id. Without ids,
                              the suggestion is looked for in the saved stories
  story dismiss <suggestion-id> [<id> <id>...]
                              dismiss a suggestion for good: remembered in the saved story of
                              these articles (saved first if there is none)
  package export <id>...|--all --out FILE [--editor NAME] [--force]
                              write an editor's tags (default: the library's editor) as a
                              package file for another editor to import
  package import <file>... [--editor NAME]
                              merge other editors' packages: only their tags change, only to
                              newer versions; prints what changed per article; a damaged,
                              forged or own package is refused (exit 1)
  team create|join <address> [--editor NAME] [--key PATH] | team roster add NAME "<key>" |
  team sync | team status | team log <id>   [--json]
                              work as a team through a Git repository (https, ssh, git@host:
                              path, or a bare repository's path) with signed commits: create or
                              join prints the editor's public key; an admin adds it to the roster;
                              sync sends and takes in work, refusing unsigned or forged changes;
                              log prints an article's signed trail

Options:
  --data-dir DIR   the library folder (default: $FACTMARK_DATA_DIR, else the desktop app's)
  --editor NAME    tag as NAME (default: the library's editor, from its settings.json); for
                   export, include NAME's tags (repeatable; default: every editor's)
  -h, --help       show this help
`

/** Options every command accepts. */
const GLOBAL_OPTIONS = ['data-dir', 'help']

/** The options each command accepts besides the global ones. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  import: ['json', 'encoding', 'update'],
  list: ['json'],
  show: [],
  tag: ['sentence', 'kind', 'note', 'editor'],
  tags: ['json'],
  debris: ['json'],
  delete: [],
  restore: [],
  segment: [],
  export: ['all', 'format', 'out', 'editor', 'kind', 'no-notes', 'force'],
  agreement: ['all', 'json'],
  package: ['all', 'out', 'editor', 'force'],
  story: ['json'],
  team: ['json', 'editor', 'key'],
  claims: ['json', 'status', 'verdict', 'editor'],
}

/** Options that may be given more than once (for `export`). */
const REPEATABLE = ['editor', 'kind']

/** Refuses an option the command does not take, and a valued option given twice. */
function checkOptions(command: string, given: readonly { name: string; value?: string }[]): void {
  const allowed = COMMAND_OPTIONS[command]
  if (!allowed) throw new UsageError(`unknown command “${command}”`)
  const seen = new Set<string>()
  for (const option of given) {
    if (!GLOBAL_OPTIONS.includes(option.name) && !allowed.includes(option.name)) {
      throw new UsageError(`${command} does not take --${option.name}`)
    }
    if (option.value !== undefined && seen.has(option.name) && !REPEATABLE.includes(option.name)) {
      throw new UsageError(`--${option.name} is given more than once`)
    }
    seen.add(option.name)
  }
}

/** The one value of an option `tag` takes once (parsed as repeatable for `export`). */
function only(values: string[] | undefined, name: string): string | undefined {
  if (values !== undefined && values.length > 1) {
    throw new UsageError(`--${name} is given more than once`)
  }
  return values?.[0]
}

/**
 * Runs one CLI invocation and returns its exit code: 0 on success, 1 on an error (its message
 * on stderr), 2 on bad usage. Never calls process.exit, so tests can run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        sentence: { type: 'string' },
        kind: { type: 'string', multiple: true },
        note: { type: 'string' },
        editor: { type: 'string', multiple: true },
        all: { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        'no-notes': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        update: { type: 'boolean', default: false },
        key: { type: 'string' },
        status: { type: 'string' },
        verdict: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    const [command, ...rest] = positionals
    if (values.help || !command) {
      ;(values.help ? io.stdout : io.stderr)(USAGE)
      return values.help ? 0 : 2
    }
    checkOptions(
      command,
      tokens.flatMap((token) => (token.kind === 'option' ? [token] : [])),
    )
    const dataDir = resolve(io.cwd, values['data-dir'] ?? defaultDataDir(process.platform, io.env))
    switch (command) {
      case 'import': {
        const { importCommand } = await import('./import-command')
        return await importCommand(
          dataDir,
          rest,
          { json: values.json, encoding: values.encoding, update: values.update },
          io,
        )
      }
      case 'list': {
        if (rest.length > 0) throw new UsageError('list takes no arguments')
        const { listCommand } = await import('./library-commands')
        return await listCommand(dataDir, values.json, io)
      }
      case 'show': {
        if (rest.length !== 1) throw new UsageError('show takes exactly one article id')
        const { showCommand } = await import('./library-commands')
        return await showCommand(dataDir, rest[0] ?? '', io)
      }
      case 'tag': {
        const { tagCommand } = await import('./tag-command')
        return await tagCommand(
          dataDir,
          rest,
          { ...values, kind: only(values.kind, 'kind'), editor: only(values.editor, 'editor') },
          io,
        )
      }
      case 'tags': {
        const { tagsCommand } = await import('./tags-command')
        return await tagsCommand(dataDir, rest, values.json, io)
      }
      case 'debris': {
        const [{ withLibrary }, { debrisCommand }] = await Promise.all([
          import('./with-library'),
          import('./debris-command'),
        ])
        return await withLibrary(dataDir, io, (store) =>
          debrisCommand(store, rest, values.json, io),
        )
      }
      case 'delete': {
        const { deleteCommand } = await import('./delete-command')
        return await deleteCommand(dataDir, rest, io)
      }
      case 'restore': {
        const { restoreCommand } = await import('./delete-command')
        return await restoreCommand(dataDir, rest, io)
      }
      case 'segment': {
        const { segmentCommand } = await import('./segment-command')
        return await segmentCommand(rest, io)
      }
      case 'export': {
        const [{ withLibrary }, { exportCommand }] = await Promise.all([
          import('./with-library'),
          import('./export-command'),
        ])
        return await withLibrary(dataDir, io, (store) =>
          exportCommand(
            store,
            rest,
            {
              all: values.all,
              format: values.format,
              out: values.out,
              editors: values.editor ?? [],
              kinds: values.kind ?? [],
              notes: !values['no-notes'],
              force: values.force,
              version: CLI_VERSION,
            },
            io,
          ),
        )
      }
      case 'agreement': {
        const [{ withLibrary }, { agreementCommand }] = await Promise.all([
          import('./with-library'),
          import('./agreement-command'),
        ])
        return await withLibrary(dataDir, io, (store) =>
          agreementCommand(store, rest, { all: values.all, json: values.json }, io),
        )
      }
      case 'story': {
        const [{ withLibrary }, { storyCommand }] = await Promise.all([
          import('./with-library'),
          import('./story-command'),
        ])
        return await withLibrary(dataDir, io, (store) =>
          storyCommand(store, rest, { json: values.json }, io),
        )
      }
      case 'package': {
        const { packageCommand } = await import('./package-command')
        return await packageCommand(
          dataDir,
          rest,
          {
            all: values.all,
            out: values.out,
            editor: only(values.editor, 'editor'),
            force: values.force,
          },
          io,
        )
      }
      case 'team': {
        const { teamCommand } = await import('./team-command')
        return await teamCommand(
          dataDir,
          rest,
          { json: values.json, editor: only(values.editor, 'editor'), key: values.key },
          io,
        )
      }
      case 'claims': {
        const { claimsCommand } = await import('./claims-command')
        return await claimsCommand(
          dataDir,
          rest,
          {
            status: values.status,
            verdict: values.verdict,
            editor: only(values.editor, 'editor'),
            json: values.json,
          },
          io,
        )
      }
      default:
        throw new UsageError(`unknown command “${command}”`)
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`factmark: ${(error as Error).message}\n\n${USAGE}`)
      return 2
    }
    const message =
      error instanceof FactmarkError ? error.message : String((error as Error).message)
    io.stderr(`factmark: ${message}\n`)
    return 1
  }
}
