import { join } from 'node:path'
import { ArticleRepository } from '../../../../electron/core/store/article-repository'
import { BackupRotation } from '../../../../electron/core/store/backup-rotation'
import type { LibraryIndex } from '../../../../electron/core/store/library-index'
import { recoverLibrary } from '../../../../electron/core/store/library-recovery'
import {
  ARTICLES_FOLDER,
  StoreNotices,
  type StoreContext,
} from '../../../../electron/core/store/store-context'
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs'
import { Trash } from '../../../../electron/core/store/trash'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { ArticleFile } from '../../../../shared/model/store-files'
import { checkedBody, newArticleFile } from '../../../../shared/store/article-edits'
import { articleIdFor } from '../../../../shared/text/hash'

/** The store's parts over the library in `dir`, as `LibraryStore.open` puts them together. */
export interface StoreParts {
  context: StoreContext
  trash: Trash
  index: LibraryIndex
  repository: ArticleRepository
  /** Whether the parts count as closed (then `checkOpen` throws). */
  closed: { value: boolean }
}

/** Recovers the library in `dir` and makes its article repository (no lock is taken). */
export async function openParts(dir: string, fs: StoreFs = nodeStoreFs): Promise<StoreParts> {
  await fs.mkdir(join(dir, ARTICLES_FOLDER))
  const context: StoreContext = {
    dataDir: dir,
    fs,
    backups: new BackupRotation(join(dir, 'backups'), 5, fs),
    notices: new StoreNotices(),
  }
  const trash = new Trash(dir, join(dir, ARTICLES_FOLDER), fs)
  const closed = { value: false }
  const checkOpen = () => {
    if (closed.value) throw new Error('closed')
  }
  const { index, repository } = await recoverLibrary(context, {
    trash,
    indexDelayMs: 0,
    repositoryFor: (index) => new ArticleRepository({ context, index, trash, checkOpen }),
  })
  return { context, trash, index, repository, closed }
}

/** A new article file made from `text`. */
export function articleFileOf(text: string, now = '2025-11-17T12:00:00.000Z'): ArticleFile {
  const draft = parsePlainText(text)
  const body = checkedBody(draft.body)
  return newArticleFile(articleIdFor(body.text), draft, 'a.txt', body, now)
}

/** Waits for the parts' writes (articles, then the index), as closing the store does. */
export async function closeParts(parts: Pick<StoreParts, 'repository' | 'index'>): Promise<void> {
  await parts.repository.settle()
  await parts.index.close()
}
