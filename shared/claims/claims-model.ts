import { CLAIM_STATUSES, ratingById } from '../model/fact-check'
import { REVIEW_STATES, type ClaimArticle, type ClaimRow, type ClaimsList } from './claim-row'
import { NONE, type ClaimSortKey, type ClaimsView } from './claims-view'
import { foldClaimQuery, foldClaimText } from './fold-claim-text'

/**
 * The claims board's rows made ready for filtering as the editor types: each row's article, its
 * searchable text folded (lower case, accents stripped; computed once, on the first search or
 * ahead of it by {@link searchTexts}), and the sort orders computed so far. Building it is linear
 * in rows; each sort order is computed once, the first time it is asked for.
 */
export interface ClaimsIndex {
  readonly list: ClaimsList
  /** The article of each row (same order as `list.rows`). */
  readonly articleOf: readonly ClaimArticle[]
  /** The story names by id. */
  readonly storyNames: ReadonlyMap<string, string>
  /** What is computed when first needed: the rows' folded search texts, the sort orders. */
  readonly cache: { folded: readonly string[] | null }
  /** The sort orders computed so far, by `key:direction`. */
  readonly orders: Map<string, Uint32Array>
}

const MISSING_ARTICLE: ClaimArticle = {
  id: '',
  title: '',
  outlet: '',
  published: null,
  storyId: null,
}

/** The display name of a row's verdict: its rating's name on the scale, else its id, else ''. */
export function verdictName(list: ClaimsList, verdict: string | null): string {
  if (verdict === null) return ''
  return ratingById(list.scale, verdict)?.name ?? verdict
}

/** Indexes the rows of a claims list for the board (see {@link ClaimsIndex}). */
export function indexClaims(list: ClaimsList): ClaimsIndex {
  const articles = new Map(list.articles.map((article) => [article.id, article]))
  const articleOf = list.rows.map((row) => articles.get(row.articleId) ?? MISSING_ARTICLE)
  return {
    list,
    articleOf,
    storyNames: new Map(list.stories.map((story) => [story.id, story.name])),
    cache: { folded: null },
    orders: new Map(),
  }
}

/**
 * Each row's searchable text (text, claimant, summary, article, outlet, editor), folded, with
 * U+0001 between the fields so that a query never matches across two of them. Computed once per
 * index (the board asks for it just after it is first drawn, so that the first keystroke finds
 * it ready); claimants, titles, outlets and names repeat, and each is folded once.
 */
export function searchTexts(index: ClaimsIndex): readonly string[] {
  if (index.cache.folded) return index.cache.folded
  const short = new Map<string, string>()
  const fold = (text: string) => {
    let folded = short.get(text)
    if (folded === undefined) {
      folded = foldClaimText(text)
      short.set(text, folded)
    }
    return folded
  }
  const { rows } = index.list
  const folded = new Array<string>(rows.length)
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at] as ClaimRow
    const article = index.articleOf[at] as ClaimArticle
    folded[at] =
      `${foldClaimText(row.text)}\u0001${fold(row.claimant)}\u0001${foldClaimText(row.summary)}` +
      `\u0001${fold(article.title)}\u0001${fold(article.outlet)}\u0001${fold(row.editor.name)}`
  }
  index.cache.folded = folded
  return folded
}

/** One value per row to sort by: text folded for comparison, or a rank. */
function sortValues(index: ClaimsIndex, key: ClaimSortKey): string[] | Float64Array {
  const { rows, scale } = index.list
  const fold = foldClaimText
  const ranks = new Map<string, number>()
  const numbers = (rank: (row: ClaimRow) => number) => Float64Array.from(rows, rank)
  switch (key) {
    case 'text':
      return rows.map((row) => fold(row.text))
    case 'claimant':
      // Nobody named sorts last.
      return rows.map((row) => (row.claimant === '' ? '\uffff' : fold(row.claimant)))
    case 'article':
      return index.articleOf.map((article) => `${fold(article.title)}\u0001${fold(article.outlet)}`)
    case 'editor':
      return rows.map((row) => fold(row.editor.name))
    case 'status':
      CLAIM_STATUSES.forEach((status, rank) => ranks.set(status, rank))
      return numbers((row) => (row.status === null ? 99 : (ranks.get(row.status) ?? 98)))
    case 'verdict':
      scale.ratings.forEach((rating, rank) => ranks.set(rating.id, rank))
      return numbers((row) => (row.verdict === null ? 99 : (ranks.get(row.verdict) ?? 98)))
    case 'review':
      REVIEW_STATES.forEach((state, rank) => ranks.set(state, rank))
      return numbers((row) => ranks.get(row.review) ?? 0)
    case 'age':
      // ISO times in UTC (as the store writes them) sort as text; see `sortOrder` for the sign.
      return rows.map((row) => row.modified)
  }
}

/**
 * The rows' indices sorted by one column (ties keep the list's order: article by article, in
 * text order), computed once per column and direction.
 */
