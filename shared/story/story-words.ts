/** A word (or a single punctuation mark) of a text, with its offsets. */
export interface StoryToken {
  text: string
  start: number
  end: number
}

/**
 * Letters and digits with inner apostrophes, hyphens, dots and commas between digits
 * ("it’s", "twenty-one", "1,000", "2.5", "U.S"), a trailing percent sign, or any other single
 * non-space character.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[.,](?=\p{N})\p{N}+)*(?:[-‑'’][\p{L}\p{N}]+)*%?|\S/gu

/** The tokens of `text` from `from` to `to`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): StoryToken[] {
  const tokens: StoryToken[] = []
  const slice = text.slice(from, to)
  for (const match of slice.matchAll(TOKEN)) {
    const start = from + (match.index ?? 0)
    tokens.push({ text: match[0], start, end: start + match[0].length })
  }
  return tokens
}

/** Whether a token is a word (starts with a letter or digit). */
export function isWord(token: StoryToken | undefined): boolean {
  return token !== undefined && /^[\p{L}\p{N}]/u.test(token.text)
}

/** Whether a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}
