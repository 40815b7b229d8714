import { BLOCK_SEPARATOR } from '../text/article-text'
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
  /** The article's sentences as offsets into `text` (see `articleSentences`). */
  sentences: readonly SentenceSpan[]
}

/**
 * A story article from plain text whose blocks are joined by {@link BLOCK_SEPARATOR}, split into
 * sentences block by block as `articleSentences` does for a document.
 */
export function storyArticleFromText(
  meta: { id: string; title?: string; outlet?: string; url?: string },
  text: string,
): StoryArticle {
  const sentences: SentenceSpan[] = []
  let offset = 0
  for (const block of text.split(BLOCK_SEPARATOR)) {
    for (const span of splitSentences(block)) {
      sentences.push({ start: offset + span.start, end: offset + span.end })
    }
    offset += block.length + BLOCK_SEPARATOR.length
  }
  return {
    id: meta.id,
    title: meta.title ?? meta.id,
    outlet: meta.outlet ?? '',
    url: meta.url ?? '',
    text,
    sentences,
  }
}
