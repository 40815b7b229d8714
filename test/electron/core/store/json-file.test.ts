import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  JsonFileAdapter,
  PRETTY_PRINT_LIMIT,
  storeJson,
} from '../../../../electron/core/store/json-file'
import { BackupRotation } from '../../../../electron/core/store/backup-rotation'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'

const asRecord = (data: unknown) => data as { items: string[] }

describe('storeJson', () => {
  it('indents a small file by two spaces', () => {
    expect(storeJson({ a: [1] }).toString('utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n')
  })

  it('writes a file whose compact JSON passes the limit compact, on one line', () => {
    const data = { items: ['x'.repeat(PRETTY_PRINT_LIMIT)] }
    const text = storeJson(data).toString('utf8')
    expect(text).toBe(`${JSON.stringify(data)}\n`)
    expect(text.split('\n')).toHaveLength(2)
  })
})

describe('JsonFileAdapter', () => {
  it('reads back what it wrote, small and big, and files in either form', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'file.json')
      const adapter = new JsonFileAdapter(path, asRecord)
      const big = { items: Array.from({ length: 30_000 }, (_, n) => `item ${n}`) }
      await adapter.write(big)
      expect((await readFile(path, 'utf8')).startsWith('{"items":["item 0",')).toBe(true)
      expect(await adapter.read()).toEqual(big)
      await adapter.write({ items: ['small'] })
      expect(await readFile(path, 'utf8')).toContain('\n  "items"')
      expect(await adapter.read()).toEqual({ items: ['small'] })
      // An older big file, pretty-printed, still reads.
      await writeFile(path, `${JSON.stringify(big, null, 2)}\n`)
      expect(await adapter.read()).toEqual(big)
    })
  })
})

describe('JsonFileAdapter backups', () => {
  it('keeps each saved version, and none of a save that failed', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const backups = new BackupRotation(join(dir, 'backups'), 5, fs)
      const path = join(dir, 'db.json')
      const adapter = new JsonFileAdapter(path, asRecord, { fs, backups, backupKey: 'db' })
      await adapter.write({ items: ['saved'] })
      fs.arm(1, 'ENOSPC', { ops: ['rename'] })
      await expect(adapter.write({ items: ['refused'] })).rejects.toThrow(/ENOSPC/)
      fs.disarm()
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ items: ['saved'] })
      const kept: unknown[] = []
      for await (const backup of backups.verified('db'))
        kept.push(JSON.parse(backup.bytes.toString()))
      expect(kept).toEqual([{ items: ['saved'] }])
      expect(
        (await readdir(join(dir, 'backups', 'db'))).filter((name) => name.endsWith('.tmp')),
      ).toEqual([])
      await adapter.write({ items: ['after'] })
      kept.length = 0
      for await (const backup of backups.verified('db'))
        kept.push(JSON.parse(backup.bytes.toString()))
      expect(kept).toEqual([{ items: ['after'] }, { items: ['saved'] }])
    })
  })
})
