import { BARE_SPEAKERS, isPossessive } from './speaker-names'
import { isWord, type StoryToken } from './story-words'

/** Determiners that open a description of a speaker ("the ministry", "a doctor"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its'])

/** Nouns after a possessive that stand for its owner speaking ("the company's statement"). */
export const VOICES = new Set([
  'statement',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'office',
  'website',
  'account',
  'release',
])

/** Words that open a clause of their own after a description ("the judge while explaining"). */
const CLAUSE_OPENERS = new Set(['while', 'as', 'after', 'before', 'when', 'because', 'since'])

/**
 * A description of a speaker from `from` to `end` (inclusive): from its first determiner ("a
 * doctor", "an employee at the hospital"), a possessive's owner for a statement ("the company's
 * statement" → "the company"), or a bare plural ("officials"); null if none.
 */
export function describedIn(
  tokens: readonly StoryToken[],
  from: number,
  end: number,
): string | null {
  const words = tokens.slice(from, end + 1).map((token) => token.text)
  const last = words.at(-1)?.toLowerCase() ?? ''
  const owner = words.findIndex(
    (word, index) => isPossessive(word) && VOICES.has(words[index + 1]?.toLowerCase() ?? ''),
  )
  if (owner >= 0) {
    const start = words.slice(0, owner).findLastIndex((word) => DETERMINERS.has(word.toLowerCase()))
    const owned = words.slice(start >= 0 ? start : owner, owner + 1)
    owned[owned.length - 1] = (owned.at(-1) ?? '').replace(/['’]s$/u, '')
    return owned.join(' ')
  }
  const start = words.findIndex((word) => DETERMINERS.has(word.toLowerCase()))
  // "said the judge while explaining why …": the description ends where a clause of its own opens.
  const clause = words.findIndex((word, index) => index > start && CLAUSE_OPENERS.has(word))
  const to = clause > start + 1 ? clause : words.length
  if (start >= 0 && start < to - 1 && !words.slice(start, to).includes(',')) {
    const phrase = words.slice(start, to)
    if (phrase.every((word) => isWord({ text: word, start: 0, end: 0 }))) {
      return phrase.join(' ').replace(/^(The|A|An)\b/, (article) => article.toLowerCase())
    }
  }
  if (words.length === 1 && BARE_SPEAKERS.has(last)) return last
  return null
}
