import { anchor, type AnchorResult } from '../anchoring/anchor'
import { describe } from '../anchoring/describe'
import { annotationSchema, type Annotation, type Target } from '../model/annotation'
import { reviewSchema, type Review } from '../model/review'
import type { ImportedTag, ParsedAnnotations, SkippedAnnotation } from './w3c-annotations'

/** An article of the library as placement needs it: where it comes from and its plain text. */
export interface PlacementArticle {
  id: string
  url: string
  sourceName: string
  /** The article's plain text (blocks joined by "\n\n"), which selectors refer to. */
  text: string
}

/** An imported tag that found no place in the library's text. */
export interface ImportOrphan {
  /** The annotation's id in the file. */
  id: string
  /** The Factmark id the tag got. */
  tagId: string
  /** What it quotes (cut to 200 characters), or '' when it has no quote. */
  quote: string
  /** The annotated document's address, if the file gives one. */
  source: string | null
  /** The article it belongs to, when one was found by its address (the tag is kept there as an orphan). */
  articleId: string | null
}

/** The tags and reviews to store, article by article, and what could not be placed. */
export interface Placement {
  /** Per article id: the tags (placed ones and orphans kept in it) and reviews to store. */
  articles: Map<string, { tags: Annotation[]; reviews: Review[] }>
  /** How many tags were placed in an article's text. */
  placed: number
  /** Tags with no place: kept as orphans in their article when it is known, else only listed. */
  orphans: ImportOrphan[]
  skipped: SkippedAnnotation[]
}

/** How many characters of a quote the index keys on (from a word's start). */
const KEY_LENGTH = 16

/** More than any article's length (2^30 UTF-16 units): a place is `article * PLACE_SPAN + at`. */
const PLACE_SPAN = 2 ** 30

/**
 * Places the tags and reviews of an annotation file in the library's articles. A tag goes to the
 * article whose address (web address, `urn:factmark:article:<id>`, or file name) is its source;
 * else to the article whose text holds its exact quote, best agreeing with its prefix and suffix
 * (one index of the library's word starts, built once: linear in the library's text plus the
 * tags), where it is placed as found. A tag matched by address is anchored as any tag is
 * (`shared/anchoring`). Either is stored with fresh selectors, or kept as an orphan, never dropped. A tag matching no article is listed as an orphan. A review
 * goes with the tag it reviews (in the file, or already in the library: `libraryTags`).
 */
