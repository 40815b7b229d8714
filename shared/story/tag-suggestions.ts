import { describe } from '../anchoring/describe'
import type { Target } from '../model/annotation'
import type { SentenceSpan } from '../text/sentences'
import { formatFigure } from './figure-value'
import type { Figure } from './figures'
import type { NumberTopic } from './number-topics'
import { quoteWords } from './quote-normalize'
import type { Quotation } from './quotations'
import { stableId } from './stable-id'
import type { StoryArticle } from './story-article'

/** The kinds of tag the story view proposes. */
export type SuggestedKind = 'quote' | 'claim' | 'disputed'

/** A tag Factmark proposes; it becomes a real tag only when the editor accepts it. */
export interface TagSuggestion {
  /**
   * Unique per occurrence and stable across runs: the kind, the article, the words, and which
   * occurrence of those words in the article it is (two identical sentences get two ids).
   */
  id: string
  articleId: string
  kind: SuggestedKind
  /** The sentence (or sentences) it would tag, as W3C selectors. */
  target: Target
  /** Why it is proposed, in words for the editor. */
  reason: string
  /** Who is quoted (quote suggestions), only when the speaker is known with high confidence. */
  speaker?: string
  /** Links to the articles that disagree (disputed suggestions; only http(s) addresses). */
  evidence: string[]
  /** The articles that disagree (disputed suggestions). */
  sources: { articleId: string; title: string }[]
}

/** What {@link suggestTags} reads about one article. */
export interface SuggestionInput {
  article: StoryArticle
  quotations: readonly Quotation[]
  figures: readonly Figure[]
  /** Spans the editor has tagged already: nothing is proposed over them. */
  tagged: readonly { start: number; end: number }[]
}

/** A quotation needs this many words to be proposed as a quote (shorter ones are scare quotes). */
export const MIN_QUOTE_WORDS = 3

/** Words that mark an assertion someone makes, for a claim. */
const ASSERTION =
  /\baccording to\b|\b(?:says|said|claims|claimed|reports|reported|estimates|estimated|insists|insisted) that\b|\b(?:officials|administration|government|ministry|police|military) (?:says|said|claims|claimed)\b/i

const HTTP = /^https?:\/\/[^\s<>"]+$/i

function overlaps(span: { start: number; end: number }, other: { start: number; end: number }) {
  return span.start < other.end && other.start < span.end
}

function sentenceIndexAt(sentences: readonly SentenceSpan[], offset: number): number {
  return sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end)
}

/**
 * The speaker a quote suggestion may carry: the quotation's speaker only when its guess is sure
 * (`confidence === 'high'`); a guess is never written into a tag. Read defensively, since older
 * quotations carry no confidence (and so no speaker).
 */
function sureSpeaker(quotation: Quotation): string | undefined {
  const confidence = (quotation as { confidence?: string }).confidence
  return confidence === 'high' && quotation.speaker ? quotation.speaker : undefined
}

function quoted(text: string): string {
  return `“${text.length > 120 ? `${text.slice(0, 119)}…` : text}”`
}

/**
 * Proposes tags for each article of a story, at most one per sentence and none over what the
 * editor has tagged: **disputed** only on a sentence holding a figure of a topic whose
 * `conflict` is true and that other articles surely contradict (its `disputedBy`: same quantity,
 * same scope, same time, cannot both be true; the reason names those articles and their figures;
 * their web addresses are the evidence), else **quote** where a
 * quotation of {@link MIN_QUOTE_WORDS} words or more has a speaker (the tag spans every sentence
 * the quotation touches; it names the speaker only when the guess is sure), else **claim** where a
 * sentence states a figure or an attributed assertion ("according to", "officials said").
 */
