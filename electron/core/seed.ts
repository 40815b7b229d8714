import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parsePackage } from '../../shared/exchange/package'
import { errorCode } from './store/store-fs'
import { importFiles } from './import/import-files'
import type { LibraryStore } from './store/library-store'

/** The folder under the seeds with the sample reviewer's packages. */
export const SEED_REVIEWS_FOLDER = 'reviews'

/**
 * Imports the sample reviewer's packages (`<seedsDir>/reviews/*.json`, in name order) as the
 * first-run sample review: no acting editor, so none is refused as "your own". A missing folder
 * is no review; a package that cannot be read is skipped, since the samples must not stop the
 * app from starting. Returns how many tags were added.
 */
export async function seedReviews(store: LibraryStore, seedsDir: string): Promise<number> {
  const folder = join(seedsDir, SEED_REVIEWS_FOLDER)
  const names = await readdir(folder).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  })
  let added = 0
  for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
    try {
      const report = await store.importPackage(
        parsePackage(await readFile(join(folder, name), 'utf8')),
        null,
      )
      added += report.articles.reduce((sum, article) => sum + article.added, 0)
    } catch {
      // A damaged sample review is left out; the articles are what the editor needs.
    }
  }
  return added
}

/**
 * On first run, fills the library with the sample articles shipped in `seedsDir` (the `*.txt`
 * files, in name order), then a sample reviewer's tags on some of them ({@link seedReviews}) so
 * that review can be tried at once. Runs once per library: an editor who deletes the samples
 * keeps them gone.
 */
export async function seedLibrary(store: LibraryStore, seedsDir: string): Promise<number> {
  if (store.seeded) return 0
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort()
  const report = await importFiles(
    store,
    names.map((name) => join(seedsDir, name)),
  )
  await seedReviews(store, seedsDir)
  await store.markSeeded()
  return report.imported.length
}
