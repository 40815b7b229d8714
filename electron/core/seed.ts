import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { parsePackage } from '../../shared/exchange/package'
import { articleMetaEditSchema, isoDateSchema } from '../../shared/model/article'
import { errorCode } from './store/store-fs'
import { importFiles } from './import/import-files'
import type { LibraryStore } from './store/library-store'

/** The file beside the seeds that says where each was published. */
export const SEED_SOURCES_FILE = 'sources.json'

const seedSourcesSchema = z.object({
  sources: z.record(
    z.string(),
    z.strictObject({
      outlet: z.string().trim().max(200),
      published: isoDateSchema.nullable(),
      url: z.string().trim().max(2048),
    }),
  ),
})

/** Where each seed was published, by file name: its outlet, date (when known) and address. */
export type SeedSources = z.infer<typeof seedSourcesSchema>['sources']

/**
 * Reads `<seedsDir>/sources.json`: the outlet, date and address of each seed file. A missing or
 * unreadable file is no sources (the articles still come in, without them).
 */
export async function readSeedSources(seedsDir: string): Promise<SeedSources> {
  try {
    const raw = await readFile(join(seedsDir, SEED_SOURCES_FILE), 'utf8')
    return seedSourcesSchema.parse(JSON.parse(raw)).sources
  } catch {
    return {}
  }
}

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
 * files, in name order), each with its outlet, date and address from `sources.json` (so that the
 * library tells the five reports apart), then a sample reviewer's tags on some of them
 * ({@link seedReviews}) so that review can be tried at once. Runs once per library: an editor who
 * deletes the samples keeps them gone.
 */
export async function seedLibrary(store: LibraryStore, seedsDir: string): Promise<number> {
  if (store.seeded) return 0
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort()
  const report = await importFiles(
    store,
    names.map((name) => join(seedsDir, name)),
  )
  const sources = await readSeedSources(seedsDir)
  for (const meta of report.imported) {
    const source = sources[meta.sourceName]
    if (!source) continue
    const edit = articleMetaEditSchema.parse({
      outlet: source.outlet,
      url: source.url,
      ...(source.published !== null ? { published: source.published } : {}),
    })
    await store.updateMeta(meta.id, edit)
  }
  await seedReviews(store, seedsDir)
  await store.markSeeded()
  return report.imported.length
}
