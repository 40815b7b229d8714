import { formatFigure } from '../../../shared/story/figure-value'
import type { NumberTopic, TopicValue } from '../../../shared/story/number-topics'
import type { StoryArticleSummary } from '../../../shared/story/story-analysis'

/** Props of {@link StoryFigurePassages}. */
export interface StoryFigurePassagesProps {
  topic: NumberTopic
  articles: readonly StoryArticleSummary[]
  letters: ReadonlyMap<string, string>
}

/** The passage with the figure's own words marked, when the passage holds them. */
function markedPassage(value: TopicValue) {
  const at = value.passage.indexOf(value.text)
  if (at < 0) return <>“{value.passage}”</>
  return (
    <>
      “{value.passage.slice(0, at)}
      <mark>{value.text}</mark>
      {value.passage.slice(at + value.text.length)}”
    </>
  )
}

/**
 * The passages of a figure whose values differ between articles but that is not a sure conflict
 * (no value has a `disputedBy`: the figures may be two counters' or two moments' counts), side by
 * side: one column per figure, its article's letter and outlet above the value and the sentence
 * it stands in, with the figure's words marked. It says plainly that the values differ and why
 * that is not called a conflict, and suggests nothing.
 */
export function StoryFigurePassages({ topic, articles, letters }: StoryFigurePassagesProps) {
  const byId = new Map(articles.map((article) => [article.id, article]))
  return (
    <div className="story-figure-passages">
      <p className="story-figure-passages-note">
        The values differ, but they may be counted by different sources or at different times:
        compare the passages before marking anything.
      </p>
      <ul className="story-figure-passage-list" aria-label={`Passages on ${topic.about}`}>
        {topic.values.map((value) => {
          const article = byId.get(value.articleId)
          const letter = letters.get(value.articleId) ?? value.articleId
          return (
            <li key={`${value.articleId}:${value.start}`} className="story-figure-passage">
              <div className="story-column-head" title={article?.title}>
                <span className="story-letter" aria-hidden="true">
                  {letter}
                </span>
                <span className="visually-hidden">Article {letter}: </span>
                <span className="story-column-title">
                  {article?.outlet || article?.title || value.articleId}
                </span>
              </div>
              <strong className="story-figure-passage-value">{formatFigure(value.value)}</strong>
              <blockquote className="story-figure-passage-text">{markedPassage(value)}</blockquote>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
