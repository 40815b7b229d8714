import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AuditLog, type AuditEntry } from '../../../../electron/core/store/audit-log'
import { withTempDir } from '../../main/fixtures'

function entry(n: number): AuditEntry {
  return { n } as unknown as AuditEntry
}

function lines(text: string): unknown[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown)
}

describe('AuditLog', () => {
  it('keeps a torn last line aside and starts the next entry on a line of its own', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'audit.jsonl')
      const log = new AuditLog(path)
      await log.append([entry(1), entry(2)])
      const whole = await readFile(path, 'utf8')
      // The process died in the middle of the third line.
      await writeFile(path, `${whole}{"n": 3, "art`)
      await log.append([entry(4)])
      expect(lines(await readFile(path, 'utf8'))).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }])
      const torn = (await readdir(dir)).filter((name) => name.startsWith('audit.jsonl.torn-'))
      expect(torn).toHaveLength(1)
      expect(await readFile(join(dir, torn[0] ?? ''), 'utf8')).toBe('{"n": 3, "art')
    })
  })

  it('repairs a log that is one torn line, longer than a read chunk', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'audit.jsonl')
      const fragment = `{"note": "${'x'.repeat(200_000)}`
      await writeFile(path, fragment)
      const log = new AuditLog(path)
      await log.append([entry(1)])
      expect(await readFile(path, 'utf8')).toBe('{"n":1}\n')
      const [aside] = (await readdir(dir)).filter((name) => name.includes('.torn-'))
      expect(await readFile(join(dir, aside ?? ''), 'utf8')).toBe(fragment)
    })
  })

  it('leaves a log that ends cleanly as it is', async () => {
    await withTempDir(async (dir) => {
      const log = new AuditLog(join(dir, 'audit.jsonl'))
      expect(await log.repairTornLine()).toBeNull()
      await log.append([entry(1)])
      expect(await log.repairTornLine()).toBeNull()
      await log.append([entry(2)])
      expect(await readdir(dir)).toEqual(['audit.jsonl'])
    })
  })
})
