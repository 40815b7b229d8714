import type { LibraryStore } from '../core/store/library-store'
import { UsageError } from './usage-error'

/** Something an id can name: its full id, and how to tell it apart in a list. */
export interface IdCandidate {
  id: string
  label: string
}

/** A full article id: 16 lower-case hex digits. */
const FULL_ARTICLE_ID = /^[0-9a-f]{16}$/

/** How many candidates an ambiguous prefix lists. */
const LISTED = 8

/**
 * The one id that `typed` names among `candidates`: the id equal to it, or the only one that
 * starts with it; `typed` itself when none does (the command then says there is no such id, in
 * its own words, after checking its other arguments). A prefix that several ids start with is
 * refused: a usage error listing them. `what` names the kind ("article", "tag").
 */
export function resolveIdPrefix(
  typed: string,
  candidates: readonly IdCandidate[],
  what: string,
): string {
  const wanted = typed.trim()
  if (wanted === '' || candidates.some((candidate) => candidate.id === wanted)) return typed
  const matches = candidates.filter((candidate) => candidate.id.startsWith(wanted))
  if (matches.length === 0) return typed
  if (matches.length === 1) return matches[0]!.id
  const shown = matches
    .slice(0, LISTED)
    .map((candidate) => `\n  ${candidate.id}  ${candidate.label}`)
    .join('')
  const more = matches.length > LISTED ? `\n  … and ${matches.length - LISTED} more` : ''
  throw new UsageError(
    `“${wanted}” could be ${matches.length} ${what}s; type more of the id:${shown}${more}`,
  )
}

/** Whether `typed` is already a whole article id (no need to look the library up). */
export function isFullArticleId(typed: string): boolean {
  return FULL_ARTICLE_ID.test(typed)
}

/** The article id `typed` names in the library: the whole id or a unique beginning of it. */
export function resolveArticleId(store: LibraryStore, typed: string): string {
  return resolveIdPrefix(
    typed,
    store.list().map((meta) => ({ id: meta.id, label: meta.title })),
    'article',
  )
}

/**
 * The tag id `typed` names among every editor's tags in the library, and its article (null when
 * no tag has that id or beginning: `typed` comes back as it is).
 */
export async function resolveTagId(
  store: LibraryStore,
  typed: string,
): Promise<{ tagId: string; articleId: string | null }> {
  const articleOf = new Map<string, string>()
  const candidates: IdCandidate[] = []
  for (const meta of store.list()) {
    for (const tag of await store.tags(meta.id)) {
      articleOf.set(tag.id, meta.id)
      candidates.push({
        id: tag.id,
        label: `${tag.kind} by ${tag.author.name}: ${tag.target.quote.exact.slice(0, 50)}`,
      })
    }
  }
  const tagId = resolveIdPrefix(typed, candidates, 'tag')
  return { tagId, articleId: articleOf.get(tagId) ?? null }
}
