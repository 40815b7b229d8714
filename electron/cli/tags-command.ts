import { anchor, type AnchorResult } from '../../shared/anchoring'
import type { Annotation } from '../../shared/model/annotation'
import type { SentenceSpan } from '../../shared/text/sentences'
import type { LibraryStore } from '../core/store/library-store'
import type { CliIo } from './cli-io'
import { loadArticle } from './load-article'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/**
 * A stored tag with where it lands in the article's current text: its anchoring `status`, its
 * `start`/`end` when placed (anchored or changed), and the number of the sentence holding `start`.
 */
export type PlacedTag = Annotation & {
  status: AnchorResult['status']
  start?: number
  end?: number
  /** The index (as `show` numbers it) of the sentence containing `start`, else null. */
  sentence: number | null
}

/** How long the quoted text of a tag may be on one line of `tags` output. */
export const QUOTE_WIDTH = 80

/** The index of the sentence whose span contains `offset`, or null when none does. */
export function sentenceIndexAt(sentences: readonly SentenceSpan[], offset: number): number | null {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle] as SentenceSpan
    if (offset < sentence.start) high = middle - 1
    else if (offset >= sentence.end) low = middle + 1
    else return middle
  }
  return null
}

/** Anchors one tag in `text` and says which sentence it lands in. */
export function placeTag(
  text: string,
  sentences: readonly SentenceSpan[],
  tag: Annotation,
): PlacedTag {
  const result = anchor(text, tag.target)
  if (result.status === 'anchored' || result.status === 'changed') {
    const { start, end } = result
    return {
      ...tag,
      status: result.status,
      start,
      end,
      sentence: sentenceIndexAt(sentences, start),
    }
  }
  return { ...tag, status: result.status, sentence: null }
}

function orderKey(tag: PlacedTag): [number, number, number] {
  return tag.start !== undefined && tag.end !== undefined
    ? [0, tag.start, tag.end]
    : [1, tag.target.position.start, tag.target.position.end]
}

/**
 * Document order: placed tags by where they now start and end, then the ones that could not be
 * placed (ambiguous, orphan) by where they were; ties by creation time, then id.
 */
export function compareInDocument(left: PlacedTag, right: PlacedTag): number {
  const a = orderKey(left)
  const b = orderKey(right)
  return (
    a[0] - b[0] ||
    a[1] - b[1] ||
    a[2] - b[2] ||
    left.created.localeCompare(right.created) ||
    left.id.localeCompare(right.id)
  )
}

/** `text` on one line (whitespace runs as one space), cut to `width` characters with "…". */
export function oneLine(text: string, width = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : flat
}

/** One line of `tags` output: sentence, kind, author, status, quoted text and note. */
export function formatTagLine(tag: PlacedTag): string {
  const quote = `“${oneLine(tag.target.quote.exact, QUOTE_WIDTH)}”`
  const note = oneLine(tag.note)
  const fields = [tag.sentence ?? '-', tag.kind, tag.author.name, tag.status, quote]
  return `${[...fields, ...(note ? [note] : [])].join(' ')}`
}

/** Every editor's tags on one article, anchored against its current text, in document order. */
export async function placedTags(store: LibraryStore, articleId: string): Promise<PlacedTag[]> {
  const { text, sentences } = await loadArticle(store, articleId)
  const tags = await store.tags(articleId)
  return tags.map((tag) => placeTag(text, sentences, tag)).sort(compareInDocument)
}

/** `factmark tags <id> [--json]`: lists every editor's tags on an article. */
export async function tagsCommand(
  dataDir: string,
  positionals: readonly string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (positionals.length !== 1) {
    throw new UsageError(`tags takes exactly one article id, got ${positionals.length}`)
  }
  const articleId = positionals[0] ?? ''
  const tags = await withLibrary(dataDir, io, (store) => placedTags(store, articleId), 'read')
  if (json) {
    io.stdout(`${JSON.stringify(tags, null, 2)}\n`)
    return 0
  }
  if (tags.length === 0) {
    io.stdout(
      `Article ${articleId} has no tags yet. Add one with: factmark tag ${articleId} --sentence N --kind K\n`,
    )
    return 0
  }
  for (const tag of tags) io.stdout(`${formatTagLine(tag)}\n`)
  return 0
}
