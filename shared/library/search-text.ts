/**
 * Case- and accent-insensitive text search, the same in the main process (full text) and the
 * renderer (titles and outlets): both sides fold text with {@link foldForSearch} and compare.
 */

/** Text folded for search, and where each of its characters came from in the original. */
export interface FoldedText {
  /** The folded text: lower case, without accents, with typographic quotes made plain. */
  text: string
  /**
   * For each folded character (and one past the end), its offset in the original text; null
   * when folding kept every offset (the folded text is as long as the original, char for char).
   */
  map: Uint32Array | null
}

/** A match shown in context: the text before it, the matched text itself, the text after it. */
export interface SearchSnippet {
  before: string
  match: string
  after: string
}

/** One article that a full-text search found. */
export interface SearchHit {
  id: string
  /** How many times the query occurs in the article's text. */
  matches: number
  /** The first match in context. */
  snippet: SearchSnippet
}

/**
 * Letters that carry no combining accent in Unicode but that readers expect to match plainly, and
 * typographic quotes and no-break spaces, with what they fold to (the library and claims searches).
 */
export const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ı: 'i',
  ħ: 'h',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00a0': ' ',
}

const ASCII = /^[\0-\x7f]*$/
const MARKS = /\p{M}/gu
const folds = new Map<string, string>()

/** One character (a code point) folded: lower-cased, decomposed, stripped of its accents. */
function foldChar(char: string): string {
  let folded = folds.get(char)
  if (folded === undefined) {
    const lower = char.toLowerCase()
    folded = PLAIN_LETTERS[lower] ?? lower.normalize('NFKD').replace(MARKS, '')
    if (folds.size < 10_000) folds.set(char, folded)
  }
  return folded
}

/** Folds `text` for search, remembering where each folded character came from. */
export function foldForSearch(text: string): FoldedText {
  if (ASCII.test(text)) return { text: text.toLowerCase(), map: null }
  const parts: string[] = []
  const offsets: number[] = []
  let identity = true
  let offset = 0
  for (const char of text) {
    const folded = foldChar(char)
    if (folded.length !== char.length) identity = false
    for (let i = 0; i < folded.length; i += 1) offsets.push(offset + Math.min(i, char.length - 1))
    parts.push(folded)
    offset += char.length
  }
  offsets.push(offset)
  const joined = parts.join('')
  return { text: joined, map: identity ? null : Uint32Array.from(offsets) }
}

/** A query folded like the text it is looked for in, its runs of white space made single. */
export function foldQuery(query: string): string {
  return foldForSearch(query.trim().replace(/\s+/g, ' ')).text
}

/** Whether `haystack` contains `query` (both compared folded); an empty query matches all. */
export function matchesFolded(haystack: string, foldedQuery: string): boolean {
  return foldedQuery === '' || foldForSearch(haystack).text.includes(foldedQuery)
}

/** How many times `query` (folded) occurs in `folded` without overlapping, and where first. */
export function countMatches(folded: string, query: string): { count: number; first: number } {
  if (query === '') return { count: 0, first: -1 }
  let count = 0
  const first = folded.indexOf(query)
  for (let at = first; at !== -1; at = folded.indexOf(query, at + query.length)) count += 1
  return { count, first }
}

/** How many characters of context a snippet shows on either side of its match. */
export const SNIPPET_CONTEXT = 60

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/**
 * The match at folded offset `start` (`length` folded characters long) in context: the
 * original text around it, cut at word boundaries within `context` characters either side,
 * with an ellipsis where it was cut and line breaks shown as spaces.
 */
export function snippetAt(
  original: string,
  folded: FoldedText,
  start: number,
  length: number,
  context: number = SNIPPET_CONTEXT,
): SearchSnippet {
  const from = folded.map ? (folded.map[start] ?? original.length) : start
  const to = folded.map ? (folded.map[start + length] ?? original.length) : start + length
  let beforeStart = Math.max(0, from - context)
  if (beforeStart > 0) {
    const space = original.slice(beforeStart, from).search(/\s/)
    if (space !== -1) beforeStart += space + 1
  }
  let afterEnd = Math.min(original.length, to + context)
  if (afterEnd < original.length) {
    const space = original.slice(to, afterEnd).search(/\s\S*$/)
    if (space > 0) afterEnd = to + space
  }
  const before = oneLine(original.slice(beforeStart, from)).trimStart()
  const after = oneLine(original.slice(to, afterEnd)).trimEnd()
  return {
    before: beforeStart > 0 ? `…${before}` : before,
    match: oneLine(original.slice(from, to)),
    after: afterEnd < original.length ? `${after}…` : after,
  }
}
