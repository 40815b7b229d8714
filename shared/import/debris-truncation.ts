import { isLineBreakCode, isLowercaseChar } from '../text/characters'
import { hasAddressCharacters } from '../text/links'
import { splitSentences } from '../text/sentences'
import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'

/** The fewest words a cut-off last sentence has (a shorter line may be a label or a sign-off). */
const SHORTEST_CUT_SENTENCE = 5
/** The fewest words a last sentence needs to count as cut off when it is its paragraph's only one. */
const SHORTEST_LONE_CUT_SENTENCE = 12

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
 * exclamation mark, closing quotation mark or bracket, and the sentence is long enough to be
 * running text rather than a heading, a label or a sign-off. `text` is the last block that is not
 * debris itself; only its last line is split into sentences.
 */
export function findTruncation(text: string): BlockDebris | null {
  const end = text.trimEnd().length
  const lastChar = text[end - 1]
  if (lastChar === undefined || !isLowercaseChar(lastChar)) return null
  let lineStart = end
  while (lineStart > 0 && !isLineBreakCode(text.charCodeAt(lineStart - 1))) lineStart -= 1
  const sentences = splitSentences(text.slice(lineStart, end))
  const last = sentences[sentences.length - 1]
  if (!last) return null
  const from = lineStart + last.start
  const sentence = text.slice(from, end)
  const words = wordCount(sentence)
  const enough =
    sentences.length > 1 ? words >= SHORTEST_CUT_SENTENCE : words >= SHORTEST_LONE_CUT_SENTENCE
  if (!enough) return null
  const lastWord = sentence.slice(sentence.lastIndexOf(' ') + 1)
  if (hasAddressCharacters(lastWord) || /\d/.test(lastWord)) return null
  return {
    from,
    to: end,
    kind: 'truncated',
    reason: `The text stops in the middle of a sentence: “…${excerpt(lastWords(sentence))}”.`,
  }
}
