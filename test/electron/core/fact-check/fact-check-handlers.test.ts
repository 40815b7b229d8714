import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../electron/core/dispatch'
import { createHandlers } from '../../../../electron/core/handlers'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { DEFAULT_RATING_SCALE } from '../../../../shared/model/fact-check'
import { withTempDir } from '../../main/fixtures'

const noDialogs = {
  chooseImportFiles: async () => [] as string[],
  chooseExportFile: async () => null,
  chooseExportFolder: async () => null,
  showInFolder: () => undefined,
}

async function setUp(dir: string) {
  const dataDir = join(dir, 'library')
  await mkdir(dataDir)
  const store = await LibraryStore.open(dataDir)
  const settings = await SettingsStore.open(dataDir, 'Ana')
  const handlers = createHandlers({
    store,
    settings,
    dialogs: noDialogs,
    htmlRenderer: null,
    appInfo: { name: 'Factmark', version: 't', dataDir, platform: 'linux' },
  })
  const call = (channel: string, payload?: unknown) => dispatch(handlers, channel, payload)
  return { dataDir, store, call }
}

describe('fact-check settings handlers', () => {
  it('starts empty, then keeps a scale, publisher and pattern in settings.json', async () => {
    await withTempDir(async (dir) => {
      const { dataDir, store, call } = await setUp(dir)
      try {
        expect(await call('getFactCheckSettings')).toEqual({ ok: true, value: {} })
        const scale = {
          ...DEFAULT_RATING_SCALE,
          ratings: [
            ...DEFAULT_RATING_SCALE.ratings,
            { id: 'pants-on-fire', name: 'Pants on fire', value: 1 },
          ],
        }
        const value = {
          ratingScale: scale,
          publisher: { name: 'The Desk', url: 'https://desk.example' },
          reviewUrlPattern: 'https://desk.example/checks/{id}',
        }
        expect(await call('setFactCheckSettings', value)).toEqual({ ok: true, value })
        expect(await call('getFactCheckSettings')).toEqual({ ok: true, value })
        const file = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))
        expect(file.factCheck.ratingScale.ratings.at(-1).id).toBe('pants-on-fire')
        const reopened = await SettingsStore.open(dataDir, 'Ana')
        expect(reopened.factCheck).toEqual(value)
      } finally {
        await store.close()
      }
    })
  })

  it('refuses a scale with two ratings on one key and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const { store, call } = await setUp(dir)
      try {
        const scale = {
          ...DEFAULT_RATING_SCALE,
          ratings: DEFAULT_RATING_SCALE.ratings.map((rating) => ({ ...rating, key: '1' })),
        }
        const result = await call('setFactCheckSettings', { ratingScale: scale })
        expect(result.ok).toBe(false)
        expect(await call('getFactCheckSettings')).toEqual({ ok: true, value: {} })
      } finally {
        await store.close()
      }
    })
  })
})
