import { isLineBreakCode, isLowercaseChar } from '../text/characters'
import { hasAddressCharacters } from '../text/links'
import { splitSentences } from '../text/sentences'
import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'

/**
 * The fewest words a cut-off sentence needs when it is its paragraph's only one (a shorter line may
 * be a label, a heading or a sign-off), unless something else shows it was cut: see
 * {@link findTruncation}.
 */
const SHORTEST_LONE_CUT_SENTENCE = 12
/** The fewest words of a lone sentence cut in a word, after a comma or at a fragment. */
const SHORTEST_PROSE_CUT_SENTENCE = 5

/** Lowercase words no sentence ends on: a paragraph that stops after one was cut off. */
const unfinishedWords = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'into',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'and',
  'or',
  'but',
  'that',
  'than',
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'has',
  'have',
  'had',
  'their',
  'his',
  'her',
  'its',
  'our',
  'some',
])

/** The fewest words of a short cut-off ending with no other sign of the cut. */
const SHORTEST_BARE_CUT = 3

/**
 * First words of the short lines that end an article without a full stop and are not cut: a
 * sign-off, a credit, a prompt ("Reporting from the coast", "Thanks for reading", "Follow us
 * on…"), lowercase.
 */
const signOffWords = new Set([
  'reporting',
  'reported',
  'additional',
  'editing',
  'edited',
  'writing',
  'written',
  'compiled',
  'contributing',
  'with',
  'via',
  'by',
  'source',
  'sources',
  'photo',
  'photos',
  'image',
  'images',
  'video',
  'videos',
  'thanks',
  'thank',
  'follow',
  'subscribe',
  'sign',
  'click',
  'tap',
  'read',
  'watch',
  'listen',
  'share',
  'see',
  'more',
  'also',
  'related',
  'about',
  'tags',
  'tagged',
  'filed',
  'posted',
  'contact',
  'email',
  'copyright',
  'all',
  'updated',
  'published',
])

/**
 * A short last sentence that stops with no full stop and no other sign of the cut, the whole of
 * its line: "Many of the remains", "Green added that he has personally authorized a comprehen". A
 * line of three words or more that ends in a lowercase word (not a name: "… the foreign minister
 * Marco Rubio" may be a signature), holds no colon, bar, handle or
 * address, and does not start like a sign-off or a credit (see `signOffWords`). It may be a
 * heading in sentence case, so it is marked to be flagged only after a paragraph of prose
 * (`afterProse`): an article never ends on a heading, and an excerpt that does was cut there.
 */
function shortCut(sentence: string, from: number, end: number, words: number): BlockDebris | null {
  if (words < SHORTEST_BARE_CUT || /[:|@/]/.test(sentence)) return null
  const first = /^[“"‘'(]?([\p{L}’']+)/u.exec(sentence)?.[1]?.toLowerCase()
  if (first === undefined || signOffWords.has(first)) return null
  if (!/\p{Ll}{2}$/u.test(sentence)) return null
  return {
    from,
    to: end,
    kind: 'truncated',
    afterProse: true,
    reason: cutReason(sentence),
  }
}

/** Determiners that a noun must follow: "… in the 2021" stops before the noun ("final"). */
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our'])

/**
 * A paragraph cut where no lowercase letter shows it: after a determiner and a number ("…
 * Djokovic in straight sets in the 2021", the noun after the year lost), one capital letter
 * left after a finished sentence ("… I have 20 titles. Y", not "I" or "A", which are words), or
 * a sentence of twelve words or more after a finished one that stops on a number or a capital
 * with no full stop. All are plainly cut: the last line's last sentence (or the letter alone)
 * is returned. A long lone sentence stopped on a number after "and" or "or" ("… and 19.6%") is
 * returned marked `afterProse`.
 */
function cutBeforeNoun(text: string, end: number): BlockDebris | null {
  let lineStart = end
  while (lineStart > 0 && !isLineBreakCode(text.charCodeAt(lineStart - 1))) lineStart -= 1
  const line = text.slice(lineStart, end)
  const words = line.split(/\s+/)
  const last = words.at(-1) ?? ''
  const before = words.at(-2) ?? ''
  const sentences = splitSentences(line)
  const lastSentence = sentences[sentences.length - 1]
  if (!lastSentence) return null
  const afterDeterminer =
    /^\d{1,4}$/.test(last) &&
    determiners.has(before) &&
    wordCount(line.slice(lastSentence.start)) >= SHORTEST_PROSE_CUT_SENTENCE
  const letter = /^\p{Lu}$/u.test(last) && !/^[AI]$/.test(last) && /[.!?]$/.test(before)
  // "… officials said. The prefect said it was the worst cyclone to hit the island in 9": a
  // long sentence after a finished one, stopped on a number or a capital with no full stop.
  const long =
    sentences.length > 1 &&
    /[\p{L}\p{N}]$/u.test(last) &&
    wordCount(line.slice(lastSentence.start)) >= SHORTEST_LONE_CUT_SENTENCE
  // "… in the territorial civil service and 19.6%": a long lone sentence that stops on a number
  // after "and" or "or", its second item's noun lost. A headline may end so: after prose only.
  const listed =
    sentences.length === 1 &&
    /^\d[\d.,]*%?$/.test(last) &&
    /^(?:and|or)$/.test(before) &&
    wordCount(line) >= SHORTEST_LONE_CUT_SENTENCE
  if (listed && !afterDeterminer && !letter) {
    return {
      from: lineStart + lastSentence.start,
      to: end,
      kind: 'truncated',
      afterProse: true,
      reason: cutReason(line),
    }
  }
  if (!afterDeterminer && !letter && !long) return null
  const from = lineStart + (letter ? line.length - 1 : lastSentence.start)
  return {
    from,
    to: end,
    kind: 'truncated',
    plain: true,
    reason: cutReason(text.slice(from, end)),
  }
}

/** Why a cut-off ending is flagged, in words for the editor: its last few words. */
function cutReason(cut: string): string {
  return `The text stops in the middle of a sentence: “…${excerpt(lastWords(cut))}”.`
}

/** Whether `sentence` opens a quotation or a bracket it does not close: "“An", "(More plane". */
function opensUnclosed(sentence: string): boolean {
  let quotes = 0
  let brackets = 0
  for (const char of sentence) {
    if (char === '“') quotes += 1
    else if (char === '”') quotes -= 1
    else if (char === '(' || char === '[') brackets += 1
    else if (char === ')' || char === ']') brackets -= 1
  }
  const straight = sentence.split('"').length - 1
  return quotes > 0 || brackets > 0 || straight % 2 === 1
}

function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = text.charCodeAt(index) <= 0x20
    if (!space && !inWord) count += 1
    inWord = !space
  }
  return count
}

