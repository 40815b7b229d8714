import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { quarantineFile } from '../../../../electron/core/store/quarantine'
import { withTempDir } from '../../main/fixtures'

describe('quarantineFile', () => {
  it('moves a file aside under its time, never over an earlier damaged copy', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'library.json')
      const at = new Date('2025-03-04T10:00:00.000Z')
      const names: string[] = []
      for (const damage of ['first', 'second', 'third']) {
        await writeFile(path, damage)
        names.push(await quarantineFile(path, undefined, at))
      }
      expect(names).toEqual([
        `${path}.corrupt-2025-03-04T10-00-00-000Z`,
        `${path}.corrupt-2025-03-04T10-00-00-000Z-2`,
        `${path}.corrupt-2025-03-04T10-00-00-000Z-3`,
      ])
      expect(await Promise.all(names.map((name) => readFile(name, 'utf8')))).toEqual([
        'first',
        'second',
        'third',
      ])
      expect((await readdir(dir)).includes('library.json')).toBe(false)
    })
  })

  it('still names the copy when the clock gives no valid time', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.json')
      await writeFile(path, 'x')
      expect(await quarantineFile(path, undefined, new Date(Number.NaN))).toBe(
        `${path}.corrupt-unknown-time`,
      )
    })
  })
})