export function placeAnnotations(
  parsed: ParsedAnnotations,
  articles: readonly PlacementArticle[],
  libraryTags: ReadonlyMap<string, { articleId: string; authorId: string }> = new Map(),
): Placement {
  const placement: Placement = {
    articles: new Map(),
    placed: 0,
    orphans: [],
    skipped: [...parsed.skipped],
  }
  const bySource = sourceIndex(articles)
  const byId = new Map(articles.map((article) => [article.id, article]))
  let quotes: QuoteIndex | null = null
  const tagArticles = new Map<string, { articleId: string; id: string; authorId: string }>()
  const entry = (articleId: string) => {
    let found = placement.articles.get(articleId)
    if (!found) {
      found = { tags: [], reviews: [] }
      placement.articles.set(articleId, found)
    }
    return found
  }

  for (const tag of parsed.tags) {
    let article = tag.source !== null ? (bySource.get(sourceKey(tag.source)) ?? null) : null
    let found: number | null = null
    if (article === null && tag.quote !== null) {
      quotes ??= new QuoteIndex(articles)
      const match = quotes.find(tag.quote)
      if (match) {
        article = match.article
        found = match.start
      }
    }
    if (article === null) {
      placement.orphans.push(orphanOf(tag, null))
      continue
    }
    const target = targetOf(tag, article.text, found)
    if (target === null) {
      placement.orphans.push(orphanOf(tag, null))
      continue
    }
    // A quote found verbatim by the index is where it was found; any other is anchored as a tag is.
    const result: AnchorResult =
      found !== null
        ? { status: 'anchored', method: 'quote', start: found, end: target.position.end }
        : anchor(article.text, target)
    const placed = result.status === 'anchored' || result.status === 'changed'
    const stored =
      result.status === 'anchored' ? describe(article.text, result.start, result.end) : target
    const annotation = annotationSchema.safeParse(annotationOf(tag, article.id, stored))
    if (!annotation.success) {
      const issue = annotation.error.issues[0]
      placement.skipped.push({
        id: tag.sourceId,
        reason: `it is not a valid tag (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'})`,
      })
      continue
    }
    entry(article.id).tags.push(annotation.data)
    tagArticles.set(tag.sourceId, { articleId: article.id, id: tag.id, authorId: tag.author.id })
    tagArticles.set(`urn:factmark:tag:${tag.id}`, {
      articleId: article.id,
      id: tag.id,
      authorId: tag.author.id,
    })
    if (placed) placement.placed += 1
    else placement.orphans.push(orphanOf(tag, article.id))
  }

  for (const review of parsed.reviews) {
    let reviewed = tagArticles.get(review.target)
    if (!reviewed && review.target.startsWith('urn:factmark:tag:')) {
      const id = review.target.slice('urn:factmark:tag:'.length)
      const known = libraryTags.get(id)
      if (known !== undefined && byId.has(known.articleId)) reviewed = { ...known, id }
    }
    if (!reviewed) {
      placement.skipped.push({
        id: review.sourceId,
        reason: 'it reviews a tag that is neither in the file nor in the library',
      })
      continue
    }
    if (review.verdict !== 'comment' && reviewed.authorId === review.author.id) {
      placement.skipped.push({
        id: review.sourceId,
        reason: 'it is a verdict on its author’s own tag',
      })
      continue
    }
    const parsedReview = reviewSchema.safeParse({
      id: review.id,
      articleId: reviewed.articleId,
      annotationId: reviewed.id,
      author: review.author,
      verdict: review.verdict,
      ...(review.subject !== undefined ? { subject: review.subject } : {}),
      text: review.text,
      ...(review.unverified ? { unverified: true } : {}),
      created: review.created,
      modified: review.modified,
    })
    if (!parsedReview.success) {
      placement.skipped.push({ id: review.sourceId, reason: 'it is not a valid review' })
      continue
    }
    entry(reviewed.articleId).reviews.push(parsedReview.data)
  }
  return placement
}

/** The target a tag is anchored with: its selectors, completed from the article where needed. */
function targetOf(tag: ImportedTag, text: string, found: number | null): Target | null {
  if (tag.quote === null) {
    // Only a position: it holds only where it lies inside the article's text.
    const position = tag.position
    if (position === null || position.end > text.length) return null
    return describe(text, position.start, position.end)
  }
  const start = found ?? tag.position?.start ?? 0
  return {
    position: { type: 'TextPositionSelector', start, end: start + tag.quote.exact.length },
    quote: { type: 'TextQuoteSelector', ...tag.quote },
  }
}

function annotationOf(tag: ImportedTag, articleId: string, target: Target): unknown {
  return {
    id: tag.id,
    articleId,
    author: tag.author,
    kind: tag.kind,
    target,
    note: tag.note,
    ...(tag.speaker !== undefined ? { speaker: tag.speaker } : {}),
    ...(tag.reason !== undefined ? { reason: tag.reason } : {}),
    ...(tag.evidence !== undefined ? { evidence: tag.evidence } : {}),
    ...(tag.changedFrom !== undefined ? { changedFrom: tag.changedFrom } : {}),
    ...(tag.acceptedFrom !== undefined ? { acceptedFrom: tag.acceptedFrom } : {}),
    ...(tag.factCheck !== undefined ? { factCheck: tag.factCheck } : {}),
    ...(tag.unverified ? { unverified: true } : {}),
    created: tag.created,
    modified: tag.modified,
  }
}

function orphanOf(tag: ImportedTag, articleId: string | null): ImportOrphan {
  return {
    id: tag.sourceId,
    tagId: tag.id,
    quote: (tag.quote?.exact ?? '').slice(0, 200),
    source: tag.source,
    articleId,
  }
}

/**
 * The key an address is compared by: a Factmark article URN as is; a web address without its
 * scheme, `www.`, fragment and trailing slash, lowercase host; a file by its name.
 */
