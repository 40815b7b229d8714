import { describe, expect, it } from 'vitest'
import { paint, useColour } from '../../../electron/cli/cli-colour'
import { runCli, type CliIo } from '../../../electron/cli/run-cli'

const ESCAPE = '\u001b['

async function stderrOf(argv: string[], colour: boolean, env: NodeJS.ProcessEnv = {}) {
  const err: string[] = []
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => err.push(text),
    env,
    cwd: process.cwd(),
    colour,
  }
  const code = await runCli(argv, io)
  return { code, stderr: err.join('') }
}

describe('colour', () => {
  it('is used only on a terminal, and never when NO_COLOR is set', () => {
    const io = (colour: boolean, env: NodeJS.ProcessEnv = {}): CliIo => ({
      stdout: () => undefined,
      stderr: () => undefined,
      env,
      cwd: '/',
      colour,
    })
    expect(useColour(io(true))).toBe(true)
    expect(useColour(io(false))).toBe(false)
    expect(useColour(io(true, { NO_COLOR: '1' }))).toBe(false)
    expect(useColour(io(true, { NO_COLOR: '' }))).toBe(true) // empty means unset (no-color.org)
    expect(paint(io(true), 'dim', 'x')).toBe(`${ESCAPE}2mx${ESCAPE}0m`)
    expect(paint(io(false), 'dim', 'x')).toBe('x')
  })

  it('colours a usage error on a terminal only', async () => {
    const tty = await stderrOf(['frobnicate'], true)
    expect(tty.code).toBe(2)
    expect(tty.stderr).toContain(ESCAPE)
    const piped = await stderrOf(['frobnicate'], false)
    expect(piped.stderr).toBe('factmark: unknown command “frobnicate”\nsee factmark --help\n')
    const noColour = await stderrOf(['frobnicate'], true, { NO_COLOR: '1' })
    expect(noColour.stderr).toBe(piped.stderr)
  })
})