export function sortOrder(index: ClaimsIndex, sort: ClaimsView['sort']): Uint32Array {
  const memo = `${sort.key}:${sort.direction}`
  const known = index.orders.get(memo)
  if (known) return known
  const values = sortValues(index, sort.key)
  // Age ascending is youngest first: the latest change time first.
  const sign = (sort.direction === 'ascending' ? 1 : -1) * (sort.key === 'age' ? -1 : 1)
  const order = new Uint32Array(values.length)
  for (let i = 0; i < order.length; i += 1) order[i] = i
  if (values instanceof Float64Array) {
    order.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)) || a - b)
  } else {
    order.sort((a, b) => {
      const left = values[a] as string
      const right = values[b] as string
      return (left < right ? -sign : left > right ? sign : 0) || a - b
    })
  }
  index.orders.set(memo, order)
  return order
}

/**
 * The rows the view lets through, as indices in its sort order: one pass over the rows, each
 * checked against the filters (sets) and the folded query. Linear in rows; only over `within`
 * (rows already in the view's sort order) when given.
 */
export function filterClaims(
  index: ClaimsIndex,
  view: ClaimsView,
  within?: readonly number[] | Uint32Array,
): number[] {
  const order = within ?? sortOrder(index, view.sort)
  const rows = index.list.rows
  const statuses = view.statuses.length > 0 ? new Set<string>(view.statuses) : null
  const verdicts = view.verdicts.length > 0 ? new Set<string>(view.verdicts) : null
  const editors = view.editors.length > 0 ? new Set<string>(view.editors) : null
  const kinds = view.kinds.length > 0 ? new Set<string>(view.kinds) : null
  const reviews = view.reviews.length > 0 ? new Set<string>(view.reviews) : null
  const query = foldClaimQuery(view.query)
  const folded = query === '' ? [] : searchTexts(index)
  const shown: number[] = []
  for (let i = 0; i < order.length; i += 1) {
    const at = order[i] as number
    const row = rows[at] as ClaimRow
    if (statuses && !statuses.has(row.status ?? NONE)) continue
    if (verdicts && !verdicts.has(row.verdict ?? NONE)) continue
    if (editors && !editors.has(row.editor.id)) continue
    if (kinds && !kinds.has(row.kind)) continue
    if (reviews && !reviews.has(row.review)) continue
    if (query !== '' && !(folded[at] as string).includes(query)) continue
    shown.push(at)
  }
  return shown
}

/** A line of the board: a story's heading (when grouping) or a row. */
export type ClaimsLine =
  | { type: 'group'; storyId: string | null; name: string; count: number }
  | { type: 'row'; row: number }

/** The heading of the claims in no saved story. */
export const NO_STORY = 'In no story'

/** What the board shows: the rows in the order shown, and its lines (headings and rows). */
export interface ClaimsShown {
  rows: number[]
  lines: ClaimsLine[]
  /** The view shown, and the rows it let through in its sort order (before any grouping). */
  view: ClaimsView
  filtered: number[]
}

function sameFilters(a: ClaimsView, b: ClaimsView): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((value, at) => value === y[at])
  return (
    a.sort.key === b.sort.key &&
    a.sort.direction === b.sort.direction &&
    same(a.statuses, b.statuses) &&
    same(a.verdicts, b.verdicts) &&
    same(a.editors, b.editors) &&
    same(a.kinds, b.kinds) &&
    same(a.reviews, b.reviews)
  )
}

/**
 * The rows to filter for `view` when `previous` was shown: while the editor types on, each query
 * holds the last one, so every row it matches was already shown; only those are looked at.
 */
function narrowedFrom(previous: ClaimsShown | undefined, view: ClaimsView): number[] | undefined {
  if (!previous || !sameFilters(previous.view, view)) return undefined
  const before = foldClaimQuery(previous.view.query)
  return before !== '' && foldClaimQuery(view.query).includes(before)
    ? previous.filtered
    : undefined
}

/**
 * What the board shows for a view: the filtered rows in their sort order and, when grouping by
 * story, a heading before each story's rows (stories by name, the claims in none last; the rows
 * of each keep the sort order). Linear in rows (after the sort order, computed once); given what
 * was `previous`ly shown, a query that extends its query filters only the rows it showed.
 */
export function showClaims(
  index: ClaimsIndex,
  view: ClaimsView,
  previous?: ClaimsShown,
): ClaimsShown {
  const filtered = filterClaims(index, view, narrowedFrom(previous, view))
  if (!view.groupByStory) {
    return { rows: filtered, lines: filtered.map((row) => ({ type: 'row', row })), view, filtered }
  }
  const buckets = new Map<string | null, number[]>()
  for (const row of filtered) {
    const storyId = (index.articleOf[row] as ClaimArticle).storyId
    const known = storyId !== null && index.storyNames.has(storyId) ? storyId : null
    const bucket = buckets.get(known)
    if (bucket) bucket.push(row)
    else buckets.set(known, [row])
  }
  const groups = [...buckets.keys()].sort((a, b) =>
    a === null
      ? 1
      : b === null
        ? -1
        : (index.storyNames.get(a) ?? '').localeCompare(index.storyNames.get(b) ?? ''),
  )
  const rows: number[] = []
  const lines: ClaimsLine[] = []
  for (const storyId of groups) {
    const bucket = buckets.get(storyId) ?? []
    lines.push({
      type: 'group',
      storyId,
      name: storyId === null ? NO_STORY : (index.storyNames.get(storyId) ?? NO_STORY),
      count: bucket.length,
    })
    for (const row of bucket) {
      rows.push(row)
      lines.push({ type: 'row', row })
    }
  }
  return { rows, lines, view, filtered }
}
