import { extractFigures } from '../../../shared/story/figures'
import { compareFigures, type NumberTopic } from '../../../shared/story/number-topics'
import { storyArticleFromText } from '../../../shared/story/story-article'

/** The figures of a made-up article of one text (id "a"). */
export function figuresOfText(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return extractFigures(article.text, article.sentences)
}

/** Compares the figures of made-up articles, one text each, ids a, b, c, … */
export function compareTexts(...texts: string[]): NumberTopic[] {
  return compareFigures(
    texts.map((text, index) => {
      const article = storyArticleFromText({ id: String.fromCharCode(97 + index) }, text)
      return { id: article.id, figures: extractFigures(article.text, article.sentences) }
    }),
  )
}

/** What the topics in conflict across made-up articles measure, one text each. */
export function conflictingTopics(...texts: string[]): string[] {
  return compareTexts(...texts)
    .filter((topic) => topic.conflict)
    .map((topic) => topic.about)
}
