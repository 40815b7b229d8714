import type { FigureOp } from './figure-value'
import { singular } from './figure-topic'
import { isCapitalized, isWord, type StoryToken } from './story-words'

/** Number words that start a new quantity, so "and" before them does not join nouns. */
function quantityWord(word: string): boolean {
  return /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|some|several|dozens|hundreds|thousands)$/u.test(
    word,
  )
}

/** Qualifiers before a number and how they bound it. */
const QUALIFIER_TABLE: readonly [string, FigureOp][] = [
  ['at least', '≥'],
  ['no fewer than', '≥'],
  ['no less than', '≥'],
  ['a minimum of', '≥'],
  ['more than', '>'],
  ['over', '>'],
  ['upwards of', '>'],
  ['in excess of', '>'],
  ['above', '>'],
  ['fewer than', '<'],
  ['less than', '<'],
  ['under', '<'],
  ['below', '<'],
  ['nearly', '<'],
  ['almost', '<'],
  ['just under', '<'],
  ['up to', '≤'],
  ['at most', '≤'],
  ['no more than', '≤'],
  ['as many as', '≤'],
  ['as much as', '≤'],
  ['a maximum of', '≤'],
  ['about', '≈'],
  ['around', '≈'],
  ['approximately', '≈'],
  ['roughly', '≈'],
  ['some', '≈'],
  ['close to', '≈'],
  ['an estimated', '≈'],
  ['estimated', '≈'],
  ['exactly', '='],
  ['precisely', '='],
  ['greater than', '>'],
  ['just over', '>'],
  ['well over', '>'],
] as [string, FigureOp][]

/** The qualifiers split into words once, longest first, indexed by their last word. */
const QUALIFIERS_BY_LAST_WORD: ReadonlyMap<string, readonly (readonly [string[], FigureOp])[]> =
  (() => {
    const index = new Map<string, (readonly [string[], FigureOp])[]>()
    const split = QUALIFIER_TABLE.map(([phrase, op]) => [phrase.split(' '), op] as const).sort(
      ([left], [right]) => right.length - left.length,
    )
    for (const entry of split) {
      const last = entry[0].at(-1) ?? ''
      index.set(last, [...(index.get(last) ?? []), entry])
    }
    return index
  })()

/** Month names and abbreviations, and their numbers. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Words that end the noun phrase a number counts. */
export const PHRASE_STOPS = new Set([
  'a',
  'about',
  'after',
  'against',
  'ago',
  'along',
  'also',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'before',
  'being',
  'between',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'during',
  'each',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'may',
  'might',
  'more',
  'most',
  'near',
  'not',
  'of',
  'off',
  'on',
  'or',
  'over',
  'per',
  'said',
  'say',
  'says',
  'she',
  'should',
  'since',
  'so',
  'than',
  'that',
  'the',
  'their',
  'them',
  'there',
  'these',
  'they',
  'this',
  'those',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'up',
  'via',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'will',
  'with',
  'within',
  'without',
  'would',
  'across',
  'among',
  'amid',
  'like',
  'including',
  'died',
  'dead',
  'killed',
  'remain',
  'remained',
  'remains',
  'still',
  'now',
  'already',
])

/** Prepositions a percentage's topic may run through ("85% of drug trafficking through waterways"). */
export const PERCENT_LINKS = new Set([
  'of',
  'through',
  'via',
  'across',
  'in',
  'into',
  'on',
  'from',
  'by',
])

/** Determiners skipped before the counted noun phrase ("hundreds of the people"). */
const DETERMINERS = new Set(['the', 'their', 'those', 'these', 'its', 'his', 'her', 'our', 'all'])

/** The lowercase text of `tokens[index]`, or '' past either end. */
export function lower(tokens: readonly StoryToken[], index: number): string {
  return tokens[index]?.text.toLowerCase() ?? ''
}

/** The qualifier ending just before `index`, and where it starts. */
export function qualifierBefore(
  tokens: readonly StoryToken[],
  index: number,
): { op: FigureOp; start: number } | null {
  for (const [words, op] of QUALIFIERS_BY_LAST_WORD.get(lower(tokens, index - 1)) ?? []) {
    const start = index - words.length
    if (start < 0) continue
    if (words.every((word, offset) => lower(tokens, start + offset) === word)) return { op, start }
  }
  return null
}

