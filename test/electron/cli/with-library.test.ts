import { describe, expect, it } from 'vitest'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../../electron/cli/run-cli'
import { withLibrary } from '../../../electron/cli/with-library'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    cwd: process.cwd(),
  }
}

describe('withLibrary', () => {
  it('releases the library when a command ends, whether it succeeded or failed', async () => {
    await withTempDir(async (dir) => {
      const seed = join(SEEDS_DIR, '003_40a772719bc21af6.txt')
      expect(await runCli(['--data-dir', dir, 'import', seed], io())).toBe(0)
      expect(await readdir(dir)).not.toContain('library.lock')
      expect(await runCli(['--data-dir', dir, 'show', '0123456789abcdef'], io())).toBe(1)
      expect(await readdir(dir)).not.toContain('library.lock')
      await expect(
        withLibrary(dir, io(), async () => {
          throw new Error('the command failed')
        }),
      ).rejects.toThrow('the command failed')
      expect(await readdir(dir)).not.toContain('library.lock')
    })
  })

  it('reads while the app has the library open, and refuses a change with the holder named', async () => {
    await withTempDir(async (dir) => {
      const seed = join(SEEDS_DIR, '003_40a772719bc21af6.txt')
      const imported = io()
      expect(await runCli(['--data-dir', dir, 'import', '--json', seed], imported)).toBe(0)
      const [{ id = '' } = {}] = JSON.parse(imported.out.join('')) as { id: string }[]
      const app = await LibraryStore.open(dir, { holder: 'app' })
      const reader = io()
      expect(await runCli(['--data-dir', dir, 'list', '--json'], reader)).toBe(0)
      expect(reader.err).toEqual([])
      expect(JSON.parse(reader.out.join('')).map((meta: { id: string }) => meta.id)).toEqual([id])
      const cli = io()
      const tag = ['tag', id, '--sentence', '0', '--kind', 'claim', '--editor', 'Ana']
      expect(await runCli(['--data-dir', dir, ...tag], cli)).toBe(1)
      expect(cli.err.join('')).toMatch(
        new RegExp(
          `^factmark: The library at ${dir} is in use by the Factmark app \\(pid ${process.pid}`,
        ),
      )
      await app.close()
      expect(await runCli(['--data-dir', dir, ...tag], io())).toBe(0)
    })
  })

  it('prints what was recovered on stderr', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'library.json'), '{"version": 1, "seeded": tr')
      const cli = io()
      expect(await runCli(['--data-dir', dir, 'list', '--json'], cli)).toBe(0)
      expect(cli.out.join('')).toBe('[]\n')
      expect(cli.err.join('')).toMatch(
        /^factmark: The library index was damaged \(it is not valid JSON/,
      )
    })
  })
})
