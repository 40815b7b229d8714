import { splitSentences } from '../text/sentences'
import { withFragmentSpeakers } from './fragment-speakers'
import type { Quotation } from './quotations'
import type { SpeakerConfidence } from './speaker'
import { quoteWords } from './quote-normalize'
import { QuoteCandidates } from './quote-candidates'
import { MIN_FUZZY_WORDS, quoteSimilarity, repeatsQuote } from './quote-similarity'
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

/** What {@link alignQuotes} counts as it works, for tests of how its work grows. */
export interface AlignmentCounts {
  /** Similarity computations between a version and a group's distinct wording. */
  comparisons: number
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

/**
 * A quotation cut into its sentences: each is aligned on its own, as outlets cut quotes apart.
 * A sentence too short to be compared on its own ("Quiet!") stays with the next one (or the one
 * before, at the end), so that "Quiet! Quiet, now!" is one version of "Quiet, quiet now".
 */
function segmentsOf(articleIndex: number, article: QuotedArticle): Segment[] {
  const segments: Segment[] = []
  for (const quotation of article.quotations) {
    const spans: { start: number; end: number }[] = []
    let pending: number | null = null
    const sentences = splitSentences(quotation.text)
    sentences.forEach((span, index) => {
      const start = pending ?? span.start
      const short = quoteWords(quotation.text.slice(start, span.end)).length < MIN_FUZZY_WORDS
      if (short && index < sentences.length - 1) {
        pending = start
        return
      }
      pending = null
      const previous = spans.at(-1)
      if (short && previous) previous.end = span.end
      else spans.push({ start, end: span.end })
    })
    for (const span of spans) {
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

/** The surname key of a speaker's name. */
function surnameKey(name: string): string {
  return (name.split(' ').at(-1) ?? name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * A cluster's versions with no speaker given the one its other versions name, when two or more
 * articles name a speaker and all name the same person (by surname; the fullest name is used):
 * the remark is known to be theirs. The speaker so given is `low` confidence. Phrases shorter
 * than {@link MIN_SINGLE_WORDS} words are left alone.
 */
function withSharedSpeaker(members: Segment[]): Segment[] {
  // A phrase of one or two words ("catastrophic implosion") is anyone's to repeat.
  if (Math.max(...members.map((member) => member.words.length)) < MIN_SINGLE_WORDS) return members
  const named = members.filter((member) => member.speaker !== null)
  const surnames = new Set(named.map((member) => surnameKey(member.speaker ?? '')))
  const articles = new Set(named.map((member) => member.articleIndex))
  if (surnames.size !== 1 || articles.size < 2) return members
  const speaker = named.reduce(
    (best, member) => ((member.speaker ?? '').length > best.length ? (member.speaker ?? '') : best),
    '',
  )
  return members.map((member) =>
    member.speaker === null && (member.description === null || unnamedOne(member.description))
      ? { ...member, speaker, confidence: 'low' as const }
      : member,
  )
}

/**
 * Whether a description stands for someone the article does not name ("a surviving passenger",
 * "a local official"), whom the articles naming the remark's speaker may name for it; a definite
 * one ("the ministry", "the coach") is someone the article means, and is kept.
 */
function unnamedOne(description: string): boolean {
  return /^an? /u.test(description)
}

/**
 * Whether a version whose article names `speaker` (a surname key; `sure` when the article's own
 * words name them) may join a group whose versions name `speakers` (surname key → whether some
 * article names them surely): a group naming nobody takes it, and so does one where some article
 * names the same person. Sure speakers on both sides that differ are one remark misattributed,
 * worth showing side by side. Otherwise a version credited to someone else is another remark,
 * however alike the words ("The President referred to … as garbage", a spokesman's account,
 * beside the President's own "I referred to … as garbage").
 */
export function sameSpeaker(
  speaker: string,
  sure: boolean,
  speakers: ReadonlyMap<string, boolean>,
): boolean {
  if (speakers.size === 0 || speakers.has(speaker)) return true
  return sure && [...speakers.values()].some((other) => other)
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
 * into sentences (short ones kept with a neighbour); each sentence joins the cluster whose
 * versions it is most like on average ({@link quoteSimilarity}, at least
 * {@link CLUSTER_THRESHOLD}), longest first so that the fullest version anchors a cluster, else
 * it starts a cluster of its own. A cluster takes a second version from one article only when it
 * repeats that article's first ({@link repeatsQuote}). A version with no speaker takes the one
 * every other article names for the remark (low confidence). Only clusters sharing one of its
 * rarest words are compared ({@link QuoteCandidates}), and each distinct wording of a cluster
 * once, so the work grows about linearly with the number of quotations; `counts` receives how
 * many comparisons ran. Clusters quoted by
 * several articles come first; those quoted once are kept when they have at least
 * {@link MIN_SINGLE_WORDS} words (shorter ones are scare quotes: “proud”, “okay”).
 */
export function alignQuotes(
  articles: readonly QuotedArticle[],
  counts: AlignmentCounts = { comparisons: 0 },
): QuoteCluster[] {
  const segments = articles.flatMap((article, index) => segmentsOf(index, article))
  const ordered = [...segments].sort(
    (left, right) =>
      right.words.length - left.words.length ||
      left.articleIndex - right.articleIndex ||
      left.start - right.start,
  )
  const index = new QuoteCandidates(ordered.map((segment) => segment.words))
  const groups: {
    members: Segment[]
    forms: Map<string, { words: string[]; count: number }>
    /** Surname keys of the speakers the group's versions name, and whether any is sure. */
    speakers: Map<string, boolean>
  }[] = []
  for (const segment of ordered) {
    let best = -1
    let bestScore = CLUSTER_THRESHOLD
    // A phrase of a word or two ("catastrophic implosion") is anyone's to repeat.
    const speaker =
      segment.speaker === null || segment.words.length < MIN_FUZZY_WORDS
        ? null
        : surnameKey(segment.speaker)
    const sure = segment.confidence === 'high'
    for (const candidate of index.candidates(segment.words)) {
      const group = groups[candidate]
      if (!group) continue
      if (speaker !== null && !sameSpeaker(speaker, sure, group.speakers)) continue
      // A group holds two of an article's quotations only when one repeats the other.
      const own = group.members.filter((member) => member.articleIndex === segment.articleIndex)
      if (!own.every((member) => repeatsQuote(member.words, segment.words, CLUSTER_THRESHOLD))) {
        continue
      }
      // The average over members, computed once per distinct wording.
      let total = 0
      for (const form of group.forms.values()) {
        counts.comparisons += 1
        total += form.count * quoteSimilarity(segment.words, form.words)
      }
      const score = total / group.members.length
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = candidate
        bestScore = score
      }
    }
    const target = best >= 0 ? best : groups.length
    if (best < 0) groups.push({ members: [], forms: new Map(), speakers: new Map() })
    const group = groups[target] as (typeof groups)[number]
    group.members.push(segment)
    if (speaker !== null)
      group.speakers.set(speaker, (group.speakers.get(speaker) ?? false) || sure)
    const form = group.forms.get(segment.normal)
    if (form) form.count += 1
    else group.forms.set(segment.normal, { words: segment.words, count: 1 })
    index.add(target, segment.words)
  }
  const clusters = withFragmentSpeakers(groups.map((group) => withSharedSpeaker(group.members)))
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
