import type { Node } from 'prosemirror-model'
import { debrisKey, findDebris, findDebrisInTexts, type DebrisFinding } from '../import/debris'
import { articleSentences } from '../text/article-sentences'
import { articleText, BLOCK_SEPARATOR } from '../text/article-text'
import { splitSentences, type SentenceSpan } from '../text/sentences'

/** One article of a story as the analysis reads it: its metadata, plain text and sentences. */
export interface StoryArticle {
  id: string
  title: string
  outlet: string
  /** The article's web address ('' when unknown); disputed suggestions link to it as evidence. */
  url: string
  /** The article's plain text (see `articleText`). */
  text: string
  /**
   * The article's sentences as offsets into `text` (see `articleSentences`), without the debris
   * the editor did not keep: a sentence inside debris is left out, one partly in it is cut to the
   * rest.
   */
  sentences: readonly SentenceSpan[]
  /**
   * Web-copy debris the editor did not keep (see `findDebris`), as offsets into `text`, in order:
   * nothing inside it is analysed (absent: none known).
   */
  debris?: readonly SentenceSpan[]
}

/** The story article's metadata as callers know it; the title defaults to the id. */
export interface StoryArticleMeta {
  id: string
  title?: string
  outlet?: string
  url?: string
}

/**
 * The debris ranges of `findings` the editor did not keep (`kept` holds the keys of the pieces
 * kept, see `debrisKey`), in text order.
 */
function unkeptDebris(
  text: string,
  findings: readonly DebrisFinding[],
  kept: readonly string[],
): SentenceSpan[] {
  const keep = new Set(kept)
  return findings
    .filter((finding) => !keep.has(debrisKey(finding.kind, text.slice(finding.from, finding.to))))
    .map((finding) => ({ start: finding.from, end: finding.to }))
    .sort((a, b) => a.start - b.start)
}

/** `text.slice(start, end)` trimmed, as a span, or null when only whitespace is left. */
function trimmedSpan(text: string, start: number, end: number): SentenceSpan | null {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from] ?? '')) from++
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--
  return to > from ? { start: from, end: to } : null
}

/**
 * `sentences` without the parts inside `debris` (both in text order): a sentence inside debris is
 * dropped, one that debris covers in part keeps what is left of it, trimmed (two pieces when the
 * debris sits in its middle). Linear in the number of sentences and ranges.
 */
export function sentencesOutsideDebris(
  text: string,
  sentences: readonly SentenceSpan[],
  debris: readonly SentenceSpan[],
): SentenceSpan[] {
  if (debris.length === 0) return [...sentences]
  const result: SentenceSpan[] = []
  let first = 0
  for (const sentence of sentences) {
    while (first < debris.length && (debris[first] as SentenceSpan).end <= sentence.start) first++
    let cursor = sentence.start
    for (let index = first; index < debris.length; index++) {
      const range = debris[index] as SentenceSpan
      if (range.start >= sentence.end) break
      if (range.start > cursor) {
        const piece = trimmedSpan(text, cursor, range.start)
        if (piece) result.push(piece)
      }
      cursor = Math.max(cursor, range.end)
    }
    if (cursor < sentence.end) {
      const piece = trimmedSpan(text, cursor, sentence.end)
      if (piece) result.push(piece)
    }
  }
  return result
}

/**
 * Whether the range [start, end) of the article's text lies mostly inside debris the editor did
 * not keep: the analysis takes no quotation or figure from there.
 */
export function isInDebris(article: StoryArticle, start: number, end: number): boolean {
  let covered = 0
  for (const range of article.debris ?? []) {
    if (range.start >= end) break
    covered += Math.max(0, Math.min(end, range.end) - Math.max(start, range.start))
  }
  return end > start && covered * 2 >= end - start
}

/** A story article from its parts, with the debris the editor did not keep taken out. */
function assemble(
  meta: StoryArticleMeta,
  text: string,
  sentences: readonly SentenceSpan[],
  findings: readonly DebrisFinding[],
  kept: readonly string[],
): StoryArticle {
  const debris = unkeptDebris(text, findings, kept)
  return {
    id: meta.id,
    title: meta.title ?? meta.id,
    outlet: meta.outlet ?? '',
    url: meta.url ?? '',
    text,
    sentences: sentencesOutsideDebris(text, sentences, debris),
    debris,
  }
}

/**
 * A story article from an article's document: its plain text, its sentences (see
 * `articleSentences`) and its debris (see `findDebris`), less the pieces the editor kept (`kept`,
 * the article's `debrisKept` keys).
 */
export function storyArticleFromDoc(
  meta: StoryArticleMeta,
  doc: Node,
  kept: readonly string[] = [],
): StoryArticle {
  return assemble(meta, articleText(doc), articleSentences(doc), findDebris(doc), kept)
}

/**
 * A story article from plain text whose blocks are joined by {@link BLOCK_SEPARATOR}, split into
 * sentences block by block as `articleSentences` does for a document, with its debris (no block
 * is taken for a heading) less the pieces the editor kept (`kept`, `debrisKept` keys).
 */
export function storyArticleFromText(
  meta: StoryArticleMeta,
  text: string,
  kept: readonly string[] = [],
): StoryArticle {
  const sentences: SentenceSpan[] = []
  const blocks: { text: string; start: number }[] = []
  let offset = 0
  for (const block of text.split(BLOCK_SEPARATOR)) {
    blocks.push({ text: block, start: offset })
    for (const span of splitSentences(block)) {
      sentences.push({ start: offset + span.start, end: offset + span.end })
    }
    offset += block.length + BLOCK_SEPARATOR.length
  }
  return assemble(meta, text, sentences, findDebrisInTexts(blocks), kept)
}
