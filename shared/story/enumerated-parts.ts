import { singular } from './figure-topic'
import { lower } from './figure-words'
import { quantityAt } from './number-words'
import { isWord, type StoryToken } from './story-words'

/** Words that join the parts of an enumeration ("three counts of fraud and one of conspiracy"). */
const JOINERS = new Set(['and', ',', 'plus'])

/** How many words a part's "of …" may run before the next part. */
const REACH = 8

/** The words of a part's "of …" from `from` up to a joiner or the clause's end, and where it stops. */
function ofWords(tokens: readonly StoryToken[], from: number): { words: string[]; end: number } {
  const words: string[] = []
  let at = from
  while (at < tokens.length && words.length < REACH) {
    const token = tokens[at]
    if (!token || !isWord(token) || JOINERS.has(token.text.toLowerCase())) break
    words.push(token.text.toLowerCase())
    at += 1
  }
  return { words, end: at }
}

/** Whether a count of `head` starts at `index` ("one count", "two charges"). */
function countOf(tokens: readonly StoryToken[], index: number, head: string): number {
  const quantity = quantityAt(tokens, index)
  if (!quantity || quantity.word) return -1
  return singular(lower(tokens, quantity.end)) === head ? quantity.end : -1
}

/**
 * What part of a total a count is, when it is one of an enumeration of parts of one noun ("found
 * guilty on three counts of fraud and one count of conspiracy", "two charges of theft, one
 * charge of arson"): its "of …" words, or null when it stands alone. `headAt` is the index of the
 * count's noun; `startIndex` that of its first word. A part is not the whole: "three counts of
 * fraud" is never set against another article's "four counts".
 */
export function enumeratedPart(
  tokens: readonly StoryToken[],
  startIndex: number,
  headAt: number,
): string | null {
  const head = singular(lower(tokens, headAt))
  if (!head || lower(tokens, headAt + 1) !== 'of') return null
  const own = ofWords(tokens, headAt + 2)
  if (own.words.length === 0) return null
  const part = `of ${own.words.join(' ')}`
  // The first part: a joiner, then another count of the same noun, with its own "of".
  let at = own.end
  while (JOINERS.has(lower(tokens, at))) at += 1
  const next = countOf(tokens, at, head)
  if (next >= 0 && lower(tokens, next + 1) === 'of') return part
  // A later part: a joiner before it, after an earlier count of the same noun with its "of".
  if (!JOINERS.has(lower(tokens, startIndex - 1))) return null
  for (let back = startIndex - 2; back >= 0 && back >= startIndex - 2 - REACH; back -= 1) {
    const token = tokens[back]
    if (!token || /^[.;:!?]$/u.test(token.text)) return null
    if (lower(tokens, back) === 'of' && singular(lower(tokens, back - 1)) === head)
      return countOf(tokens, back - 2, head) >= 0 ? part : null
  }
  return null
}
