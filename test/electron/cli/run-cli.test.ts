import { describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../../electron/cli/run-cli'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'

async function run(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, cwd }
  const code = await runCli(argv, io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('factmark CLI', () => {
  it('imports files, printing the new ids, then lists and shows them', async () => {
    await withTempDir(async (dir) => {
      const seed = join(SEEDS_DIR, '003_40a772719bc21af6.txt')
      const imported = await run(['--data-dir', dir, 'import', seed])
      expect(imported).toMatchObject({ code: 0, stderr: '' })
      const id = imported.stdout.trim()
      expect(id).toMatch(/^[0-9a-f]{16}$/)

      const listed = await run(['list', '--json'], { FACTMARK_DATA_DIR: dir })
      expect(listed.code).toBe(0)
      const articles = JSON.parse(listed.stdout)
      expect(articles).toHaveLength(1)
      expect(articles[0]).toMatchObject({ id, title: expect.stringMatching(/^Trump Signals/) })

      const table = await run(['--data-dir', dir, 'list'])
      expect(table.stdout).toContain(id)
      expect(table.stdout).toContain('Trump Signals Potential')

      const shown = await run(['--data-dir', dir, 'show', id])
      expect(shown.code).toBe(0)
      const numbered = shown.stdout.split('\n').filter((line) => /^\d+ +\S/.test(line))
      expect(numbered).toHaveLength(articles[0].sentenceCount)
      expect(numbered[0]).toMatch(/^0 +Trump Signals Potential Military Strikes/)
      expect(numbered.map((line) => Number(line.split(' ')[0]))).toEqual(numbered.map((_, i) => i))
    })
  })

  it('prints an array of { id, title } with --json and exits 1 naming each file that failed', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'a.txt'), 'First article text.')
      await writeFile(join(dir, 'b.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46]))
      const result = await run(
        ['--data-dir', join(dir, 'lib'), 'import', '--json', 'a.txt', 'b.txt'],
        {},
        dir,
      )
      expect(result.code).toBe(1)
      expect(JSON.parse(result.stdout)).toEqual([
        { id: expect.any(String), title: 'First article text.' },
      ])
      expect(result.stderr).toMatch(/b\.txt: .*PDF document/)
    })
  })

  it('exits 1 with a message for an unknown article', async () => {
    await withTempDir(async (dir) => {
      const result = await run(['--data-dir', dir, 'show', '0123456789abcdef'])
      expect(result).toMatchObject({ code: 1, stdout: '' })
      expect(result.stderr).toMatch(/No article with id 0123456789abcdef/)
    })
  })

  it('exits 2 on bad usage', async () => {
    await withTempDir(async (dir) => {
      for (const argv of [
        [],
        ['frobnicate'],
        ['import'],
        ['show'],
        ['list', 'extra'],
        ['--nope', 'list'],
      ]) {
        const result = await run(['--data-dir', dir, ...argv])
        expect(result.code, argv.join(' ')).toBe(2)
        expect(result.stderr).toContain('Usage: factmark')
      }
      expect((await run(['--help'])).code).toBe(0)
    })
  })
})
