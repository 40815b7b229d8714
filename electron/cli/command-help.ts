/**
 * What the CLI says about a command: its synopsis, a one-line summary for `factmark --help`, what
 * it does, and its options. One object per command, each in its own module under `help/`, listed
 * in `command-table.ts`: the global help, `factmark <command> --help`, the option parser and the
 * id resolver all read it, so a command registered there is documented everywhere at once.
 */

/** One option a command takes. */
export interface OptionHelp {
  /** The long name, without dashes: `sentence` for `--sentence`. */
  readonly name: string
  /** A string takes a value; a boolean is a switch. */
  readonly type: 'string' | 'boolean'
  /** May be given more than once (the values are collected in order). */
  readonly multiple?: boolean
  /** The value's placeholder in the help (`N`, `NAME`). */
  readonly value?: string
  /** What the option does, in one or two short sentences. */
  readonly text: string
}

/** Everything the CLI knows about one command except how to run it. */
export interface CommandHelp {
  /** The command's name, as typed after `factmark`. */
  readonly name: string
  /** The command lines it takes, each without the leading `factmark `. */
  readonly synopsis: readonly string[]
  /** One line for the list of commands in `factmark --help`. */
  readonly summary: string
  /** What the command does, a paragraph or two (wrapped by the formatter). */
  readonly description: string
  readonly options: readonly OptionHelp[]
  /** Examples, each a full command line. */
  readonly examples?: readonly string[]
  /** Indexes of the arguments (after the command) that are article ids, prefixes accepted. */
  readonly articleIds?: (args: readonly string[]) => readonly number[]
  /** Indexes of the arguments that are tag ids, prefixes accepted. */
  readonly tagIds?: (args: readonly string[]) => readonly number[]
  /** Whether this command line may create the library folder when it does not exist yet. */
  readonly createsLibrary?: (args: readonly string[]) => boolean
  /** True for commands that use no library at all (no --data-dir check). */
  readonly noLibrary?: boolean
}

/** Every argument from the `from`-th on (e.g. all article ids). */
export function argumentsFrom(from: number): (args: readonly string[]) => readonly number[] {
  return (args) => args.map((_, index) => index).filter((index) => index >= from)
}

/** Options every command takes, shown once in the global help. */
export const GLOBAL_OPTIONS: readonly OptionHelp[] = [
  {
    name: 'data-dir',
    type: 'string',
    value: 'DIR',
    text: 'the library folder (default: $FACTMARK_DATA_DIR, else the desktop app’s); it must exist, except for init and import, which create it',
  },
  { name: 'help', type: 'boolean', text: 'show help (after a command: that command’s help)' },
  { name: 'version', type: 'boolean', text: 'print the version' },
]

const WIDTH = 96

/** Wraps `text` at word boundaries to `width` columns, each line after `indent` spaces. */
export function wrap(text: string, indent: number, width = WIDTH): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map((text) => `${' '.repeat(indent)}${text}`)
}

function optionLabel(option: OptionHelp): string {
  return `--${option.name}${option.value ? ` ${option.value}` : ''}`
}

function optionLines(options: readonly OptionHelp[]): string[] {
  const column = Math.min(24, Math.max(...options.map((option) => optionLabel(option).length)) + 4)
  return options.flatMap((option) => {
    const label = `  ${optionLabel(option)}`
    const text = `${option.text}${option.multiple ? ' (repeatable)' : ''}`
    const [first = '', ...rest] = wrap(text, column + 2)
    if (label.length + 2 <= column + 2) {
      return [`${label.padEnd(column + 2)}${first.trimStart()}`, ...rest]
    }
    return [label, first, ...rest]
  })
}

/** `factmark <command> --help`: synopsis, description, options and examples. */
export function formatCommandHelp(help: CommandHelp): string {
  const lines = [
    ...help.synopsis.map((line, index) =>
      // A line that starts with spaces goes on the command line above it.
      /^\s/.test(line)
        ? `${' '.repeat(16)}${line.trim()}`
        : `${index === 0 ? 'Usage: ' : '       '}factmark ${line}`,
    ),
    '',
    ...help.description
      .split('\n\n')
      .flatMap((paragraph, index) => [...(index > 0 ? [''] : []), ...wrap(paragraph, 0)]),
  ]
  if (help.options.length > 0) lines.push('', 'Options:', ...optionLines(help.options))
  if (help.examples && help.examples.length > 0) {
    lines.push('', 'Examples:', ...help.examples.map((example) => `  ${example}`))
  }
  if (help.articleIds || help.tagIds) {
    lines.push('', 'Ids may be shortened to any unique beginning (as list prints them).')
  }
  return `${lines.join('\n')}\n`
}

/** `factmark --help`: every command of the table with its summary, and the global options. */
export function formatGlobalHelp(commands: readonly CommandHelp[]): string {
  const column = Math.max(...commands.map((command) => command.name.length)) + 4
  const lines = [
    'Usage: factmark [--data-dir DIR] <command> [options]',
    '',
    'Tag the sentences of news articles as quote, claim, disputed or context, review each',
    'other’s tags, and export annotated copies.',
    '',
    'Commands:',
    ...commands.flatMap((command) => {
      const [first = '', ...rest] = wrap(command.summary, column + 2)
      return [`  ${command.name.padEnd(column)}${first.trimStart()}`, ...rest]
    }),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Run factmark <command> --help for a command’s options and examples.',
  ]
  return `${lines.join('\n')}\n`
}
