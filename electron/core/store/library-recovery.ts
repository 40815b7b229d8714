import { Low } from 'lowdb'
import { join } from 'node:path'
import type { ArticleFile, LibraryFile } from '../../../shared/model/store-files'
import { emptyLibrary, migrateLibraryFile } from '../../../shared/model/store-files'
import { metaOf } from '../../../shared/store/article-edits'
import { removeStaleTempFiles } from './atomic-write'
import { readOrRecover, restoredMessage } from './file-recovery'
import { migrateEditorCounts } from './index-editor-counts'
import { serializeLibraryIndex } from './index-serializer'
import { JsonFileAdapter } from './json-file'
import { LibraryIndex } from './library-index'
import {
  ARTICLES_FOLDER,
  articleIdOfFile,
  articlePath,
  backedUpFile,
  LIBRARY_FILE,
  PENDING_MARKER,
  type StoreContext,
} from './store-context'
import { errorCode } from './store-fs'
import type { Trash } from './trash'
import { writeFailure } from './write-failure'

/**
 * When the index is brought up to date after a crash, article files written up to this long
 * before the pending marker (or the restored index backup) are read again too: mtime granularity
 * and a slow fsync between an article's write and its entry in the index are covered.
 */
const RECONCILE_SLACK_MS = 60_000

/** What recovery reads article files with: the article repository. */
export interface ArticleReader {
  /** Reads an article file without keeping it (recovering it from a backup if need be). */
  readUncached(id: string): Promise<ArticleFile>
}

/** What {@link recoverLibrary} needs besides the store's context. */
export interface LibraryRecoveryOptions<R extends ArticleReader> {
  trash: Trash
  /** How long index changes wait before they are written (see {@link LibraryIndex}). */
  indexDelayMs?: number | undefined
  /** Makes the article repository over the loaded index. */
  repositoryFor: (index: LibraryIndex) => R
}

/** The recovered library: its index and the article repository over it. */
export interface RecoveredLibrary<R> {
  index: LibraryIndex
  repository: R
}

function indexWriteFailed(context: StoreContext, error: unknown): void {
  context.notices.warnOnce(
    'index',
    writeFailure(
      error,
      'the library index',
      'Your articles are saved in their own files; the index will be brought up to date from them.',
    ).message,
  )
}

/** Removes the temp files that a crash left in the library folder and its articles folder. */
export async function removeStaleFiles(context: StoreContext): Promise<void> {
  await removeStaleTempFiles(context.dataDir, context.fs)
  await removeStaleTempFiles(join(context.dataDir, ARTICLES_FOLDER), context.fs)
}

/** Ids of the article files in the articles folder. */
async function articleFileIds(context: StoreContext): Promise<string[]> {
  const names = await context.fs
    .readdir(join(context.dataDir, ARTICLES_FOLDER))
    .catch((error: unknown) => {
      // A folder read before any article was added to it (only possible when reading).
      if (context.readOnly && errorCode(error) === 'ENOENT') return []
      throw error
    })
  return names.flatMap((name) => articleIdOfFile(name) ?? [])
}

/**
 * The recovery that runs once when a library opens, after its lock is taken: removes stale temp
 * files, then loads the index (`library.json`). A damaged index is moved aside and restored from
 * its newest backup that verifies, or rebuilt from the article files; a missing one likewise. The
 * articles that a deletion the process did not live to record left in the index are dropped, and
 * when the pending marker (`library.pending`) says article files changed after the index was last
 * written, or the index came from a backup, those files are read again into it. Every recovery
 * is told to the editor through the context's notices.
 */
