import type { DocNodeJson } from '../model/doc-json'
import { normalizeText } from '../text/normalize'
import { splitSentences } from '../text/sentences'
import { findPublicationHints } from './byline'
import { splitFrontMatter } from './front-matter'

/** An article parsed from a file, before the library gives it an id. */
export interface ArticleDraft {
  title: string
  outlet: string
  url: string
  published: string | null
  language: string
  body: DocNodeJson
}

/** A line that gives the publication date (`date 2025-11-17`), possibly followed by text. */
const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i
/** Characters that end a sentence-like line; a line ending otherwise may be a headline. */
const FINAL_PUNCTUATION = /[.!?…:;,"'”’)\]]$/u
/** The longest line, in words, still taken as a headline. */
const HEADLINE_MAX_WORDS = 24
/** The longest in-text line, in words, taken as a section heading. */
const SUBHEADING_MAX_WORDS = 14
/** How many words of the first sentence make a title when there is no headline. */
const TITLE_WORDS = 12

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length
}

function looksLikeHeadline(line: string, maxWords: number): boolean {
  return (
    wordCount(line) <= maxWords && !FINAL_PUNCTUATION.test(line) && /^[\p{Lu}\p{N}"“‘']/u.test(line)
  )
}

function textNode(text: string): DocNodeJson[] {
  return text.length > 0 ? [{ type: 'text', text }] : []
}

/** The opening words of `text`'s first sentence, cut to a title length with an ellipsis. */
export function titleFromText(text: string): string {
  const first = splitSentences(text)[0]
  const sentence = first ? text.slice(first.start, first.end) : text.trim()
  const words = sentence.split(/\s+/).filter(Boolean)
  if (words.length <= TITLE_WORDS) return sentence
  return `${words.slice(0, TITLE_WORDS).join(' ')}…`
}

/**
 * Reads a plain-text article the way the seeds are written: a first line `date YYYY-MM-DD` gives
 * the publication date (any text after it on that line is the first paragraph); a short first
 * line without final punctuation is the headline; otherwise the title is the opening words of the
 * first sentence. Every non-empty line is a paragraph; a short unpunctuated line standing between
 * blank lines is a section heading.
 *
 * The outlet, date, title and address come first from YAML-style front matter (`---` lines around
 * `outlet:`, `date:` or `published:`, `title:`, `url:`; see `splitFrontMatter`), which is not part
 * of the text; what it leaves unsaid, from a byline, a wire dateline or a "Published" line among
 * the opening lines (`findPublicationHints`), which stay in the text. Unfound, they are empty, and
 * the app asks for them.
 */
export function parsePlainText(raw: string): ArticleDraft {
  const normalized = normalizeText(raw)
  const front = splitFrontMatter(normalized)
  const lines = (front ? front.body : normalized).split('\n')
  let published: string | null = null
  const firstIndex = lines.findIndex((line) => line.trim().length > 0)
  if (firstIndex >= 0) {
    const first = (lines[firstIndex] ?? '').trim()
    const date = DATE_LINE.exec(first)
    if (date?.[1]) {
      published = date[1]
      lines[firstIndex] = first.slice(date[0].length)
    }
  }

  const blocks: DocNodeJson[] = []
  let title = ''
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim()
    if (line.length === 0) return
    const isFirst = blocks.length === 0
    if (isFirst && looksLikeHeadline(line, HEADLINE_MAX_WORDS)) {
      title = line
      blocks.push({ type: 'heading', attrs: { level: 1 }, content: textNode(line) })
      return
    }
    const standsAlone = !lines[index - 1]?.trim() && !lines[index + 1]?.trim()
    if (!isFirst && standsAlone && looksLikeHeadline(line, SUBHEADING_MAX_WORDS)) {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: textNode(line) })
      return
    }
    blocks.push({ type: 'paragraph', content: textNode(line) })
  })

  if (blocks.length === 0) throw new RangeError('parsePlainText: the file holds no text')
  if (front?.fields.title) title = front.fields.title
  if (!title) {
    const firstText = blocks[0]?.content?.[0]?.text ?? ''
    title = titleFromText(firstText)
  }
  const hints = findPublicationHints(lines)
  return {
    title,
    outlet: front?.fields.outlet ?? hints.outlet ?? '',
    url: front?.fields.url ?? '',
    published: front?.fields.published ?? published ?? hints.published ?? null,
    language: 'en',
    body: { type: 'doc', content: blocks },
  }
}
