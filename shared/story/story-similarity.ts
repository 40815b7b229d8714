import type { SentenceSpan } from '../text/sentences'
import { isCapitalized, isWord, tokenize } from './story-words'

/** Articles that seem to report the same event, and why. */
export interface StoryCandidate {
  articleIds: string[]
  /** Mean similarity of the group's pairs, 0 to 1. */
  score: number
  /** Names most of the articles share, most telling first. */
  sharedNames: string[]
}

/** What {@link suggestStories} reads about an article. */
export interface SimilarityArticle {
  id: string
  text: string
  sentences: readonly SentenceSpan[]
}

/** Two articles this alike (cosine of their weighted names and phrases) belong together. */
export const STORY_THRESHOLD = 0.12

/** Capitalised words that are not names. */
const COMMON = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Or',
  'If',
  'As',
  'For',
  'With',
  'After',
  'Before',
  'While',
  'When',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
])

/** Lowercase words left out of phrases. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'at', 'for', 'is', 'was'])

/** An article's features: names (`n:`) and three-word phrases (`p:`). */
function features(article: SimilarityArticle): Set<string> {
  const found = new Set<string>()
  for (const sentence of article.sentences) {
    const tokens = tokenize(article.text, sentence.start, sentence.end).filter(isWord)
    tokens.forEach((token, index) => {
      if (
        index > 0 &&
        isCapitalized(token.text) &&
        token.text.length > 2 &&
        !COMMON.has(token.text)
      ) {
        found.add(`n:${token.text.replace(/[’']s$/, '')}`)
      }
    })
    const words = tokens
      .map((token) => token.text.toLowerCase())
      .filter((word) => !FILLER.has(word))
    for (let index = 0; index + 2 < words.length; index += 1) {
      found.add(`p:${words[index]} ${words[index + 1]} ${words[index + 2]}`)
    }
  }
  return found
}

/**
 * Groups a library's articles into likely stories: two articles are alike by the names and
 * three-word phrases they share, each weighted by how rare it is in the library (inverse document
 * frequency), measured as the cosine of the weighted sets; articles at least
 * {@link STORY_THRESHOLD} alike are joined, and every group of two or more is a candidate, best
 * first.
 */
export function suggestStories(articles: readonly SimilarityArticle[]): StoryCandidate[] {
  const sets = articles.map(features)
  const frequency = new Map<string, number>()
  for (const set of sets)
    for (const feature of set) frequency.set(feature, (frequency.get(feature) ?? 0) + 1)
  const weight = (feature: string) => Math.log(1 + articles.length / (frequency.get(feature) ?? 1))
  // Only what two articles or more share can make articles alike: the rest is left out of the
  // norms too, so that a long article is not unlike a short one for all it says alone.
  const norms = sets.map((set) =>
    Math.sqrt(
      [...set].reduce(
        (sum, feature) => sum + ((frequency.get(feature) ?? 0) > 1 ? weight(feature) ** 2 : 0),
        0,
      ),
    ),
  )
  const similarity = (left: number, right: number): number => {
    const [small, large] =
      (sets[left]?.size ?? 0) <= (sets[right]?.size ?? 0)
        ? [sets[left], sets[right]]
        : [sets[right], sets[left]]
    if (!small || !large) return 0
    let shared = 0
    for (const feature of small) {
      if (large.has(feature) && (frequency.get(feature) ?? 0) > 1) shared += weight(feature) ** 2
    }
    const norm = (norms[left] ?? 0) * (norms[right] ?? 0)
    return norm === 0 ? 0 : shared / norm
  }
  const parent = articles.map((_, index) => index)
  const root = (index: number): number => {
    let at = index
    while (parent[at] !== at) at = parent[at] ?? at
    return at
  }
  const scores = new Map<string, number>()
  for (let left = 0; left < articles.length; left += 1) {
    for (let right = left + 1; right < articles.length; right += 1) {
      const score = similarity(left, right)
      scores.set(`${left}:${right}`, score)
      if (score >= STORY_THRESHOLD) parent[root(right)] = root(left)
    }
  }
  const groups = new Map<number, number[]>()
  articles.forEach((_, index) => {
    const group = groups.get(root(index)) ?? []
    group.push(index)
    groups.set(root(index), group)
  })
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group): StoryCandidate => {
      let total = 0
      let pairs = 0
      for (const [position, left] of group.entries()) {
        for (const right of group.slice(position + 1)) {
          total += scores.get(`${left}:${right}`) ?? 0
          pairs += 1
        }
      }
      const counts = new Map<string, number>()
      for (const index of group) {
        for (const feature of sets[index] ?? []) {
          if (feature.startsWith('n:')) counts.set(feature, (counts.get(feature) ?? 0) + 1)
        }
      }
      const sharedNames = [...counts]
        .filter(([, count]) => count * 3 >= group.length * 2)
        .sort(
          ([left, a], [right, b]) =>
            b - a ||
            (frequency.get(left) ?? 0) - (frequency.get(right) ?? 0) ||
            left.localeCompare(right),
        )
        .slice(0, 8)
        .map(([feature]) => feature.slice(2))
      return {
        articleIds: group.map((index) => articles[index]?.id ?? ''),
        score: pairs === 0 ? 0 : total / pairs,
        sharedNames,
      }
    })
    .sort(
      (left, right) => right.articleIds.length - left.articleIds.length || right.score - left.score,
    )
}
