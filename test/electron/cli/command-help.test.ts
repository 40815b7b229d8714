import { describe, expect, it } from 'vitest'
import { CLI_COMMANDS } from '../../../electron/cli/command-table'
import { formatCommandHelp, wrap } from '../../../electron/cli/command-help'
import { run } from './cli-harness'

describe('the CLI’s help', () => {
  it('lists every command of the table in factmark --help, package included', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    for (const { help } of CLI_COMMANDS) {
      expect(result.stdout, help.name).toMatch(new RegExp(`^  ${help.name} +\\S`, 'm'))
    }
    expect(result.stdout).toMatch(/^ {2}package +/m)
    expect(result.stdout).toContain('Run factmark <command> --help')
    expect(result.stdout.split('\n').length).toBeLessThan(CLI_COMMANDS.length + 20)
  })

  it('gives each command its own help, with every option it takes', async () => {
    const global = (await run(['--help'])).stdout
    for (const { help } of CLI_COMMANDS) {
      for (const argv of [
        [help.name, '--help'],
        [help.name, '-h'],
        ['--help', help.name],
      ]) {
        const result = await run(argv)
        expect(result.code, argv.join(' ')).toBe(0)
        expect(result.stdout, argv.join(' ')).toMatch(new RegExp(`^Usage: factmark ${help.name}`))
        expect(result.stdout).not.toBe(global)
        for (const option of help.options) {
          expect(result.stdout, `${help.name} --${option.name}`).toContain(`--${option.name}`)
        }
      }
    }
  })

  it('shows import’s options under import --help, not the global help', async () => {
    const result = await run(['import', '--help'])
    expect(result.stdout).toContain('--encoding windows-1252')
    expect(result.stdout).not.toContain('Commands:')
  })

  it('prints the version with --version', async () => {
    const result = await run(['--version'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^factmark \S+\n$/)
  })

  it('keeps help lines within the width, words whole', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 4, 20)
    expect(lines.every((line) => line.length <= 20 && line.startsWith('    '))).toBe(true)
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(
      'one two three four five six seven eight nine ten',
    )
    for (const { help } of CLI_COMMANDS) {
      const long = formatCommandHelp(help)
        .split('\n')
        .filter((line) => line.length > 100 && !line.includes('factmark '))
      expect(long, help.name).toEqual([])
    }
  })
})
