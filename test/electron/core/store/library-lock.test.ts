import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import {
  LibraryLock,
  LockFailedError,
  LOCK_FILE,
} from '../../../../electron/core/store/library-lock'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { withTempDir } from '../../main/fixtures'
import { buildStoreChild, startStoreChild } from './child-process'
import { FaultyFs } from './faulty-fs'

/** The pid of a process that has exited (and so cannot hold anything). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'])
  const pid = child.pid ?? 0
  await new Promise((resolve) => child.on('close', resolve))
  return pid
}

function lockText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    pid: 1,
    hostname: hostname(),
    program: 'app',
    startedAt: '2025-03-04T10:00:00.000Z',
    token: 'someone-else',
    ...fields,
  })
}

describe('LibraryLock', () => {
  let child: Awaited<ReturnType<typeof buildStoreChild>> | undefined

  beforeAll(async () => {
    child = await buildStoreChild()
  }, 30_000)

  afterAll(async () => {
    await child?.remove()
  })

  it('records who holds the library, and removes the lock file when released', async () => {
    await withTempDir(async (dir) => {
      const lock = await LibraryLock.acquire(dir, 'cli')
      const recorded = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))
      expect(recorded).toMatchObject({ pid: process.pid, hostname: hostname(), program: 'cli' })
      expect(Number.isNaN(Date.parse(recorded.startedAt))).toBe(false)
      await lock.release()
      await lock.release()
      expect(await readdir(dir)).toEqual([])
    })
  })

  it('refuses a second store on the same folder in one process, until the first closes', async () => {
    await withTempDir(async (dir) => {
      const first = await LibraryStore.open(dir)
      const refused = LibraryStore.open(dir, { holder: 'cli' })
      await expect(refused).rejects.toMatchObject({ code: 'locked' })
      await expect(refused).rejects.toThrow(
        `The library at ${dir} is in use by the Factmark app (pid ${process.pid}, this process`,
      )
      await first.close()
      const second = await LibraryStore.open(dir)
      await second.close()
    })
  })

  it('refuses a second store reaching the same folder by another path', async () => {
    await withTempDir(async (dir) => {
      await symlink(dir, `${dir}-link`)
      try {
        const first = await LibraryStore.open(dir)
        await expect(LibraryStore.open(`${dir}-link`)).rejects.toMatchObject({ code: 'locked' })
        await first.close()
      } finally {
        await rm(`${dir}-link`)
      }
    })
  })

  it('refuses while another process holds the library, and opens once it has closed', async () => {
    await withTempDir(async (dir) => {
      const holder = startStoreChild(child?.script ?? '', ['hold', dir])
      await holder.waitFor((line) => line === 'ready')
      await expect(LibraryStore.open(dir)).rejects.toThrow(
        new RegExp(
          `in use by the factmark command \\(pid ${holder.process.pid},.*Close it and try again`,
        ),
      )
      holder.process.stdin.end()
      await holder.waitFor((line) => line === 'closed')
      await holder.exited
      const store = await LibraryStore.open(dir)
      await store.close()
    })
  })

  it('is refused to another process while this one holds the library', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      const other = startStoreChild(child?.script ?? '', ['try', dir])
      expect(await other.exited).toEqual({ code: 3, signal: null })
      expect(other.lines[0]).toMatch(
        new RegExp(
          `^locked: The library at .* is in use by the Factmark app \\(pid ${process.pid},`,
        ),
      )
      await store.close()
      const again = startStoreChild(child?.script ?? '', ['try', dir])
      expect(await again.exited).toEqual({ code: 0, signal: null })
      expect(again.lines).toEqual(['opened'])
    })
  })

  it('takes over the lock of a process that was killed', async () => {
    await withTempDir(async (dir) => {
      const holder = startStoreChild(child?.script ?? '', ['hold', dir])
      await holder.waitFor((line) => line === 'ready')
      holder.process.kill('SIGKILL')
      await holder.exited
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(holder.process.pid)
      const store = await LibraryStore.open(dir)
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
      await store.close()
    })
  })

  it('takes over a stale lock: a dead pid, this pid from an earlier life, or an unreadable file', async () => {
    for (const stale of [
      lockText({ pid: await deadPid() }),
      lockText({ pid: process.pid }),
      '',
      '{"pid": 12',
    ]) {
      await withTempDir(async (dir) => {
        await writeFile(join(dir, LOCK_FILE), stale)
        const lock = await LibraryLock.acquire(dir, 'app')
        expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).token).toBe(lock.info.token)
        await lock.release()
        expect(await readdir(dir)).toEqual([])
      })
    }
  })

  it('never takes over a lock from another machine, and says how to clear it', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, LOCK_FILE)
      await writeFile(path, lockText({ hostname: 'newsroom-laptop-7', pid: 4242 }))
      await expect(LibraryLock.acquire(dir, 'app')).rejects.toThrow(
        `in use by the Factmark app on newsroom-laptop-7 (pid 4242, since 2025-03-04T10:00:00.000Z). Only one program may change a library at a time. Close it there and try again. If Factmark is no longer running on newsroom-laptop-7, delete ${path}.`,
      )
      expect(JSON.parse(await readFile(path, 'utf8')).hostname).toBe('newsroom-laptop-7')
    })
  })

  it('leaves a lock it does not hold in place when released', async () => {
    await withTempDir(async (dir) => {
      const lock = await LibraryLock.acquire(dir, 'app')
      const other = lockText({ hostname: 'elsewhere', token: 'not-mine' })
      await writeFile(join(dir, LOCK_FILE), other)
      await lock.release()
      expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(other)
    })
  })

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'Factmark is not allowed to write in the library folder'],
    ['EIO', 'the disk reported an input/output error'],
  ])(
    'fails at every step with %s in plain words and leaves nothing behind',
    async (code, reason) => {
      await withTempDir(async (dir) => {
        const fs = new FaultyFs()
        fs.reset()
        const taken = await LibraryLock.acquire(dir, 'cli', fs)
        await taken.release()
        const steps = fs.calls
        expect(steps).toBeGreaterThan(3)
        for (let step = 1; step <= steps; step += 1) {
          fs.arm(step, code, { ops: ['open', 'write', 'close', 'link', 'fsync'] })
          const outcome = await LibraryLock.acquire(dir, 'cli', fs).then(
            async (lock) => {
              await lock.release()
              return null
            },
            (error: unknown) => error,
          )
          fs.disarm()
          expect(await readdir(dir), `${code} at step ${step}`).toEqual([])
          if (outcome === null) continue
          expect(outcome).toBeInstanceOf(LockFailedError)
          const [message = '', detail = ''] = (outcome as Error).message.split('\n')
          expect(message).toBe(
            `Factmark cannot change the library at ${dir}: ${reason}. Nothing was changed.`,
          )
          expect(detail).toMatch(new RegExp(`^Detail: ${code}: `))
          expect((outcome as LockFailedError).unwritable).toBe(['EROFS', 'EACCES'].includes(code))
        }
      })
    },
  )
})
