import type { CliIo } from './cli-io'

/** An option's parsed value: a switch, a value, or the values of a repeatable option. */
export type OptionValue = string | boolean | string[] | undefined

/** What a command gets to run: its library folder, arguments, options and the terminal. */
export interface CommandContext {
  /** The library folder (absolute); checked to exist unless the command may create it. */
  dataDir: string
  /** The arguments after the command's name, with id prefixes already resolved to whole ids. */
  args: string[]
  /** The options given, by long name, as the command's help declares them. */
  values: Readonly<Record<string, OptionValue>>
  io: CliIo
  /** The CLI's version, for exports' metadata. */
  version: string
}

/** Whether the switch `name` was given. */
export function flag(context: CommandContext, name: string): boolean {
  return context.values[name] === true
}

/** The value of the option `name`, if given. */
export function text(context: CommandContext, name: string): string | undefined {
  const value = context.values[name]
  return typeof value === 'string' ? value : Array.isArray(value) ? value.at(-1) : undefined
}

/** Every value of the repeatable option `name`, in the order given. */
export function texts(context: CommandContext, name: string): string[] {
  const value = context.values[name]
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
}
