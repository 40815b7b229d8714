import { splitSentences } from '../text/sentences'
import type { Quotation } from './quotations'
import type { SpeakerConfidence } from './speaker'
import { quoteWords } from './quote-normalize'
import { quoteSimilarity } from './quote-similarity'
import { stableId } from './stable-id'
import { wordDiff, type DiffPart } from './word-diff'

/** One article's version of a quotation. */
export interface QuoteOccurrence {
  articleId: string
  /** The words as this article quotes them. */
  text: string
  /**
   * Who this article says spoke them: a name (a description such as "a doctor" that names nobody
   * is left out, see `description`), or null.
   */
  speaker: string | null
  /** How sure the speaker is: `high` only when the article's own words name them. */
  confidence: SpeakerConfidence
  /** The article's description of an unnamed speaker ("a doctor", "the ministry"), else null. */
  description: string | null
  /** Offsets of the words in the article's text. */
  start: number
  end: number
  /** This version compared word by word with the cluster's reference version. */
  diff: DiffPart[]
}

/** A quotation and its versions across the story's articles. */
export interface QuoteCluster {
  /** Stable across runs: derived from the reference version's words. */
  id: string
  /** The reference version: the one most articles share (the longest among equals). */
  text: string
  /** How many articles quote it. */
  articleCount: number
  /** Every version, in the order of the articles, then of the text. */
  occurrences: QuoteOccurrence[]
}

/** The quotations of one article, as {@link alignQuotes} takes them. */
export interface QuotedArticle {
  id: string
  text: string
  quotations: readonly Quotation[]
}

/** Average similarity a version needs with a cluster's versions to join it. */
export const CLUSTER_THRESHOLD = 0.7

/** A cluster quoted by one article only is listed if its reference has this many words. */
export const MIN_SINGLE_WORDS = 3

interface Segment {
  articleIndex: number
  articleId: string
  text: string
  start: number
  end: number
  speaker: string | null
  confidence: SpeakerConfidence
  description: string | null
  words: string[]
  normal: string
}

/** A quotation's speaker as an occurrence shows it: names as speakers, descriptions apart. */
function speakerOf(quotation: Quotation): {
  speaker: string | null
  confidence: SpeakerConfidence
  description: string | null
} {
  const described =
    quotation.attribution === 'described' && !/^\p{Lu}/u.test(quotation.speaker ?? '')
  return {
    speaker: described ? null : quotation.speaker,
    confidence: described ? 'low' : quotation.confidence,
    description: described ? quotation.speaker : null,
  }
}

/** A quotation cut into its sentences: each is aligned on its own, as outlets cut quotes apart. */
function segmentsOf(articleIndex: number, article: QuotedArticle): Segment[] {
  const segments: Segment[] = []
  for (const quotation of article.quotations) {
    for (const span of splitSentences(quotation.text)) {
      let end = quotation.start + span.end
      while (end > quotation.start + span.start && /[,;:\s]/u.test(article.text[end - 1] ?? '')) {
        end -= 1
      }
      const start = quotation.start + span.start
      const text = article.text.slice(start, end)
      const words = quoteWords(text)
      if (words.length === 0) continue
      segments.push({
        articleIndex,
        articleId: article.id,
        text,
        start,
        end,
        ...speakerOf(quotation),
        words,
        normal: words.join(' '),
      })
    }
  }
  return segments
}

function referenceOf(members: readonly Segment[]): Segment {
  const articlesByForm = new Map<string, Set<number>>()
  for (const member of members) {
    const set = articlesByForm.get(member.normal) ?? new Set<number>()
    set.add(member.articleIndex)
    articlesByForm.set(member.normal, set)
  }
  let best = members[0] as Segment
  for (const member of members) {
    const count = articlesByForm.get(member.normal)?.size ?? 0
    const bestCount = articlesByForm.get(best.normal)?.size ?? 0
    if (count > bestCount || (count === bestCount && member.words.length > best.words.length)) {
      best = member
    }
  }
  return best
}

/**
 * Aligns every quotation of the articles with its versions in the others. Quotations are cut
 * into sentences; each sentence joins the cluster whose versions it is most like on average
 * ({@link quoteSimilarity}, at least {@link CLUSTER_THRESHOLD}), longest first so that the
 * fullest version anchors a cluster, else it starts a cluster of its own. Clusters quoted by
 * several articles come first; those quoted once are kept when they have at least
 * {@link MIN_SINGLE_WORDS} words (shorter ones are scare quotes: “proud”, “okay”).
 */
export function alignQuotes(articles: readonly QuotedArticle[]): QuoteCluster[] {
  const segments = articles.flatMap((article, index) => segmentsOf(index, article))
  const ordered = [...segments].sort(
    (left, right) =>
      right.words.length - left.words.length ||
      left.articleIndex - right.articleIndex ||
      left.start - right.start,
  )
  const clusters: Segment[][] = []
  for (const segment of ordered) {
    let best: Segment[] | null = null
    let bestScore = CLUSTER_THRESHOLD
    for (const cluster of clusters) {
      let total = 0
      for (const member of cluster) total += quoteSimilarity(segment.words, member.words)
      const score = total / cluster.length
      if (score >= bestScore && (best === null || score > bestScore)) {
        best = cluster
        bestScore = score
      }
    }
    if (best) best.push(segment)
    else clusters.push([segment])
  }
  return clusters
    .map((members) => {
      const reference = referenceOf(members)
      const occurrences = [...members]
        .sort((left, right) => left.articleIndex - right.articleIndex || left.start - right.start)
        .map((member): QuoteOccurrence => ({
          articleId: member.articleId,
          text: member.text,
          speaker: member.speaker,
          confidence: member.confidence,
          description: member.description,
          start: member.start,
          end: member.end,
          diff: wordDiff(reference.text, member.text),
        }))
      return {
        id: `q-${stableId(reference.normal)}`,
        text: reference.text,
        articleCount: new Set(members.map((member) => member.articleIndex)).size,
        occurrences,
        first: Math.min(...members.map((member) => member.articleIndex * 1e9 + member.start)),
        words: reference.words.length,
      }
    })
    .filter((cluster) => cluster.articleCount > 1 || cluster.words >= MIN_SINGLE_WORDS)
    .sort((left, right) => right.articleCount - left.articleCount || left.first - right.first)
    .map(({ first: _first, words: _words, ...cluster }) => cluster)
}
