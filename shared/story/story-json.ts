import type { FigureValue } from './figure-value'
import type { StoryAnalysis } from './story-analysis'
import type { SuggestedKind } from './tag-suggestions'

/** A role comparison as `factmark story --json` prints it. */
export interface StoryRoleJson {
  person: string
  conflict: boolean
  values: { articleId: string; text: string; role: string }[]
}

/** The story as `factmark story --json` prints it. */
export interface StoryJson {
  quotes: {
    text: string
    occurrences: { articleId: string; text: string; speaker: string | null }[]
  }[]
  numbers: {
    about: string
    values: { articleId: string; value: FigureValue; text: string }[]
    conflict: boolean
  }[]
  /** Who the articles say holds which role, and whether they disagree. */
  roles: StoryRoleJson[]
  /** The proposed tags: `text` is exactly the sentence or span tagged; `speaker` null if unsure. */
  suggestions: {
    id: string
    articleId: string
    kind: SuggestedKind
    text: string
    speaker: string | null
    reason: string
  }[]
}

/**
 * The parts of a story analysis that `factmark story --json` prints, in that shape. An analysis
 * without roles (older callers) prints an empty list.
 */
export function storyJson(analysis: StoryAnalysis): StoryJson {
  // Analyses made before roles were compared (cached, or built by hand) carry none.
  const roles = analysis.roles ?? []
  return {
    quotes: analysis.quotes.map((cluster) => ({
      text: cluster.text,
      occurrences: cluster.occurrences.map(({ articleId, text, speaker }) => ({
        articleId,
        text,
        speaker,
      })),
    })),
    numbers: analysis.numbers.map((topic) => ({
      about: topic.about,
      values: topic.values.map(({ articleId, value, text }) => ({ articleId, value, text })),
      conflict: topic.conflict,
    })),
    roles: roles.map(({ person, conflict, values }) => ({
      person,
      conflict,
      values: values.map(({ articleId, text, role }) => ({ articleId, text, role })),
    })),
    suggestions: analysis.suggestions.map((suggestion) => ({
      id: suggestion.id,
      articleId: suggestion.articleId,
      kind: suggestion.kind,
      text: suggestion.target.quote.exact,
      speaker: suggestion.speaker ?? null,
      reason: suggestion.reason,
    })),
  }
}
