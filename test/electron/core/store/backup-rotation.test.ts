import { describe, expect, it } from 'vitest'
import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  BackupRotation,
  sha256Hex,
  sha256HexInSlices,
} from '../../../../electron/core/store/backup-rotation'
import { writeFileAtomic } from '../../../../electron/core/store/atomic-write'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'

async function save(backups: BackupRotation, path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text)
  await backups.keep('db', Buffer.from(text), sha256Hex(Buffer.from(text)))
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

  it('is a copy on its own inode, never a hard link to the file just written', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      await save(backups, path, 'copied')
      const [name] = await readdir(join(dir, 'backups', 'db'))
      const backup = await stat(join(dir, 'backups', 'db', name ?? ''))
      expect(backup.ino).not.toBe((await stat(path)).ino)
      expect(backup.nlink).toBe(1)
    })
  })

  it('fsyncs the copy and its folder', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const backups = new BackupRotation(join(dir, 'backups'), 5, fs)
      fs.reset()
      await backups.keep('db', Buffer.from('synced'), sha256Hex(Buffer.from('synced')))
      const folder = join(dir, 'backups', 'db')
      // Written and fsynced under a temp name, then named, then the folder fsynced.
      const copy = fs.log.findIndex((line) => /^fsync .*\/backup\.\d+\.\d+\.tmp$/.test(line))
      expect(copy).toBeGreaterThanOrEqual(0)
      const named = fs.log.indexOf(`rename ${fs.log[copy]?.slice('fsync '.length)}`)
      expect(named).toBeGreaterThan(copy)
      expect(fs.log.slice(named)).toContain(`fsync ${folder}`)
      expect(await readdir(folder)).toEqual([`1-${sha256Hex(Buffer.from('synced'))}.json`])
      expect(fs.log.some((line) => line.startsWith('link '))).toBe(false)
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

  it('keeps every backup when the file is damaged in place', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      await save(backups, path, 'good old')
      await save(backups, path, 'good new')
      await truncate(path, 3)
      await writeFile(path, 'scribbled over', { flag: 'r+' })
      expect(await verifiedTexts(backups)).toEqual(['good new', 'good old'])
    })
  })

  it('skips a backup whose content does not match its checksum, and hands over its bytes', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      await save(backups, path, 'good old')
      await save(backups, path, 'good new')
      const folder = join(dir, 'backups', 'db')
      const newest = (await readdir(folder)).find((name) => name.startsWith('2-')) ?? ''
      await writeFile(join(folder, newest), 'good ne')
      const found = []
      for await (const backup of backups.verified('db')) found.push(backup)
      expect(found.map((backup) => backup.bytes.toString())).toEqual(['good old'])
      expect(found[0]?.newest).toBe(false)
      expect(found[0]?.skipped.map((bytes) => bytes.toString())).toEqual(['good ne'])
      expect(await verifiedTexts(backups, 'never-saved')).toEqual([])
    })
  })

  it('keeps the file again when its newest backup bears its checksum but was never filled', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const path = join(dir, 'db.json')
      await save(backups, path, 'acknowledged')
      await save(backups, path, 'saved, then killed while copying')
      // A writer killed between creating the copy ('wx') and writing it leaves the name, empty.
      const folder = join(dir, 'backups', 'db')
      const newest = (await readdir(folder)).find((name) => name.startsWith('2-')) ?? ''
      await truncate(join(folder, newest), 0)

      const reopened = new BackupRotation(join(dir, 'backups'))
      await reopened.keepIfNewest('db', await readFile(path))
      expect(await verifiedTexts(reopened)).toEqual([
        'saved, then killed while copying',
        'acknowledged',
      ])
      // A newest backup that holds the file's bytes is not copied again.
      await reopened.keepIfNewest('db', await readFile(path))
      expect(await readdir(folder)).toHaveLength(3)
    })
  })

  it('rejects when the copy cannot be written, and keeps numbering after', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const backups = new BackupRotation(join(dir, 'backups'), 5, fs)
      await backups.keep('db', Buffer.from('one'), sha256Hex(Buffer.from('one')))
      fs.arm(1, 'ENOSPC', { ops: ['write'] })
      await expect(
        backups.keep('db', Buffer.from('two'), sha256Hex(Buffer.from('two'))),
      ).rejects.toThrow(/ENOSPC/)
      fs.disarm()
      await backups.keep('db', Buffer.from('three'), sha256Hex(Buffer.from('three')))
      expect(await verifiedTexts(backups)).toEqual(['three', 'one'])
    })
  })

  it('names a staged copy only on commit, and a discarded one leaves nothing', async () => {
    await withTempDir(async (dir) => {
      const backups = new BackupRotation(join(dir, 'backups'))
      const folder = join(dir, 'backups', 'db')
      const dropped = await backups.stage('db', Buffer.from('not saved'))
      expect(await verifiedTexts(backups)).toEqual([])
      await dropped.discard()
      expect(await readdir(folder)).toEqual([])
      const kept = await backups.stage('db', Buffer.from('saved'))
      await kept.commit()
      expect(await readdir(folder)).toEqual([`1-${sha256Hex(Buffer.from('saved'))}.json`])
      expect(await verifiedTexts(backups)).toEqual(['saved'])
    })
  })

  it('removes the temp copies a killed writer left when it first reads the folder', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'backups', 'db')
      await save(new BackupRotation(join(dir, 'backups')), join(dir, 'db.json'), 'saved')
      await writeFile(join(folder, 'backup.4242.7.tmp'), 'half a cop')
      const reopened = new BackupRotation(join(dir, 'backups'))
      await save(reopened, join(dir, 'db.json'), 'next')
      expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
      expect(await verifiedTexts(reopened)).toEqual(['next', 'saved'])
    })
  })

  it('refuses a count below one', () => {
    expect(() => new BackupRotation('/nowhere', 0)).toThrow(/count must be a whole number ≥ 1/)
  })
})

describe('sha256HexInSlices', () => {
  it('gives the checksum sha256Hex gives, across slices', async () => {
    const bytes = Buffer.alloc(2.5 * 1024 * 1024 + 3, 'factmark ')
    expect(await sha256HexInSlices(bytes)).toBe(sha256Hex(bytes))
    expect(await sha256HexInSlices(new Uint8Array())).toBe(sha256Hex(new Uint8Array()))
  })
})
