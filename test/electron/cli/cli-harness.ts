import { join } from 'node:path'
import { expect } from 'vitest'
import { runCli, type CliIo } from '../../../electron/cli/run-cli'
import { SEEDS_DIR } from '../main/fixtures'

/** Runs the CLI in-process; returns its exit code and what it printed. */
export async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = process.cwd(),
  stdin?: string,
) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, cwd }
  if (stdin !== undefined) io.stdin = async () => stdin
  const code = await runCli(argv, io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

/** A seed article file. */
export const SEED = join(SEEDS_DIR, '003_40a772719bc21af6.txt')

/** Imports the seed into a library in `dir` and returns its id with `show`'s numbered sentences. */
export async function importSeed(dir: string): Promise<{ id: string; sentences: string[] }> {
  const imported = await run(['--data-dir', dir, 'import', SEED])
  expect(imported.code).toBe(0)
  const id = imported.stdout.trim()
  const shown = await run(['--data-dir', dir, 'show', id])
  const sentences = shown.stdout
    .split('\n')
    .filter((line) => /^\d+ +\S/.test(line))
    .map((line) => line.replace(/^\d+ +/, ''))
  return { id, sentences }
}
