import {
  isCloserChar,
  isLetterChar,
  isLineBreakCode,
  isLowercaseChar,
  isTerminalChar,
  isWhitespaceCode,
} from './characters'
import { isCreditEnding } from './vocabulary'

/**
 * Lowercase words a sentence cannot end on: a line that ends on one was wrapped in mid-sentence
 * ("talks with\nPresident Lee"), even when the next line starts with a capital.
 */
const unfinishedWords = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
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
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'has',
  'have',
  'had',
])

/** The longest word read at the end of a line to compare it with {@link unfinishedWords}. */
const longestUnfinishedWord = 5

/** Facts about one line, as bits. */
const BLANK = 1
const STARTS_LOWERCASE = 2
const ENDS_SENTENCE = 4
const ENDS_UNFINISHED = 8
const ENDS_IN_ADDRESS = 16

/**
 * What the splitter needs to know about the line `text.slice(start, end)` to decide whether it
 * runs on into the next: whether it is blank, starts with a lowercase letter, ends a sentence
 * (past closing quotes and brackets), cannot end one (a comma, "the", "with"), or ends in a word
 * with a slash or an at sign or in an agency's name (a credit, an address), which never runs on.
 */
function lineFacts(text: string, start: number, end: number): number {
  let first = start
  while (first < end && isWhitespaceCode(text.charCodeAt(first))) first++
  if (first >= end) return BLANK
  let last = end
  while (last > first && isWhitespaceCode(text.charCodeAt(last - 1))) last--
  let core = last
  while (core > first && isCloserChar(text[core - 1] ?? '')) core--
  const final = text[core - 1] ?? ''
  let wordStart = last
  const lowest = Math.max(first, last - 200)
  while (wordStart > lowest && !isWhitespaceCode(text.charCodeAt(wordStart - 1))) wordStart--
  let letters = last
  while (letters > wordStart && isLetterChar(text[letters - 1] ?? '')) letters--
  const word =
    letters === wordStart && last - wordStart <= longestUnfinishedWord
      ? text.slice(wordStart, last)
      : ''
  const lastWord = text.slice(wordStart, last)
  let facts = 0
  if (isLowercaseChar(text[first] ?? '')) facts |= STARTS_LOWERCASE
  if (isTerminalChar(final) || core < last) facts |= ENDS_SENTENCE
  if (text[last - 1] === ',' || unfinishedWords.has(word)) facts |= ENDS_UNFINISHED
  if (lastWord.includes('/') || lastWord.includes('@') || isCreditEnding(lastWord)) {
    facts |= ENDS_IN_ADDRESS
  }
  return facts
}

/** Whether a line with `facts` may run on into the next line, whose facts are `next`. */
function mayRunOn(facts: number, next: number): boolean {
  if ((facts | next) & BLANK || facts & (ENDS_SENTENCE | ENDS_IN_ADDRESS)) return false
  return (next & STARTS_LOWERCASE) !== 0 || (facts & ENDS_UNFINISHED) !== 0
}

/**
 * Calls `read` with each stretch of `text` the sentence splitter reads as a line, in order. A line
 * break ends a sentence, except a single line break inside a sentence, as a PDF or an e-mail wraps
 * text: the line ends without a full stop, question or exclamation mark, the next line starts
 * with a lowercase letter (or the line ends on a comma or on a word no sentence ends on, "the",
 * "with"), and the lines so joined end a sentence in the end. A headline, a list of labels
 * ("features\ncontact manager") and lines before a blank line are never joined. A stretch runs
 * from its first line's start to its last line's end (line breaks inside it included). Linear in
 * the length of the text.
 */
export function forEachReadingLine(text: string, read: (start: number, end: number) => void): void {
  let count = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // "\r\n" is one line break.
    if (isLineBreakCode(code) && !(code === 0x0d && text.charCodeAt(index + 1) === 0x0a)) count++
  }
  const starts = new Int32Array(count)
  const ends = new Int32Array(count)
  const facts = new Uint8Array(count)
  let line = 0
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x0a
    if (!isLineBreakCode(code)) continue
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) continue
    const end =
      code === 0x0a && index > 0 && text.charCodeAt(index - 1) === 0x0d ? index - 1 : index
    ends[line] = end
    facts[line] = lineFacts(text, starts[line] ?? 0, end)
    line++
    if (line < count) starts[line] = index + 1
  }

  // From the last line back: whether a run of joined lines starting here ends a sentence.
  const finishes = new Uint8Array(count)
  for (let index = count - 1; index >= 0; index--) {
    const own = facts[index] ?? BLANK
    const runsOn = index + 1 < count && mayRunOn(own, facts[index + 1] ?? BLANK)
    finishes[index] = own & ENDS_SENTENCE || (runsOn && finishes[index + 1]) ? 1 : 0
  }

  let start = 0
  for (let index = 0; index < count; index++) {
    const next = index + 1 < count ? (facts[index + 1] ?? BLANK) : BLANK
    if (index + 1 < count && mayRunOn(facts[index] ?? BLANK, next) && finishes[index + 1]) continue
    read(start, ends[index] ?? 0)
    if (index + 1 < count) start = starts[index + 1] ?? 0
  }
}
