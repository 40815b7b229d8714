import type { DebrisFinding } from '../../shared/import/debris'
import type { StoryAnalysis } from '../../shared/story/story-analysis'
import type { StoryArticle } from '../../shared/story/story-article'
import type { EvalOutput } from './eval-output'

/** The roles of an analysis, which may not carry them yet (see `StoryAnalysis.roles`). */
interface MaybeRoles {
  roles?: {
    person: string
    conflict: boolean
    values: { articleId: string; text: string; role: string; start: number; end: number }[]
  }[]
}

/**
 * What the eval scores of one event: the analysis's quotes, figures, roles and suggestions, and
 * each article's debris findings, as spans keyed by article id (the file name).
 */
export function evalOutputFrom(
  articles: readonly StoryArticle[],
  analysis: StoryAnalysis & MaybeRoles,
  debris: ReadonlyMap<string, readonly DebrisFinding[]>,
): EvalOutput {
  const texts = new Map(articles.map((article) => [article.id, article.text]))
  return {
    quotes: analysis.quotes.map((cluster) => ({
      occurrences: cluster.occurrences.map(({ articleId, start, end, speaker }) => ({
        file: articleId,
        start,
        end,
        speaker,
      })),
    })),
    numbers: analysis.numbers.map((topic) => ({
      about: topic.about,
      conflict: topic.conflict,
      values: topic.values.map(({ articleId, start, end, text, conflictsWith }) => ({
        file: articleId,
        start,
        end,
        text,
        conflictsWith,
      })),
    })),
    roles: (analysis.roles ?? []).map((role) => ({
      person: role.person,
      conflict: role.conflict,
      values: role.values.map(({ articleId, start, end, text, role: name }) => ({
        file: articleId,
        start,
        end,
        text,
        role: name,
      })),
    })),
    suggestions: analysis.suggestions.map((suggestion) => {
      const { start, end } = suggestion.target.position
      return {
        id: suggestion.id,
        file: suggestion.articleId,
        kind: suggestion.kind,
        start,
        end,
        text: texts.get(suggestion.articleId)?.slice(start, end) ?? '',
        speaker: suggestion.speaker ?? null,
      }
    }),
    debris: [...debris].flatMap(([file, findings]) =>
      findings.map((finding) => ({
        file,
        start: finding.from,
        end: finding.to,
        kind: finding.kind,
        text: texts.get(file)?.slice(finding.from, finding.to) ?? '',
      })),
    ),
  }
}
