import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withTempDir } from '../main/fixtures'
import { run, SEED } from './cli-harness'

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

describe('--data-dir', () => {
  it('refuses a folder that does not exist, in one line, creating nothing', async () => {
    await withTempDir(async (dir) => {
      const typo = join(dir, 'libary')
      for (const argv of [['list'], ['show', '0123456789abcdef'], ['tags', 'abcd']]) {
        const result = await run(['--data-dir', typo, ...argv])
        expect(result.code, argv.join(' ')).toBe(2)
        expect(result.stdout).toBe('')
        const lines = result.stderr.trimEnd().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]).toMatch(/^factmark: no library at .*libary: the folder does not exist\./)
        expect(lines[0]).toContain('init')
      }
      expect(await exists(typo)).toBe(false)
      // FACTMARK_DATA_DIR is checked the same way.
      expect((await run(['list'], { FACTMARK_DATA_DIR: typo })).code).toBe(2)
    })
  })

  it('lets init and import create the library, and say so', async () => {
    await withTempDir(async (dir) => {
      const fresh = join(dir, 'desk')
      const init = await run(['--data-dir', fresh, 'init'])
      expect(init.code, init.stderr).toBe(0)
      expect(init.stderr).toBe(`factmark: created a new library in ${fresh}\n`)
      expect(init.stdout).toMatch(/^Library in .*desk: 0 articles; its editor is /)
      const again = await run(['--data-dir', fresh, 'init'])
      expect(again.stderr).toBe('')

      const other = join(dir, 'other')
      const imported = await run(['--data-dir', other, 'import', SEED])
      expect(imported.code, imported.stderr).toBe(0)
      expect(imported.stderr).toBe(`factmark: created a new library in ${other}\n`)
      expect((await readdir(other)).length).toBeGreaterThan(0)
    })
  })

  it('needs no library for segment', async () => {
    await withTempDir(async (dir) => {
      const result = await run(['--data-dir', join(dir, 'none'), 'segment'], {}, dir, 'One. Two.')
      expect(result.code, result.stderr).toBe(0)
    })
  })
})

describe('errors on the command line', () => {
  it('words a missing file plainly, with the system code on a second line', async () => {
    await withTempDir(async (dir) => {
      const result = await run(['--data-dir', dir, 'import', join(dir, 'gone.txt')])
      expect(result.code).toBe(1)
      const [words, details, ...rest] = result.stderr.trimEnd().split('\n')
      expect(words).toBe(
        'factmark: gone.txt: Factmark could not open the file “gone.txt”: it is not there (it may have been moved, renamed or deleted). Check the name and the folder, then try again.',
      )
      expect(details).toMatch(/^ {2}\(ENOENT: no such file or directory/)
      expect(rest).toEqual([])
    })
  })
})
