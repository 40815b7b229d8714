import { FactmarkError } from '../../../shared/ipc/result'
import type { ArticleRepository } from './article-repository'
import type { LibraryIndex } from './library-index'
import type { LibraryLock } from './library-lock'
import { writeFailure } from './write-failure'

/**
 * Closes an open library: waits for every save under way, writes what is still only in memory
 * (articles whose last save failed, then the index) and releases the lock, whatever failed
 * before. Rejects with the first failure, after releasing the lock.
 */
export async function shutDownLibrary(
  articles: ArticleRepository,
  index: LibraryIndex,
  lock: LibraryLock,
): Promise<void> {
  const failures: FactmarkError[] = []
  try {
    failures.push(...(await articles.settle()))
    await index.close().catch((error: unknown) => {
      failures.push(
        writeFailure(error, 'the library index', 'It will be rebuilt from the article files.'),
      )
    })
  } finally {
    await lock.release().catch((error: unknown) => {
      failures.push(
        new FactmarkError(
          'store-failure',
          `Could not release the library's lock (${lock.path}): ${(error as Error).message}. The next start takes it over.`,
        ),
      )
    })
  }
  if (failures[0]) throw failures[0]
}
