import { extractFigures } from './figures'
import { compareFigures, type NumberTopic } from './number-topics'
import { alignQuotes, type QuoteCluster } from './quote-clusters'
import { findQuotations } from './quotations'
import { findRoleMentions } from './role-mentions'
import { suggestRoleDisputes } from './role-suggestions'
import { compareRoles, type RoleComparison } from './roles'
import type { StoryArticle } from './story-article'
import { suggestTags, type TagSuggestion } from './tag-suggestions'

/** An article of a story as the story view lists it. */
export interface StoryArticleSummary {
  id: string
  title: string
  outlet: string
  url: string
}

/**
 * How several articles told the same story: their quotes, their figures, the roles they give
 * people, and proposed tags.
 */
export interface StoryAnalysis {
  articles: StoryArticleSummary[]
  quotes: QuoteCluster[]
  numbers: NumberTopic[]
  /** People named with a role by several articles, and where the articles disagree. */
  roles: RoleComparison[]
  suggestions: TagSuggestion[]
}

/**
 * The figure and quote suggestions with the role disputes merged in: a role dispute takes the
 * place of a quote or claim suggestion on its sentence, and gives way to a figure dispute.
 */
function withRoleDisputes(
  suggestions: readonly TagSuggestion[],
  disputes: readonly TagSuggestion[],
  order: ReadonlyMap<string, number>,
): TagSuggestion[] {
  const key = (suggestion: TagSuggestion) =>
    `${suggestion.articleId}:${suggestion.target.position.start}`
  const disputed = new Set(suggestions.filter((s) => s.kind === 'disputed').map(key))
  const added = disputes.filter((dispute) => !disputed.has(key(dispute)))
  const replaced = new Set(added.map(key))
  return [...suggestions.filter((suggestion) => !replaced.has(key(suggestion))), ...added].sort(
    (left, right) =>
      (order.get(left.articleId) ?? 0) - (order.get(right.articleId) ?? 0) ||
      left.target.position.start - right.target.position.start,
  )
}

/**
 * Analyses a story: finds every article's quotations and aligns them across articles, extracts
 * the figures outside quotations and compares them topic by topic, compares the roles the
 * articles give people ({@link compareRoles}), and proposes tags (role disputes included).
 * `tagged` gives, per article id, the spans the editor has tagged (no suggestion goes there).
 */
export function analyzeStory(
  articles: readonly StoryArticle[],
  tagged: ReadonlyMap<string, readonly { start: number; end: number }[]> = new Map(),
): StoryAnalysis {
  const read = articles.map((article) => {
    const mentions = findRoleMentions(article.text)
    const quotations = findQuotations(article.text, article.sentences, mentions)
    const figures = extractFigures(
      article.text,
      article.sentences,
      quotations.map((quotation) => ({ start: quotation.outerStart, end: quotation.outerEnd })),
    )
    return { article, quotations, figures, mentions }
  })
  const quotes = alignQuotes(
    read.map(({ article, quotations }) => ({ id: article.id, text: article.text, quotations })),
  )
  const numbers = compareFigures(read.map(({ article, figures }) => ({ id: article.id, figures })))
  const findings = compareRoles(
    read.map(({ article, mentions }) => ({ id: article.id, text: article.text, mentions })),
  )
  const suggestions = withRoleDisputes(
    suggestTags(
      read.map((entry) => ({ ...entry, tagged: tagged.get(entry.article.id) ?? [] })),
      numbers,
    ),
    suggestRoleDisputes(findings, articles, tagged),
    new Map(articles.map((article, index) => [article.id, index])),
  )
  return {
    articles: articles.map(({ id, title, outlet, url }) => ({ id, title, outlet, url })),
    quotes,
    numbers,
    roles: findings.map(({ person, conflict, values }) => ({ person, conflict, values })),
    suggestions,
  }
}