export function sourceKey(source: string): string {
  const trimmed = source.trim()
  if (trimmed.startsWith('urn:factmark:article:')) return trimmed
  const web = /^https?:\/\/(?:www\.)?([^/?#]+)([^#]*)/i.exec(trimmed)
  if (web) return `web:${(web[1] ?? '').toLowerCase()}${(web[2] ?? '').replace(/\/+$/, '')}`
  const name =
    trimmed
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() ?? ''
  return `file:${name.toLowerCase()}`
}

/** Every address an article answers to. */
function sourceIndex(articles: readonly PlacementArticle[]): Map<string, PlacementArticle> {
  const index = new Map<string, PlacementArticle>()
  for (const article of articles) {
    index.set(sourceKey(`urn:factmark:article:${article.id}`), article)
    if (article.url.trim()) index.set(sourceKey(article.url), article)
    if (article.sourceName.trim()) {
      const key = `file:${article.sourceName.trim().toLowerCase()}`
      if (!index.has(key)) index.set(key, article)
    }
  }
  return index
}

/**
 * Where quotes occur in the library: each word start of every article, keyed by the
 * `KEY_LENGTH` characters from it. Built once; a quote is then looked up by the key at its first
 * (or second, when it starts mid-word) word start and checked in full at each candidate.
 */
class QuoteIndex {
  /** Per key, its places, each `article * PLACE_SPAN + at` (one number: no object per word). */
  private readonly keys = new Map<string, number | number[]>()

  constructor(private readonly articles: readonly PlacementArticle[]) {
    for (const [number, article] of articles.entries()) {
      const { text } = article
      let afterSpace = true
      for (let at = 0; at + KEY_LENGTH <= text.length; at += 1) {
        const space = isSpace(text.charCodeAt(at))
        const wordStart = afterSpace && !space
        afterSpace = space
        if (!wordStart) continue
        const key = text.slice(at, at + KEY_LENGTH)
        const place = number * PLACE_SPAN + at
        const found = this.keys.get(key)
        if (found === undefined) this.keys.set(key, place)
        else if (typeof found === 'number') this.keys.set(key, [found, place])
        else found.push(place)
      }
    }
  }

  /** The best place of a quote in the library, or null when no article holds it. */
  find(quote: {
    exact: string
    prefix: string
    suffix: string
  }): { article: PlacementArticle; start: number } | null {
    const { exact } = quote
    const candidates: { article: number; start: number }[] = []
    const offsets = [0]
    const space = exact.search(/\s\S/)
    if (space >= 0) offsets.push(space + 1)
    for (const offset of offsets) {
      if (exact.length - offset < KEY_LENGTH) continue
      const found = this.keys.get(exact.slice(offset, offset + KEY_LENGTH))
      for (const place of typeof found === 'number' ? [found] : (found ?? [])) {
        const article = Math.floor(place / PLACE_SPAN)
        const start = (place % PLACE_SPAN) - offset
        const text = (this.articles[article] as PlacementArticle).text
        if (start >= 0 && text.startsWith(exact, start)) candidates.push({ article, start })
      }
      if (candidates.length > 0) break
    }
    if (candidates.length === 0 && exact.length < KEY_LENGTH + 8) {
      // A quote too short to key on: look for it in each text.
      for (const [number, article] of this.articles.entries()) {
        let start = article.text.indexOf(exact)
        while (start >= 0 && candidates.length < 1_000) {
          candidates.push({ article: number, start })
          start = article.text.indexOf(exact, start + 1)
        }
      }
    }
    let best: { article: number; start: number; score: number } | null = null
    for (const candidate of candidates) {
      const text = (this.articles[candidate.article] as PlacementArticle).text
      const score =
        commonSuffix(
          text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start),
          quote.prefix,
        ) +
        commonPrefix(
          text.slice(
            candidate.start + exact.length,
            candidate.start + exact.length + quote.suffix.length,
          ),
          quote.suffix,
        )
      if (best === null || score > best.score) best = { ...candidate, score }
    }
    if (best === null) return null
    return { article: this.articles[best.article] as PlacementArticle, start: best.start }
  }
}

/** Whether a UTF-16 code unit is white space (as `\s` has it, for the characters news text holds). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

function commonPrefix(left: string, right: string): number {
  let count = 0
  while (count < left.length && count < right.length && left[count] === right[count]) count += 1
  return count
}

function commonSuffix(left: string, right: string): number {
  let count = 0
  while (
    count < left.length &&
    count < right.length &&
    left[left.length - 1 - count] === right[right.length - 1 - count]
  ) {
    count += 1
  }
  return count
}
