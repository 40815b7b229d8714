import { describe, expect, it, vi } from 'vitest'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../../../../electron/main/store/atomic-write'
import { withTempDir } from '../fixtures'

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>()
  return { ...actual, rename: vi.fn(actual.rename) }
})

const { readdir, readFile, writeFile } = fs

describe('writeFileAtomic', () => {
  it('replaces the file and keeps the previous version as .bak, with no temp file left', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'db.json')
      await writeFileAtomic(path, 'one')
      await writeFileAtomic(path, 'two')
      expect(await readFile(path, 'utf8')).toBe('two')
      expect(await readFile(`${path}.bak`, 'utf8')).toBe('one')
      expect((await readdir(dir)).sort()).toEqual(['db.json', 'db.json.bak'])
    })
  })

  it('ends in the last state after many concurrent saves through one adapter queue', async () => {
    const { JsonFileAdapter } = await import('../../../../electron/main/store/json-file')
    await withTempDir(async (dir) => {
      const adapter = new JsonFileAdapter(join(dir, 'db.json'), (data) => data as { n: number })
      await Promise.all(Array.from({ length: 200 }, (_, n) => adapter.write({ n })))
      expect(await adapter.read()).toEqual({ n: 199 })
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    })
  })

  it('leaves the old file intact and removes its temp file when the rename fails', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'db.json')
      await writeFile(path, 'old')
      vi.mocked(fs.rename).mockRejectedValueOnce(
        Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
      )
      await expect(writeFileAtomic(path, 'new')).rejects.toThrow('ENOSPC')
      expect(await readFile(path, 'utf8')).toBe('old')
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    })
  })
})
