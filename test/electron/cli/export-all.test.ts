import { describe, expect, it } from 'vitest'
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from './cli-harness'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'

const SEEDS = ['001_2aa391ba377daa9e.txt', '003_40a772719bc21af6.txt', '004_62547c9f4c534b11.txt']

describe('factmark export --all', () => {
  it('goes on past an article that fails, reports each failure at the end, and exits 1', async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library')
      const imported = await run([
        '--data-dir',
        library,
        'import',
        '--json',
        ...SEEDS.map((seed) => join(SEEDS_DIR, seed)),
      ])
      expect(imported.code, imported.stderr).toBe(0)
      const listed = await run(['--data-dir', library, 'list', '--json'])
      const metas = JSON.parse(listed.stdout) as { id: string; title: string }[]
      // The first article in the listing is damaged beyond its backups: it cannot be exported.
      const broken = metas[0]
      if (!broken) throw new Error('no article')
      await rm(join(library, 'backups', 'articles', broken.id), { recursive: true })
      await writeFile(join(library, 'articles', `${broken.id}.json`), '{"version": 2, "artic')

      const out = join(dir, 'out')
      const exported = await run([
        '--data-dir',
        library,
        'export',
        '--all',
        '--format',
        'md',
        '--out',
        out,
      ])
      expect(exported.code).toBe(1)
      expect((await readdir(out)).length).toBe(2)
      expect(exported.stdout.trim().split('\n')).toHaveLength(2)
      const errors = exported.stderr.trim().split('\n')
      expect(errors[0]).toMatch(
        new RegExp(`^factmark: “.+” \\(${broken.id}\\) was not exported: .*damaged`),
      )
      expect(errors.at(-1)).toBe(
        'factmark: 1 of 3 articles could not be exported; the other 2 were written.',
      )
    })
  })

  it('exits 0 when every article is exported', async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library')
      await run(['--data-dir', library, 'import', join(SEEDS_DIR, SEEDS[0] ?? '')])
      const exported = await run([
        '--data-dir',
        library,
        'export',
        '--all',
        '--format',
        'md',
        '--out',
        join(dir, 'out'),
      ])
      expect(exported).toMatchObject({ code: 0, stderr: '' })
    })
  })
})
