/**
 * How many of a version's rarest words are looked up to find the groups it may join. A version
 * that matches a group shares most of its words with it in order (see `quoteSimilarity`), so
 * its rarest words are almost always among them.
 */
export const CANDIDATE_WORDS = 6

/**
 * How many of its rarest words a version of four words or more must share with a group to be
 * compared with it: a version shares most of its words with the groups it matches, and one rare
 * word in common is mostly chance.
 */
export const MIN_SHARED_WORDS = 2

/** A word held by more groups than this is too common to find candidates by. */
export const CROWDED_WORD = 12

/**
 * An inverted index from words to the groups holding them, for finding which quote groups a
 * version may join without comparing it with every group: the version's {@link CANDIDATE_WORDS}
 * rarest words (by how many versions of the whole story hold them) are looked up, so the work
 * per version stays small as the story grows.
 */
export class QuoteCandidates {
  private readonly postings = new Map<string, Set<number>>()
  private readonly frequency = new Map<string, number>()

  /** `versions`: the words of every version of the story, to rank words by rarity. */
  constructor(versions: readonly (readonly string[])[]) {
    for (const words of versions) {
      for (const word of new Set(words)) {
        this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1)
      }
    }
  }

  /** Records that group `group` now holds a version with these words. */
  add(group: number, words: readonly string[]): void {
    for (const word of new Set(words)) {
      const groups = this.postings.get(word) ?? new Set<number>()
      groups.add(group)
      this.postings.set(word, groups)
    }
  }

  /**
   * The groups holding at least {@link MIN_SHARED_WORDS} of the version's rarest words (one, for
   * a version of fewer than four words), in ascending order. Rarity is
   * how many groups hold a word now, and how many versions of the story hold it; words held by
   * more than {@link CROWDED_WORD} groups are skipped while two or more rarer words remain, so a
   * word every quotation uses ("people") does not make every group a candidate.
   */
  candidates(words: readonly string[]): number[] {
    const size = (word: string) => this.postings.get(word)?.size ?? 0
    const ranked = [...new Set(words)].sort(
      (left, right) =>
        size(left) - size(right) ||
        (this.frequency.get(left) ?? 0) - (this.frequency.get(right) ?? 0) ||
        (left < right ? -1 : left > right ? 1 : 0),
    )
    const rare = ranked.filter((word) => size(word) <= CROWDED_WORD)
    const rarest = (rare.length >= 2 ? rare : ranked.slice(0, 2)).slice(0, CANDIDATE_WORDS)
    const hits = new Map<number, number>()
    for (const word of rarest) {
      for (const group of this.postings.get(word) ?? []) hits.set(group, (hits.get(group) ?? 0) + 1)
    }
    const needed = rarest.length >= MIN_SHARED_WORDS * 2 ? MIN_SHARED_WORDS : 1
    return [...hits]
      .filter(([, count]) => count >= needed)
      .map(([group]) => group)
      .sort((left, right) => left - right)
  }
}
