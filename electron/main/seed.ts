import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { importFiles } from './import/import-files'
import type { LibraryStore } from './store/library-store'

/**
 * On first run, fills the library with the sample articles shipped in `seedsDir` (the `*.txt`
 * files, in name order). Runs once per library: an editor who deletes the samples keeps them gone.
 */
export async function seedLibrary(store: LibraryStore, seedsDir: string): Promise<number> {
  if (store.seeded) return 0
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort()
  const report = await importFiles(
    store,
    names.map((name) => join(seedsDir, name)),
  )
  await store.markSeeded()
  return report.imported.length
}
