import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeStaleTempFiles, writeFileAtomic } from '../../../../electron/core/store/atomic-write'
import { BackupRotation } from '../../../../electron/core/store/backup-rotation'
import { JsonFileAdapter } from '../../../../electron/core/store/json-file'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'

const CODES = ['EIO', 'ENOSPC', 'EACCES', 'EPERM', 'EBUSY']

const tempFiles = async (dir: string) =>
  (await readdir(dir)).filter((name) => name.endsWith('.tmp'))

describe('writeFileAtomic', () => {
  it('replaces the file, leaving no temp file and no other file behind', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'db.json')
      await writeFileAtomic(path, 'one')
      await writeFileAtomic(path, Buffer.from('two'))
      expect(await readFile(path, 'utf8')).toBe('two')
      expect(await readdir(dir)).toEqual(['db.json'])
    })
  })

  it('ends in the last state after many concurrent saves through one adapter queue', async () => {
    await withTempDir(async (dir) => {
      const adapter = new JsonFileAdapter(join(dir, 'db.json'), (data) => data as { n: number })
      await Promise.all(Array.from({ length: 200 }, (_, n) => adapter.write({ n })))
      expect(await adapter.read()).toEqual({ n: 199 })
      expect(await tempFiles(dir)).toEqual([])
    })
  })

  it('fsyncs the temp file before the rename and the folder after it', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const path = join(dir, 'db.json')
      await writeFileAtomic(path, 'content', fs)
      const ops = fs.log.map((entry) => entry.split(' ')[0])
      expect(ops).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'open', 'fsync', 'close'])
      expect(fs.log[5]).toBe(`open ${dir}`)
    })
  })

  it('leaves exactly the old or the new file, and no temp file, whichever call fails', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const path = join(dir, 'db.json')
      await writeFileAtomic(path, 'counting', fs)
      const calls = fs.calls
      expect(calls).toBeGreaterThanOrEqual(8)
      let failures = 0
      for (const code of CODES) {
        for (const persistent of [false, true]) {
          for (let n = 1; n <= calls; n += 1) {
            const label = `${code} at call ${n}${persistent ? ' onwards' : ''}`
            await writeFile(path, 'old content')
            fs.arm(n, code, { persistent })
            const outcome = await writeFileAtomic(path, 'new content', fs).then(
              () => null,
              (error: NodeJS.ErrnoException) => error,
            )
            fs.disarm()
            const content = await readFile(path, 'utf8')
            expect(['old content', 'new content'], label).toContain(content)
            if (outcome === null) {
              expect(content, label).toBe('new content')
            } else {
              failures += 1
              expect(outcome.code, label).toBe(code)
              // Only a failure after the rename (the folder fsync) leaves the new content.
              const afterRename = fs.log.slice(0, n - 1).some((entry) => entry.startsWith('rename'))
              expect(content, label).toBe(afterRename ? 'new content' : 'old content')
            }
            // A failure that persists into the cleanup may leave the temp file for the next start.
            if (!persistent) expect(await tempFiles(dir), label).toEqual([])
            await removeStaleTempFiles(dir)
            expect(await tempFiles(dir), label).toEqual([])
            await writeFileAtomic(path, 'next save', fs)
            expect(await readFile(path, 'utf8'), label).toBe('next save')
          }
        }
      }
      expect(failures).toBeGreaterThan(CODES.length * calls)
    })
  })

  it('removes only its own temp files when a crash left them', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'db.json.4242.7.tmp'), '{"half":')
      await writeFile(join(dir, 'db.json'), '{}')
      await writeFile(join(dir, 'notes.tmp'), 'not ours')
      expect(await removeStaleTempFiles(dir)).toEqual(['db.json.4242.7.tmp'])
      expect((await readdir(dir)).sort()).toEqual(['db.json', 'notes.tmp'])
      expect(await removeStaleTempFiles(join(dir, 'missing'))).toEqual([])
    })
  })
})

describe('JsonFileAdapter with backups under injected faults', () => {
  it('keeps the file old or new and every backup verifiable, whichever call fails', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const path = join(dir, 'db.json')
      const backupErrors: unknown[] = []
      const backups = new BackupRotation(join(dir, 'backups'), 5, fs)
      const adapter = new JsonFileAdapter(path, (data) => data as { n: number }, {
        fs,
        backups,
        backupKey: 'db',
        onBackupError: (error) => backupErrors.push(error),
      })
      for (let n = 0; n < 6; n += 1) await adapter.write({ n })
      fs.reset()
      await adapter.write({ n: 6 })
      const calls = fs.calls
      let saved = 6
      for (const code of CODES) {
        for (let failAt = 1; failAt <= calls; failAt += 1) {
          const label = `${code} at call ${failAt}`
          fs.arm(failAt, code)
          const attempt = saved + 1
          const ok = await adapter.write({ n: attempt }).then(
            () => true,
            () => false,
          )
          fs.disarm()
          const content = await adapter.read()
          expect([saved, attempt], label).toContain(content?.n)
          if (ok) expect(content?.n, label).toBe(attempt)
          saved = content?.n ?? saved
          expect(await tempFiles(dir), label).toEqual([])
          const verified = []
          for await (const backup of backups.verified('db')) verified.push(backup)
          // Five versions at least; six for a moment when dropping the oldest one failed.
          expect(verified.length, label).toBeGreaterThanOrEqual(5)
          expect(verified.length, label).toBeLessThanOrEqual(6)
        }
      }
      // Backup failures never failed a save: they were reported instead.
      expect(backupErrors.length).toBeGreaterThan(0)
      await adapter.write({ n: 1000 })
      expect(await adapter.read()).toEqual({ n: 1000 })
    })
  })
})
