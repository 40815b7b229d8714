import { articleStatus, type ArticleStatus } from '../../../shared/library/article-status'
import { countMatches, foldForSearch } from '../../../shared/library/search-text'
import type { ArticleMeta } from '../../../shared/model/article'
import { ownTagCount } from '../../../shared/model/editor-tag-counts'

/** The columns the library sorts by (`tagCount`: the acting editor's own tags). */
export type SortKey = 'title' | 'outlet' | 'published' | 'tagCount'

/** A sort of the library: by which column, which way. */
export interface LibrarySort {
  key: SortKey
  direction: 'ascending' | 'descending'
}

/** The library's order when nothing else was chosen: newest publication first. */
export const DEFAULT_SORT: LibrarySort = { key: 'published', direction: 'descending' }

/** Which articles the status filter lets through. */
export type StatusFilter = 'all' | ArticleStatus

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function compareBy(key: SortKey, a: ArticleMeta, b: ArticleMeta, editorId: string | null): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title)
    case 'outlet':
      return collator.compare(a.outlet, b.outlet)
    case 'published':
      return (a.published ?? '').localeCompare(b.published ?? '')
    case 'tagCount':
      return ownTagCount(a, editorId) - ownTagCount(b, editorId) || a.tagCount - b.tagCount
  }
}

/**
 * The articles in the order `sort` asks for; ties go by title, then id, so the order is stable.
 * Articles without an outlet or a date come last whichever way the column is sorted. Tags sort by
 * the acting editor's own (`editorId`), then by everyone's.
 */
export function sortArticles(
  articles: readonly ArticleMeta[],
  sort: LibrarySort,
  editorId: string | null = null,
): ArticleMeta[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const blank = (meta: ArticleMeta) =>
    (sort.key === 'outlet' && meta.outlet === '') || (sort.key === 'published' && !meta.published)
  return [...articles].sort((a, b) => {
    const aBlank = blank(a)
    if (aBlank !== blank(b)) return aBlank ? 1 : -1
    return (
      sign * compareBy(sort.key, a, b, editorId) ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
  })
}

/** The sort after a click on `key`'s header: the other way if it was already sorted by it. */
export function nextSort(current: LibrarySort, key: SortKey): LibrarySort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  }
  // Dates and counts read best largest first; names from A.
  return { key, direction: key === 'title' || key === 'outlet' ? 'ascending' : 'descending' }
}

/** The articles whose status for the acting editor `editorId` `filter` lets through. */
export function filterByStatus(
  articles: readonly ArticleMeta[],
  filter: StatusFilter,
  editorId: string | null = null,
): ArticleMeta[] {
  return filter === 'all'
    ? [...articles]
    : articles.filter((meta) => articleStatus(meta, editorId) === filter)
}

/** How many articles have each status for the acting editor `editorId`, and how many in all. */
export function statusCounts(
  articles: readonly ArticleMeta[],
  editorId: string | null = null,
): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    all: articles.length,
    untagged: 0,
    'in-progress': 0,
    reviewed: 0,
  }
  for (const meta of articles) counts[articleStatus(meta, editorId)] += 1
  return counts
}

/** One piece of a highlighted text: matched (shown in a mark) or not. */
export interface TextPart {
  text: string
  mark: boolean
}

/**
 * `text` cut into the pieces that match `foldedQuery` (case and accents ignored) and those that
 * do not, in order; one unmarked piece when nothing matches.
 */
export function highlightParts(text: string, foldedQuery: string): TextPart[] {
  if (foldedQuery === '') return [{ text, mark: false }]
  const folded = foldForSearch(text)
  const at = (offset: number) => (folded.map ? (folded.map[offset] ?? text.length) : offset)
  const parts: TextPart[] = []
  let last = 0
  let index = countMatches(folded.text, foldedQuery).first
  while (index !== -1) {
    const start = at(index)
    const end = at(index + foldedQuery.length)
    if (start > last) parts.push({ text: text.slice(last, start), mark: false })
    parts.push({ text: text.slice(start, end), mark: true })
    last = end
    index = folded.text.indexOf(foldedQuery, index + foldedQuery.length)
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), mark: false })
  return parts
}