/** The last few words of `sentence`. */
function lastWords(sentence: string): string {
  let start = sentence.length
  for (let words = 0; start > 0 && words < 6; words++) {
    start = sentence.lastIndexOf(' ', start - 1)
    if (start < 0) return sentence
  }
  return sentence.slice(start + 1)
}

/**
 * The last sentence of an article's last paragraph when the copy stops in the middle of it, as a
 * page copied before it finished loading does ("… or evolve into concrete plans for strikes on
 * foreign so"): the paragraph ends in a lowercase letter, with no full stop, question or
 * exclamation mark, closing quotation mark or bracket, and something shows the sentence is running
 * text rather than a heading, a label or a sign-off: a finished sentence comes before it in the
 * paragraph ("It rained. The roads w"), it opens a quotation or bracket it does not close ("“An"),
 * it stops on a word no sentence ends on ("… suggested a"), it has five words or more and a comma
 * or a one- or two-letter fragment at its end ("Driving the rise in prices i"), or it has twelve
 * words or more. `plain` is set when the sign shows even a heading was cut: a finished sentence
 * before it, a fragment, a word no sentence ends on, an unclosed quotation or bracket, or twelve
 * words or more (a plain-text import takes a long cut-off last line for a heading). When none of
 * these shows, a line of three words or more ending in a lowercase word is returned marked
 * `afterProse` (see `shortCut`). `text` is the last block that is not debris itself; only its last
 * line is split into sentences.
 */
export function findTruncation(text: string): BlockDebris | null {
  const end = text.trimEnd().length
  const lastChar = text[end - 1]
  if (lastChar === undefined) return null
  if (!isLowercaseChar(lastChar)) return cutBeforeNoun(text, end)
  let lineStart = end
  while (lineStart > 0 && !isLineBreakCode(text.charCodeAt(lineStart - 1))) lineStart -= 1
  const sentences = splitSentences(text.slice(lineStart, end))
  const last = sentences[sentences.length - 1]
  if (!last) return null
  const from = lineStart + last.start
  const sentence = text.slice(from, end)
  const words = wordCount(sentence)
  const lastWord = sentence.slice(sentence.lastIndexOf(' ') + 1)
  const fragment = /^\p{Ll}{1,2}$/u.test(lastWord) && !unfinishedWords.has(lastWord)
  // A lone fragment of a word left on a line of its own ("would be a" / "g") is the cut itself.
  const lone = words === 1 && fragment
  const enough =
    sentences.length > 1 ||
    lone ||
    opensUnclosed(sentence) ||
    (words >= 2 && unfinishedWords.has(lastWord)) ||
    (words >= SHORTEST_PROSE_CUT_SENTENCE && (fragment || sentence.includes(','))) ||
    words >= SHORTEST_LONE_CUT_SENTENCE
  if (hasAddressCharacters(lastWord) || /\d/.test(lastWord)) return null
  if (!enough) return /^\p{Ll}/u.test(lastWord) ? shortCut(sentence, from, end, words) : null
  // A finished sentence before it shows the block is running text, not a heading; so does a
  // length no heading at an article's end has (a plain-text import takes the cut line for one).
  const plain =
    sentences.length > 1 ||
    fragment ||
    unfinishedWords.has(lastWord) ||
    opensUnclosed(sentence) ||
    words >= SHORTEST_LONE_CUT_SENTENCE
  return {
    from,
    to: end,
    kind: 'truncated',
    plain,
    reason: cutReason(sentence),
  }
}
