import search from 'approx-string-match'

/** An approximate occurrence of a pattern: UTF-16 offsets into the text, and its edit distance. */
export interface ApproximateMatch {
  start: number
  end: number
  errors: number
}

/**
 * The smallest window `findApproximate` searches at once, so that short patterns do not cost one
 * `approx-string-match` call per few characters of text.
 */
const MINIMUM_STEP = 32

/**
 * Finds approximate occurrences of `pattern` in `text` with at most `maxErrors` edits (Myers'
 * bit-parallel algorithm from `approx-string-match`, as Hypothesis uses).
 *
 * `approx-string-match` reports only the matches with the lowest error count in the whole text,
 * so a near-copy elsewhere would hide the edited sentence where the tag really was. This searches
 * overlapping windows instead and returns the best matches of each neighbourhood, sorted by start
 * and free of duplicates: every match no longer than `pattern.length + maxErrors` lies wholly
 * inside some window. Cost is about twice one whole-text search: O(text.length · maxErrors / 32).
 */
export function findApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
): ApproximateMatch[] {
  if (pattern.length === 0 || text.length === 0) return []
  const allowed = Math.max(0, Math.min(Math.floor(maxErrors), pattern.length))
  const longest = pattern.length + allowed
  const step = Math.max(longest, MINIMUM_STEP)
  const found = new Map<string, ApproximateMatch>()
  for (let from = 0; from < text.length; from += step) {
    const to = Math.min(text.length, from + step + longest)
    for (const match of search(text.slice(from, to), pattern, allowed)) {
      const start = from + match.start
      const end = from + match.end
      found.set(`${start}:${end}`, { start, end, errors: match.errors })
    }
    if (to === text.length) break
  }
  return [...found.values()].sort((left, right) => left.start - right.start || left.end - right.end)
}
