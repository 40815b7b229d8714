import type { FigureValue } from './figure-value'
import type { StoryAnalysis } from './story-analysis'

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
}

/** The parts of a story analysis that `factmark story --json` prints, in that shape. */
export function storyJson(analysis: StoryAnalysis): StoryJson {
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
  }
}
