import type { EvidencePassage } from '../model/fact-check'
import type { StoryAnalysis } from '../story/story-analysis'

/** A passage of the story's other articles that can be added as evidence, with who said it. */
export interface EvidenceCandidate {
  passage: EvidencePassage
  /** The speaker the article names, or null. */
  speaker: string | null
}

/**
 * The passages the story view offers as evidence for a claim in article `claimArticleId`: every
 * quotation of the story's other articles (the words each article gives), in the order of the
 * articles, then of their text; each passage once. `query` keeps those whose words or speaker
 * contain it (case and accents ignored).
 */
export function evidenceCandidates(
  view: Pick<StoryAnalysis, 'articles' | 'quotes'>,
  claimArticleId: string,
  query = '',
): EvidenceCandidate[] {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase()
  const wanted = fold(query.trim())
  const order = new Map(view.articles.map((article, index) => [article.id, index]))
  const seen = new Set<string>()
  const found: EvidenceCandidate[] = []
  for (const cluster of view.quotes) {
    for (const occurrence of cluster.occurrences) {
      if (occurrence.articleId === claimArticleId || occurrence.end <= occurrence.start) continue
      const key = `${occurrence.articleId}:${occurrence.start}:${occurrence.end}`
      if (seen.has(key)) continue
      seen.add(key)
      if (wanted && !fold(`${occurrence.text} ${occurrence.speaker ?? ''}`).includes(wanted)) {
        continue
      }
      found.push({
        passage: {
          articleId: occurrence.articleId,
          start: occurrence.start,
          end: occurrence.end,
          exact: occurrence.text.slice(0, 5_000),
        },
        speaker: occurrence.speaker,
      })
    }
  }
  return found.sort(
    (a, b) =>
      (order.get(a.passage.articleId) ?? 0) - (order.get(b.passage.articleId) ?? 0) ||
      a.passage.start - b.passage.start,
  )
}
