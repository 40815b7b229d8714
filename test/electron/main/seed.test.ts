import { describe, expect, it } from 'vitest'
import { seedLibrary } from '../../../electron/main/seed'
import { LibraryStore } from '../../../electron/main/store/library-store'
import { SEEDS_DIR, withTempDir } from './fixtures'

describe('seedLibrary', () => {
  it('puts the five sample articles in a new library, once', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      expect(await seedLibrary(store, SEEDS_DIR)).toBe(5)
      expect(store.list()).toHaveLength(5)
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect(await seedLibrary(reopened, SEEDS_DIR)).toBe(0)
      expect(reopened.list()).toHaveLength(5)
      await reopened.close()
    })
  })
})