export async function recoverLibrary<R extends ArticleReader>(
  context: StoreContext,
  options: LibraryRecoveryOptions<R>,
): Promise<RecoveredLibrary<R>> {
  // Without the lock, another program's temp files may be in use: only a writer clears them.
  if (!context.readOnly) await removeStaleFiles(context)
  const { dataDir, fs } = context
  const path = join(dataDir, LIBRARY_FILE)
  const markerPath = join(dataDir, PENDING_MARKER)
  const adapter = new JsonFileAdapter(path, migrateLibraryFile, {
    ...backedUpFile(context, 'library', 'the library index'),
    serialize: serializeLibraryIndex,
  })
  const marker = await fs.stat(markerPath).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })
  const loaded = await readOrRecover(adapter, 'library', 'The library index', context)
  const articleIds = await articleFileIds(context)
  let data: LibraryFile | null = null
  /** Article files changed since then (ms) are read again into the index; null: none. */
  let since: number | null = marker ? marker.mtimeMs - RECONCILE_SLACK_MS : null
  let rebuilt: string | null = null
  if (loaded.kind === 'ok') data = loaded.data
  if (loaded.kind === 'restored') {
    data = loaded.data
    since = loaded.modified.getTime() - RECONCILE_SLACK_MS
    context.notices.notify({
      level: 'warning',
      message: restoredMessage('The library index', path, loaded),
    })
  }
  if (loaded.kind === 'lost') {
    rebuilt = `The library index was damaged (${loaded.reason}) and none of its backups could be verified. It has been rebuilt from the article files; the damaged copy was kept as ${loaded.aside}.`
  }
  if (loaded.kind === 'missing' && articleIds.length > 0) {
    rebuilt = `The library index (${path}) was missing and had no backup. It has been rebuilt from the article files.`
  }
  if (data === null) since = -Infinity
  const index = new LibraryIndex(new Low(adapter, data ?? emptyLibrary()), {
    markerPath,
    markerPresent: marker !== null,
    delayMs: options.indexDelayMs,
    fs,
    onWriteError: (error) => indexWriteFailed(context, error),
    readOnly: !!context.readOnly,
  })
  const repository = options.repositoryFor(index)
  const dropped = await dropTrashed(index, articleIds, options.trash)
  // An index from before the per-editor tag counts gets them (articles read once, then written).
  const migrated = await migrateEditorCounts(index, repository)
  if (since === null) {
    if (dropped + migrated > 0 && !context.readOnly) {
      await index.flush().catch((error: unknown) => indexWriteFailed(context, error))
    }
    return { index, repository }
  }
  // A restored or rebuilt index replaces the one moved aside even if no article file changed.
  if (loaded.kind === 'restored' || loaded.kind === 'lost') index.replace(index.data)
  const read = await reconcile(index, articleIds, since, context, repository)
  if (rebuilt) {
    index.replace({ ...index.data, seeded: read > 0 })
    context.notices.notify({ level: 'warning', message: `${rebuilt} It lists ${read} articles.` })
  }
  // The library opens even if the disk refuses this write: the marker stays for next time.
  if (!context.readOnly) {
    await index.flush().catch((error: unknown) => indexWriteFailed(context, error))
  }
  return { index, repository }
}

/**
 * Takes out of the index the articles whose file is in the trash and not in the articles
 * folder: a deletion the process did not live to write into the index, or an older index
 * restored from a backup. Returns how many.
 */
async function dropTrashed(
  index: LibraryIndex,
  articleIds: readonly string[],
  trash: Trash,
): Promise<number> {
  const present = new Set(articleIds)
  const trashed = await trash.ids().catch(() => new Set<string>())
  const gone = index.data.articles.filter((meta) => !present.has(meta.id) && trashed.has(meta.id))
  for (const meta of gone) index.forget(meta.id)
  return gone.length
}

/**
 * Reads into the index the metadata of every article file the index lacks or that changed
 * after `since` (ms; -Infinity reads all). A damaged file is recovered or, failing that, left
 * out (and reported). Returns how many files were read.
 */
async function reconcile(
  index: LibraryIndex,
  ids: readonly string[],
  since: number,
  context: StoreContext,
  articles: ArticleReader,
): Promise<number> {
  let read = 0
  for (const id of ids) {
    if (index.find(id) && since !== -Infinity) {
      const changed = await context.fs.stat(articlePath(context.dataDir, id)).then(
        (stat) => stat.mtimeMs >= since,
        () => false,
      )
      if (!changed) continue
    }
    try {
      // Not cached: a rebuild reads every article, and only a few will be opened.
      const file = await articles.readUncached(id)
      await index.record(async () => metaOf(file.article))
      read += 1
    } catch (error) {
      context.notices.notify({ level: 'error', message: (error as Error).message })
    }
  }
  return read
}
