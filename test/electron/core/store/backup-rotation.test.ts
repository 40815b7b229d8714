import { describe, expect, it } from 'vitest'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { BackupRotation, sha256Hex } from '../../../../electron/core/store/backup-rotation'
import { writeFileAtomic } from '../../../../electron/core/store/atomic-write'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs, fsError } from './faulty-fs'

async function save(backups: BackupRotation, path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text)
  await backups.keep('db', path, sha256Hex(Buffer.from(text)))
}

async function verifiedTexts(backups: BackupRotation, key = 'db'): Promise<string[]> {
  const texts: string[] = []
  for await (const backup of backups.verified(key)) texts.push(backup.bytes.toString('utf8'))
  return texts
}

describe('BackupRotation', () => {
  it('keeps the last five versions, named by generation and checksum, newest first', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      for (let n = 1; n <= 8; n += 1) await save(backups, path, `version ${n}`)
      const names = (await readdir(join(dir, 'backups', 'db'))).sort()
      expect(names).toHaveLength(5)
      expect(names.map((name) => name.split('-')[0]).sort()).toEqual(['4', '5', '6', '7', '8'])
      for (const name of names) {
        const content = await readFile(join(dir, 'backups', 'db', name))
        expect(name).toBe(`${name.split('-')[0]}-${sha256Hex(content)}.json`)
      }
      expect(await verifiedTexts(backups)).toEqual([8, 7, 6, 5, 4].map((n) => `version ${n}`))
    })
  })

  it('costs a hard link to the file just written, not a copy', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      await save(backups, path, 'linked')
      const [name] = await readdir(join(dir, 'backups', 'db'))
      expect((await stat(join(dir, 'backups', 'db', name ?? ''))).ino).toBe((await stat(path)).ino)
    })
  })

  it('continues the numbering of the backups it finds, after a restart', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'db.json')
      await save(new BackupRotation(join(dir, 'backups')), path, 'first run')
      const second = new BackupRotation(join(dir, 'backups'))
      await save(second, path, 'second run')
      expect(await verifiedTexts(second)).toEqual(['second run', 'first run'])
    })
  })

  it('skips a backup whose content does not match its checksum', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      await save(backups, path, 'good old')
      await save(backups, path, 'good new')
      // Damaged in place: the current file and its newest backup share one inode.
      await writeFile(path, 'scribbled over')
      expect(await verifiedTexts(backups)).toEqual(['good old'])
      expect(await verifiedTexts(backups, 'never-saved')).toEqual([])
    })
  })

  it('copies when the file system has no hard links', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      fs.link = async (_existing, to) => {
        throw fsError('EPERM', 'link', to)
      }
      const backups = new BackupRotation(join(dir, 'backups'), 5, fs)
      const path = join(dir, 'db.json')
      await writeFileAtomic(path, 'copied')
      await backups.keep('db', path, sha256Hex(Buffer.from('copied')))
      await writeFile(path, 'changed after')
      expect(await verifiedTexts(backups)).toEqual(['copied'])
    })
  })

  it('refuses a count below one', () => {
    expect(() => new BackupRotation('/nowhere', 0)).toThrow(/count must be a whole number ≥ 1/)
  })
})
