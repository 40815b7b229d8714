import { describe, expect, it } from 'vitest'
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../../../../electron/core/dispatch'
import { createHandlers } from '../../../../electron/core/handlers'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import type { ImportReport } from '../../../../shared/import/import-report'
import { withTempDir } from '../../main/fixtures'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url))

async function setUp(dir: string, choices: string[][]) {
  const dataDir = join(dir, 'library')
  await mkdir(dataDir)
  const store = await LibraryStore.open(dataDir)
  const settings = await SettingsStore.open(dataDir, 'Ben')
  const handlers = createHandlers({
    store,
    settings,
    dialogs: {
      chooseImportFiles: async () => choices.shift() ?? [],
      chooseExportFile: async () => null,
      chooseExportFolder: async () => null,
      showInFolder: () => undefined,
    },
    htmlRenderer: null,
    appInfo: { name: 'Factmark', version: 't', dataDir, platform: 'linux' },
  })
  return { store, handlers }
}

describe('the resolveImport channel', () => {
  it('answers an offer the File > Import dialog made, by its token alone', async () => {
    await withTempDir(async (dir) => {
      await copyFile(join(FIXTURES, 'windows-1252.txt'), join(dir, 'bus.txt'))
      const { store, handlers } = await setUp(dir, [[join(dir, 'bus.txt')]])
      const imported = await dispatch(handlers, 'importArticles', undefined)
      if (!imported.ok) throw new Error(imported.error.message)
      const offer = (imported.value as ImportReport).offers?.[0]
      expect(offer).toMatchObject({ kind: 'encoding', file: 'bus.txt' })
      expect(JSON.stringify(imported.value)).not.toContain(dir)
      const read = await dispatch(handlers, 'resolveImport', {
        token: offer?.token,
        action: 'windows-1252',
      })
      expect(read).toMatchObject({ ok: true })
      expect((read.ok ? (read.value as ImportReport) : null)?.imported).toHaveLength(1)
      const again = await dispatch(handlers, 'resolveImport', {
        token: offer?.token,
        action: 'skip',
      })
      expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } })
      await store.close()
    })
  })

  it('refuses anything but a token and a known answer, before looking anything up', async () => {
    await withTempDir(async (dir) => {
      const { store, handlers } = await setUp(dir, [])
      for (const args of [
        { token: '/etc/passwd', action: 'windows-1252' },
        { token: 'a'.repeat(32), action: 'delete' },
        { token: 'a'.repeat(32), action: 'skip', path: '/etc/passwd' },
        { token: 'A'.repeat(32), action: 'skip' },
        undefined,
      ]) {
        const result = await dispatch(handlers, 'resolveImport', args)
        expect(result, JSON.stringify(args)).toMatchObject({
          ok: false,
          error: { code: 'invalid-argument' },
        })
      }
      const unknown = await dispatch(handlers, 'resolveImport', {
        token: 'a'.repeat(32),
        action: 'skip',
      })
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } })
      await store.close()
    })
  })
})
