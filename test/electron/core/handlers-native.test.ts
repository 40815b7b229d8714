import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../../electron/core/dispatch'
import { createHandlers, PROGRESS_THRESHOLD } from '../../../electron/core/handlers'
import { seedLibrary } from '../../../electron/core/seed'
import { LibraryStore } from '../../../electron/core/store/library-store'
import { SettingsStore } from '../../../electron/core/store/settings-store'
import type { EventChannel, Events } from '../../../shared/ipc/contract'
import type { ImportReport } from '../../../shared/import/import-report'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'

const noDialogs = {
  chooseImportFiles: async () => [] as string[],
  chooseExportFile: async () => null,
  chooseExportFolder: async () => null,
  showInFolder: () => undefined,
}

/** Handlers over a real store in `dir`, recording what they emit and the recent lists. */
async function setUp(dir: string, seed = false) {
  const dataDir = join(dir, 'library')
  await mkdir(dataDir)
  const store = await LibraryStore.open(dataDir)
  if (seed) await seedLibrary(store, SEEDS_DIR)
  const settings = await SettingsStore.open(dataDir, 'Ben')
  const emitted: { event: EventChannel; payload: unknown }[] = []
  const recent: (readonly string[])[] = []
  const handlers = createHandlers({
    store,
    settings,
    dialogs: noDialogs,
    htmlRenderer: null,
    appInfo: { name: 'Factmark', version: 't', dataDir, platform: 'linux' },
    emit: <E extends EventChannel>(event: E, payload: Events[E]) => {
      emitted.push({ event, payload })
    },
    onRecentChanged: (ids) => recent.push(ids),
  })
  return { store, settings, handlers, emitted, recent }
}

describe('handlers for the native conventions', () => {
  it('imports dropped article files, refuses the rest file by file, and reports progress', async () => {
    await withTempDir(async (dir) => {
      const { store, handlers, emitted } = await setUp(dir)
      const paths: string[] = []
      for (let n = 1; n <= PROGRESS_THRESHOLD + 1; n++) {
        const path = join(dir, `article-${n}.md`)
        await writeFile(path, `# Headline number ${n}\n\nA first sentence. A second one.\n`)
        paths.push(path)
      }
      await mkdir(join(dir, 'folder.txt'))
      paths.push(join(dir, 'folder.txt'), join(dir, 'missing.txt'), '/etc/passwd')
      const result = await dispatch(handlers, 'importDropped', { paths })
      if (!result.ok) throw new Error(result.error.message)
      const report = result.value as ImportReport
      expect(report.imported).toHaveLength(PROGRESS_THRESHOLD + 1)
      expect(report.failures.map((failure) => failure.file)).toEqual([
        'folder.txt',
        'missing.txt',
        'passwd',
      ])
      expect(store.list()).toHaveLength(PROGRESS_THRESHOLD + 1)
      const progress = emitted.filter((entry) => entry.event === 'importProgress')
      expect(progress[0]?.payload).toMatchObject({ done: 0, total: paths.length })
      expect(progress.at(-1)?.payload).toEqual({ done: paths.length, total: paths.length })
      await store.close()
    })
  })

  it('refuses relative, empty or too many dropped paths before touching a file', async () => {
    await withTempDir(async (dir) => {
      const { store, handlers } = await setUp(dir)
      for (const paths of [['article.txt'], [], Array.from({ length: 101 }, () => '/a.txt')]) {
        const result = await dispatch(handlers, 'importDropped', { paths })
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
      }
      await store.close()
    })
  })

  it('records each opened article as recent and says so, but not a missing one', async () => {
    await withTempDir(async (dir) => {
      const { store, settings, handlers, recent } = await setUp(dir, true)
      const [first, second] = store.list()
      if (!first || !second) throw new Error('the seeds are missing')
      await dispatch(handlers, 'openArticle', { id: first.id })
      await dispatch(handlers, 'openArticle', { id: second.id })
      const missing = await dispatch(handlers, 'openArticle', { id: '0123456789abcdef' })
      expect(missing.ok).toBe(false)
      expect(settings.recentArticles).toEqual([second.id, first.id])
      expect(recent).toEqual([[first.id], [second.id, first.id]])
      await store.close()
    })
  })
})
