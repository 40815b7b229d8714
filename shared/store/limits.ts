import { FactmarkError } from '../ipc/result'
import { MAX_TAGS_PER_ARTICLE } from '../model/store-files'

/**
 * Refuses an article file that would hold more than {@link MAX_TAGS_PER_ARTICLE} tags (every
 * editor's together) with a `too-large` {@link FactmarkError}; `title` names the article when an
 * import would overflow it, and is left out for an editor's own save.
 */
export function checkTagLimit(count: number, title?: string): void {
  if (count <= MAX_TAGS_PER_ARTICLE) return
  throw new FactmarkError(
    'too-large',
    title === undefined
      ? `An article can hold at most ${MAX_TAGS_PER_ARTICLE} tags.`
      : `Importing would leave “${title}” with more than ${MAX_TAGS_PER_ARTICLE} tags.`,
  )
}
