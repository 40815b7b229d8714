import { extractFigures } from './figures'
import { compareFigures, type NumberTopic } from './number-topics'
import { alignQuotes, type QuoteCluster } from './quote-clusters'
import { findQuotations } from './quotations'
import type { StoryArticle } from './story-article'
import { suggestTags, type TagSuggestion } from './tag-suggestions'

/** An article of a story as the story view lists it. */
export interface StoryArticleSummary {
  id: string
  title: string
  outlet: string
  url: string
}

/** How several articles told the same story: their quotes, their figures, and proposed tags. */
export interface StoryAnalysis {
  articles: StoryArticleSummary[]
  quotes: QuoteCluster[]
  numbers: NumberTopic[]
  suggestions: TagSuggestion[]
}

/**
 * Analyses a story: finds every article's quotations and aligns them across articles, extracts
 * the figures outside quotations and compares them topic by topic, and proposes tags.
 * `tagged` gives, per article id, the spans the editor has tagged (no suggestion goes there).
 */
export function analyzeStory(
  articles: readonly StoryArticle[],
  tagged: ReadonlyMap<string, readonly { start: number; end: number }[]> = new Map(),
): StoryAnalysis {
  const read = articles.map((article) => {
    const quotations = findQuotations(article.text, article.sentences)
    const figures = extractFigures(
      article.text,
      article.sentences,
      quotations.map((quotation) => ({ start: quotation.outerStart, end: quotation.outerEnd })),
    )
    return { article, quotations, figures }
  })
  const quotes = alignQuotes(
    read.map(({ article, quotations }) => ({ id: article.id, text: article.text, quotations })),
  )
  const numbers = compareFigures(read.map(({ article, figures }) => ({ id: article.id, figures })))
  const suggestions = suggestTags(
    read.map((entry) => ({ ...entry, tagged: tagged.get(entry.article.id) ?? [] })),
    numbers,
  )
  return {
    articles: articles.map(({ id, title, outlet, url }) => ({ id, title, outlet, url })),
    quotes,
    numbers,
    suggestions,
  }
}