export function suggestTags(
  inputs: readonly SuggestionInput[],
  topics: readonly NumberTopic[],
): TagSuggestion[] {
  const byId = new Map(inputs.map((input) => [input.article.id, input.article]))
  const suggestions: TagSuggestion[] = []
  for (const { article, quotations, figures, tagged } of inputs) {
    const { text, sentences } = article
    const taken = new Set<number>()
    // How many suggestions of a kind on the same words came before: the occurrence in the id.
    const occurrences = new Map<string, number>()
    sentences.forEach((sentence, index) => {
      if (tagged.some((span) => overlaps(span, sentence))) taken.add(index)
    })
    const add = (
      kind: SuggestedKind,
      first: number,
      last: number,
      fields: Omit<TagSuggestion, 'id' | 'articleId' | 'kind' | 'target'>,
    ) => {
      for (let index = first; index <= last; index += 1) if (taken.has(index)) return
      const start = sentences[first]?.start ?? 0
      const end = sentences[last]?.end ?? 0
      if (end <= start) return
      for (let index = first; index <= last; index += 1) taken.add(index)
      const words = `${kind}:${article.id}:${text.slice(start, end)}`
      const occurrence = occurrences.get(words) ?? 0
      occurrences.set(words, occurrence + 1)
      suggestions.push({
        id: `${kind}-${stableId(occurrence === 0 ? words.slice(kind.length + 1) : `${words}#${occurrence}`)}`,
        articleId: article.id,
        kind,
        target: describe(text, start, end),
        ...fields,
      })
    }

    // Disputed: only from a topic whose figures cannot all be true (same quantity, same scope),
    // and only on the sentence holding one of the conflicting values.
    const disputes = new Map<number, { lines: string[]; sources: Set<string> }>()
    for (const topic of topics) {
      if (topic.conflict !== true) continue
      for (const value of topic.values) {
        // Only what surely measures the same thing at the same time (see `disputedBy`).
        if (value.articleId !== article.id || value.disputedBy.length === 0) continue
        const index = sentenceIndexAt(sentences, value.start)
        if (index < 0) continue
        const entry = disputes.get(index) ?? { lines: [], sources: new Set<string>() }
        const others = value.disputedBy.map((otherId) => {
          entry.sources.add(otherId)
          const theirs = topic.values
            .filter((other) => other.articleId === otherId)
            .map((other) => `${formatFigure(other.value)} (${quoted(other.text)})`)
            .join(', ')
          return `“${byId.get(otherId)?.title ?? otherId}” gives ${theirs}`
        })
        entry.lines.push(
          `${topic.about}: this article gives ${formatFigure(value.value)} (${quoted(value.text)}); ${others.join('; ')}.`,
        )
        disputes.set(index, entry)
      }
    }
    for (const [index, { lines, sources }] of [...disputes].sort(([a], [b]) => a - b)) {
      const others = [...sources].map((id) => byId.get(id)).filter((other) => other !== undefined)
      add('disputed', index, index, {
        reason: `Other articles disagree. ${lines.join(' ')}`,
        evidence: others.map((other) => other.url.trim()).filter((url) => HTTP.test(url)),
        sources: others.map((other) => ({ articleId: other.id, title: other.title })),
      })
    }

    // Quotes: attributed quotations long enough to be more than a scare quote.
    for (const quotation of quotations) {
      if (!quotation.speaker || quoteWords(quotation.text).length < MIN_QUOTE_WORDS) continue
      const speaker = sureSpeaker(quotation)
      const first = sentenceIndexAt(sentences, quotation.outerStart)
      const last = sentenceIndexAt(
        sentences,
        Math.max(quotation.outerStart, quotation.outerEnd - 1),
      )
      if (first < 0 || last < first) continue
      add('quote', first, last, {
        reason: speaker
          ? `Quotation attributed to ${speaker}.`
          : `Quotation, perhaps by ${quotation.speaker} (unsure).`,
        ...(speaker ? { speaker } : {}),
        evidence: [],
        sources: [],
      })
    }

    // Claims: sentences that state a figure, or an assertion someone makes.
    for (const figure of figures) {
      if (figure.value.unit === 'date') continue
      const index = sentenceIndexAt(sentences, figure.start)
      if (index < 0) continue
      add('claim', index, index, {
        reason: `States a figure: ${quoted(figure.text)} (${figure.about}, ${formatFigure(figure.value)}).`,
        evidence: [],
        sources: [],
      })
    }
    sentences.forEach((sentence, index) => {
      const match = ASSERTION.exec(text.slice(sentence.start, sentence.end))
      if (!match) return
      add('claim', index, index, {
        reason: `An assertion attributed to someone (“${match[0]}”).`,
        evidence: [],
        sources: [],
      })
    })
  }
  const order = new Map(inputs.map((input, index) => [input.article.id, index]))
  return suggestions.sort(
    (left, right) =>
      (order.get(left.articleId) ?? 0) - (order.get(right.articleId) ?? 0) ||
      left.target.position.start - right.target.position.start,
  )
}