/** A date at `index`: "September 2", "November 17, 2025", "17 November", "2025-11-17". */
export function dateAt(
  tokens: readonly StoryToken[],
  index: number,
): { value: number; end: number } | null {
  const first = tokens[index]?.text ?? ''
  // Most tokens are neither digits nor month names: decided at once.
  if (!/^\d/u.test(first) && MONTHS[first.toLowerCase()] === undefined) return null
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(first)
  if (iso) return { value: Number(`${iso[1]}${iso[2]}${iso[3]}`), end: index + 1 }
  const day = (text: string | undefined) => {
    const number = /^\d{1,2}$/.test(text ?? '') ? Number(text) : NaN
    return number >= 1 && number <= 31 ? number : null
  }
  const year = (at: number) => {
    const text = tokens[at]?.text ?? ''
    return /^\d{4}$/.test(text) && Number(text) >= 1800 && Number(text) <= 2100
      ? Number(text)
      : null
  }
  const monthFirst = MONTHS[lower(tokens, index)]
  if (monthFirst && isCapitalized(tokens[index]?.text ?? '')) {
    const dayValue = day(tokens[index + 1]?.text)
    if (dayValue === null) return null
    const withComma = tokens[index + 2]?.text === ',' ? year(index + 3) : null
    const plain = withComma ?? year(index + 2)
    const end = withComma ? index + 4 : plain ? index + 3 : index + 2
    return { value: (plain ?? 0) * 10_000 + monthFirst * 100 + dayValue, end }
  }
  const dayValue = day(tokens[index]?.text)
  const month = MONTHS[lower(tokens, index + 1)]
  if (dayValue !== null && month && isCapitalized(tokens[index + 1]?.text ?? '')) {
    const plain = year(index + 2)
    return {
      value: (plain ?? 0) * 10_000 + month * 100 + dayValue,
      end: plain ? index + 3 : index + 2,
    }
  }
  return null
}

/** The noun phrase a count is of, from `index`: its words and the index after it. */
export function phraseAt(
  tokens: readonly StoryToken[],
  index: number,
  links: ReadonlySet<string>,
): { words: string[]; end: number } {
  let at = index
  while (DETERMINERS.has(lower(tokens, at))) at += 1
  const words: string[] = []
  while (at < tokens.length && words.length < 6) {
    const token = tokens[at]
    if (!token || !isWord(token) || /^\d/.test(token.text)) break
    const word = token.text.toLowerCase()
    if (words.length > 0 && links.has(word) && isWord(tokens[at + 1])) {
      words.push(token.text)
      at += 1
      if (DETERMINERS.has(lower(tokens, at)) && isWord(tokens[at + 1])) {
        words.push(tokens[at]?.text ?? '')
        at += 1
      }
      continue
    }
    if (PHRASE_STOPS.has(word)) break
    // A participle after a noun ends the phrase ("people killed", "vessels operated by").
    if (words.length > 0 && /ed$/.test(word) && !isCapitalized(token.text)) break
    words.push(token.text)
    at += 1
    // A count's noun is plural: the first plural word is the head, and the phrase ends there,
    // unless "and" joins a second noun to it ("passengers and crew").
    if (links.size === 0 && isPlural(word)) {
      const joined = tokens[at + 1]
      if (lower(tokens, at) === 'and' && joined && isWord(joined) && !/^\d/u.test(joined.text)) {
        const next = joined.text.toLowerCase()
        // Only a collective noun joins ("passengers and crew"); a second plural starts another
        // count's subject ("jobs and hospitals added 9,000").
        if (
          !PHRASE_STOPS.has(next) &&
          !/ed$/u.test(next) &&
          !quantityWord(next) &&
          !isPlural(next)
        ) {
          words.push('and', joined.text)
          at += 2
        }
      }
      break
    }
  }
  while (words.length > 0 && links.has((words.at(-1) ?? '').toLowerCase())) words.pop()
  return { words, end: index + (at - index) - (words.length === 0 ? at - index : 0) }
}

/** Whether a lowercase word looks like a plural noun ("strikes", "people", "deaths"). */
function isPlural(word: string): boolean {
  if (/^(people|men|women|children|personnel|police|dead)$/.test(word)) return true
  return (
    word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word) && singular(word) !== word
  )
}
