import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../../../electron/core/dispatch'
import { createHandlers } from '../../../../electron/core/handlers'
import { DroppedPaths, NOT_DROPPED } from '../../../../electron/core/import/dropped-paths'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import type { ImportReport } from '../../../../shared/import/import-report'
import { withTempDir } from '../../main/fixtures'

describe('DroppedPaths', () => {
  it('lets each recorded path through once, and only while it is fresh', () => {
    let now = 1_000
    const dropped = new DroppedPaths(60_000, () => now)
    dropped.record(['/home/ana/a.txt', '/home/ana/b.txt', 'relative.txt'])
    expect(dropped.take('/home/ana/a.txt')).toBe(true)
    expect(dropped.take('/home/ana/a.txt')).toBe(false)
    expect(dropped.take('relative.txt')).toBe(false)
    expect(dropped.take('/etc/passwd')).toBe(false)
    now += 60_001
    expect(dropped.take('/home/ana/b.txt')).toBe(false)
  })
})

describe('importDropped with the drops main recorded', () => {
  it('imports what was dropped and refuses a forged path, and a dropped one twice', async () => {
    await withTempDir(async (dir) => {
      const dataDir = join(dir, 'library')
      await mkdir(dataDir)
      const store = await LibraryStore.open(dataDir)
      const settings = await SettingsStore.open(dataDir, 'Ben')
      const droppedPaths = new DroppedPaths()
      const handlers = createHandlers({
        store,
        settings,
        dialogs: {} as never,
        htmlRenderer: null,
        appInfo: { name: 'Factmark', version: 't', dataDir, platform: 'linux' },
        droppedPaths,
      })
      const dropped = join(dir, 'dropped.txt')
      const secret = join(dir, 'secret.txt')
      await writeFile(dropped, 'Dropped\n\nA sentence the editor dropped.\n')
      await writeFile(secret, 'Secret\n\nA file nobody dropped.\n')
      droppedPaths.record([dropped])

      const result = await dispatch(handlers, 'importDropped', { paths: [dropped, secret] })
      if (!result.ok) throw new Error(result.error.message)
      const report = result.value as ImportReport
      expect(report.imported.map((meta) => meta.title)).toEqual(['Dropped'])
      expect(report.failures).toEqual([{ file: 'secret.txt', message: NOT_DROPPED }])

      const again = await dispatch(handlers, 'importDropped', { paths: [dropped] })
      if (!again.ok) throw new Error(again.error.message)
      expect((again.value as ImportReport).failures).toEqual([
        { file: 'dropped.txt', message: NOT_DROPPED },
      ])
      expect(store.list().map((meta) => meta.title)).toEqual(['Dropped'])
      await store.close()
    })
  })
})
