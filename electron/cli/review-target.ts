import { randomUUID } from 'node:crypto'
import { FactmarkError } from '../../shared/ipc/result'
import { tagIdSchema, type EditorRef } from '../../shared/model/annotation'
import type { ReviewActionInput, ReviewActionResult } from '../../shared/review/review-actions'
import type { LibraryStore } from '../core/store/library-store'
import { loadArticle } from './load-article'
import { UsageError } from './usage-error'

/** The one tag id `review` and `comment` take, checked to look like one. */
export function tagIdArgument(command: string, positionals: readonly string[]): string {
  const [id] = positionals
  if (positionals.length !== 1 || id === undefined) {
    throw new UsageError(`${command} takes exactly one tag id (see factmark tags <article-id>)`)
  }
  if (!tagIdSchema.safeParse(id).success) {
    throw new UsageError(`“${id}” is not a tag id (see factmark tags <article-id>)`)
  }
  return id
}

/** The article holding tag `tagId`: every article's tags are looked through once. */
async function articleOfTag(store: LibraryStore, tagId: string): Promise<string> {
  for (const meta of store.list()) {
    if ((await store.tags(meta.id)).some((tag) => tag.id === tagId)) return meta.id
  }
  throw new FactmarkError('not-found', `No article in the library has a tag ${tagId}.`)
}

/**
 * Runs a review action (accept, reject, comment) on tag `tagId` for `editor` and saves the
 * editor's tags and reviews on its article through the store's `saveWork`, the path review mode
 * saves by; returns the action's result and the article's id.
 */
export async function actOnTag(
  store: LibraryStore,
  tagId: string,
  editor: EditorRef,
  action: (input: ReviewActionInput) => ReviewActionResult,
): Promise<ReviewActionResult & { articleId: string }> {
  const articleId = await articleOfTag(store, tagId)
  const { text } = await loadArticle(store, articleId)
  const result = action({
    text,
    tags: await store.tags(articleId),
    reviews: await store.reviews(articleId),
    tagId,
    editor,
    now: new Date().toISOString(),
    newId: randomUUID,
  })
  if (result.changed) {
    await store.saveWork(articleId, { tags: result.tags, reviews: result.reviews }, editor)
  }
  return { ...result, articleId }
}
