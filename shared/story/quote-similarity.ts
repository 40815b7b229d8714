import search from 'approx-string-match'

/** The length of the longest common subsequence of two word lists. */
export function commonWords(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0
  let previous = new Array<number>(right.length + 1).fill(0)
  for (const word of left) {
    const current = new Array<number>(right.length + 1).fill(0)
    for (let column = 1; column <= right.length; column += 1) {
      current[column] =
        right[column - 1] === word
          ? (previous[column - 1] ?? 0) + 1
          : Math.max(previous[column] ?? 0, current[column - 1] ?? 0)
    }
    previous = current
  }
  return previous[right.length] ?? 0
}

/** Shorter quotes than this (in words) must match word for word. */
export const MIN_FUZZY_WORDS = 3

/**
 * How much of the longer version the shorter one must cover, so that a fragment ("to stop drugs")
 * is not taken for a version of every sentence it appears in; a shorter version of
 * {@link LONG_VERSION_WORDS} words or more says enough to need less.
 */
export const MIN_COVERAGE = 0.4
/** See {@link MIN_COVERAGE}. */
export const LONG_VERSION_WORDS = 6
/** How much of the longer version a long enough shorter one must cover. */
export const MIN_LONG_COVERAGE = 0.25

/**
 * How alike two versions of a quotation are, from 0 to 1 (both normalised, see `quoteWords`).
 * Robust to truncation: the score is how much of the shorter version the longer one holds, by
 * words in order (longest common subsequence) or by characters (approximate search, which
 * forgives changed spellings and light paraphrase), whichever is higher. A version shorter than
 * {@link MIN_FUZZY_WORDS} words matches only an identical one, and one covering less than
 * {@link MIN_COVERAGE} of the longer version scores 0 (a fragment, not a version).
 */
export function quoteSimilarity(left: readonly string[], right: readonly string[]): number {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left]
  if (shorter.length === 0) return 0
  if (shorter.length < MIN_FUZZY_WORDS) {
    return shorter.join(' ') === longer.join(' ') ? 1 : 0
  }
  const common = commonWords(shorter, longer)
  const coverage = shorter.length >= LONG_VERSION_WORDS ? MIN_LONG_COVERAGE : MIN_COVERAGE
  if (common / longer.length < coverage) return 0
  const byWords = common / shorter.length
  if (byWords >= 0.95) return byWords
  const pattern = shorter.join(' ')
  const haystack = longer.join(' ')
  const allowed = Math.floor(pattern.length * 0.4)
  const matches = search(haystack, pattern, allowed)
  const errors = Math.min(...matches.map((match) => match.errors), pattern.length)
  const byCharacters = 1 - errors / pattern.length
  return Math.max(byWords, byCharacters)
}

/** How much of the shorter of two quotations the longer must hold, in order, to contain it. */
export const CONTAINED = 0.95

/**
 * Whether two quotations of one article are one remark quoted twice: the longer holds the
 * shorter whole (a headline's question, then the body's full quotation around it), or the two
 * are alike (`threshold`, as {@link quoteSimilarity} scores) with the shorter holding at least
 * {@link MIN_COVERAGE} of the longer, whatever their lengths. Outlets cut a remark down to a
 * clause, so across articles a long fragment is still a version; but one article that quotes a
 * clause it changes inside a much longer quotation of its own ("I would be proud to do it
 * personally" beside "I didn't say I'm doing it, but I would be proud to do it because …") is
 * quoting two remarks that share words.
 */
export function repeatsQuote(
  left: readonly string[],
  right: readonly string[],
  threshold: number,
): boolean {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left]
  if (shorter.length === 0) return false
  const common = commonWords(shorter, longer)
  if (common >= shorter.length * CONTAINED) return true
  return common >= longer.length * MIN_COVERAGE && quoteSimilarity(shorter, longer) >= threshold
}
