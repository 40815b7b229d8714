import { singular, TIME_UNITS } from './figure-topic'
import { lower } from './figure-words'
import { isWord, type StoryToken } from './story-words'

/** Words that make an amount a rate per unit when "each" or "every" and a noun follow them. */
const FOR = new Set(['for', 'on'])

/** How far past a figure's end a "per …" may stand ("$250,000 plus costs for each count"). */
const REACH = 6

/**
 * The unit an amount is given per, read in its clause after the figure's last token (`end`):
 * "$250,000 per count", "a fine of $5,000 plus costs for each violation" ("$10 a head" is not
 * read: "a" is too often an article). A rate per unit is not the amount imposed or paid in all:
 * it is compared only with rates per the same unit. Null when no unit follows, or when it is one
 * of time ("per month", said as often "monthly").
 */
export function perUnitAfter(tokens: readonly StoryToken[], end: number): string | null {
  for (let at = end; at < tokens.length && at < end + REACH; at += 1) {
    const token = tokens[at]
    if (!token || !isWord(token) || /^\d/u.test(token.text)) return null
    const word = lower(tokens, at)
    const unitAt =
      word === 'per'
        ? at + 1
        : FOR.has(word) && /^(?:each|every)$/u.test(lower(tokens, at + 1))
          ? at + 2
          : -1
    if (unitAt < 0 || !isWord(tokens[unitAt])) continue
    const unit = lower(tokens, unitAt)
    // "an average of 271,000 per month" is the "average monthly gain": a rate over time is
    // worded both ways, and stays with its quantity.
    return TIME_UNITS.has(singular(unit)) ? null : unit
  }
  return null
}
