import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { plainError, systemErrorCode } from '../../shared/ipc/plain-error'
import { FactmarkError } from '../../shared/ipc/result'
import { defaultDataDir } from '../core/data-dir'
import type { CliIo } from './cli-io'
import { paint } from './cli-colour'
import {
  formatCommandHelp,
  formatGlobalHelp,
  GLOBAL_OPTIONS,
  type OptionHelp,
} from './command-help'
import type { OptionValue } from './command-context'
import { CLI_COMMANDS, findCommand, type CliCommand } from './command-table'
import { neutraliseBidi } from '../../shared/text/bidi-controls'
import { reportSettingsNoticesTo } from './settings-notices'
import { UsageError } from './usage-error'

// Each command's code (the store, the importers, the exports…) is loaded with `import()` when that
// command runs (see command-table.ts), so that `factmark --help` or a usage error parses only the
// table and the help texts. The build splits the CLI into chunks along these imports.

/** Where the CLI writes and what environment it reads; the real process's in production. */
export type { CliIo } from './cli-io'

/** The version written into exports' metadata: package.json's, put in by the build. */
const CLI_VERSION = process.env.FACTMARK_VERSION ?? 'development'

/** The whole help, listing every command of the table. */
export function globalHelp(): string {
  return formatGlobalHelp(CLI_COMMANDS.map((command) => command.help))
}

type ParseOptions = Record<
  string,
  { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
>

function parseOptions(options: readonly OptionHelp[]): ParseOptions {
  const config: ParseOptions = {}
  for (const option of options) {
    config[option.name] = {
      type: option.type,
      ...(option.multiple ? { multiple: true } : {}),
      ...(option.name === 'help' ? { short: 'h' } : {}),
    }
  }
  return config
}

/** The command line before the command's own options are known: globals and the command name. */
function firstPass(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: parseOptions(GLOBAL_OPTIONS),
  })
  return { values, name: positionals[0] }
}

/** Node's parseArgs errors, said as the rest of the CLI says things. */
function parseArgsMessage(error: Error & { code?: string }, command: string | undefined): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'an option'
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return command ? `${command} does not take ${option}` : `unknown option ${option}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `${option} needs a value`
        : `${option} takes no value`
    default:
      return error.message
  }
}

/** Refuses an option given twice that is not repeatable. */
function checkRepeats(
  tokens: readonly { kind: string; name?: string; value?: string | undefined }[],
  options: readonly OptionHelp[],
): void {
  const seen = new Set<string>()
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue
    const option = options.find((candidate) => candidate.name === token.name)
    if (option && !option.multiple && option.type === 'string' && seen.has(token.name)) {
      throw new UsageError(`--${token.name} is given more than once`)
    }
    seen.add(token.name)
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return false
      throw error
    },
  )
}

/** Replaces id prefixes in `args` by the whole ids they name (one library look-up, if needed). */
async function resolveIds(command: CliCommand, dataDir: string, args: string[], io: CliIo) {
  const articles = command.help.articleIds?.(args) ?? []
  const tags = command.help.tagIds?.(args) ?? []
  const { isFullArticleId } = await import('./resolve-id')
  const pending = articles.filter(
    (index) => args[index] !== undefined && !isFullArticleId(args[index]),
  )
  if (pending.length === 0 && tags.length === 0) return args
  const [{ withLibrary }, { resolveArticleId, resolveTagId }] = await Promise.all([
    import('./with-library'),
    import('./resolve-id'),
  ])
  return withLibrary(dataDir, io, async (store) => {
    const resolved = [...args]
    for (const index of pending) resolved[index] = resolveArticleId(store, args[index]!)
    for (const index of tags) {
      if (args[index] !== undefined)
        resolved[index] = (await resolveTagId(store, args[index])).tagId
    }
    return resolved
  })
}

/** Prints a failure: one line of words, and the technical details dim on a second line. */
function report(io: CliIo, message: string, details: string | null): void {
  io.stderr(`${paint(io, 'error', 'factmark:')} ${message}\n`)
  if (details) io.stderr(`${paint(io, 'dim', `  (${details})`)}\n`)
}

/**
 * Runs one CLI invocation and returns its exit code: 0 on success, 1 on an error (its message
 * on stderr, in plain words, the system's code dim on a second line), 2 on bad usage (one line,
 * and where to read the command's help). Never calls process.exit, so tests can run it
 * in-process.
 */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Nothing reaches the terminal with a live bidirectional control (a headline's U+202E would
  // reorder the listing): shown as <U+202E>, or escaped inside --json output.
  const style = argv.includes('--json') ? 'json' : 'visible'
  const io: CliIo = {
    ...given,
    stdout: (text) => given.stdout(neutraliseBidi(text, style)),
    stderr: (text) => given.stderr(neutraliseBidi(text)),
  }
  reportSettingsNoticesTo(io)
  let command: CliCommand | undefined
  try {
    const first = firstPass(argv)
    if (first.values.version === true) {
      io.stdout(`factmark ${CLI_VERSION}\n`)
      return 0
    }
    if (first.name === undefined) {
      ;(first.values.help === true ? io.stdout : io.stderr)(globalHelp())
      return first.values.help === true ? 0 : 2
    }
    command = findCommand(first.name)
    if (!command) {
      const name = first.name
      command = undefined
      throw new UsageError(`unknown command “${name}”`)
    }
    if (first.values.help === true) {
      io.stdout(formatCommandHelp(command.help))
      return 0
    }
    const options = [...GLOBAL_OPTIONS, ...command.help.options]
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: parseOptions(options),
    })
    checkRepeats(tokens, options)
    const dataDir = resolve(
      io.cwd,
      (values['data-dir'] as string | undefined) ?? defaultDataDir(process.platform, io.env),
    )
    let args = positionals.slice(1)
    let created = false
    if (!command.help.noLibrary && !(await exists(dataDir))) {
      if (!command.help.createsLibrary?.(args)) {
        io.stderr(
          `${paint(io, 'error', 'factmark:')} no library at ${dataDir}: the folder does not exist. Check --data-dir, or create a library there with factmark --data-dir ${JSON.stringify(dataDir)} init\n`,
        )
        return 2
      }
      created = true
    }
    if (!created) args = await resolveIds(command, dataDir, args, io)
    const code = await command.run({
      dataDir,
      args,
      values: values as Record<string, OptionValue>,
      io,
      version: CLI_VERSION,
    })
    if (created && (await exists(dataDir))) {
      io.stderr(`factmark: created a new library in ${dataDir}\n`)
    }
    return code
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (
      error instanceof UsageError ||
      (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    ) {
      const name = command?.help.name
      const message =
        error instanceof UsageError
          ? error.message
          : parseArgsMessage(error as Error & { code?: string }, name)
      io.stderr(
        `${paint(io, 'error', 'factmark:')} ${message}\n${paint(io, 'dim', `see factmark ${name ? `${name} ` : ''}--help`)}\n`,
      )
      return 2
    }
    if (error instanceof FactmarkError) {
      report(io, error.message, error.details ?? null)
      return 1
    }
    if (systemErrorCode(error) !== null) {
      const words = plainError(error, command ? `run ${command.help.name}` : 'start')
      report(io, words.message, words.details)
      return 1
    }
    report(io, String((error as Error)?.message ?? error), null)
    return 1
  }
}
