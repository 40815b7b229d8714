import { useState } from 'react'
import { formatFigure } from '../../../shared/story/figure-value'
import type { NumberTopic } from '../../../shared/story/number-topics'
import type { StoryArticleSummary } from '../../../shared/story/story-analysis'

/** Props of {@link StoryNumbers}. */
export interface StoryNumbersProps {
  numbers: readonly NumberTopic[]
  articles: readonly StoryArticleSummary[]
  letters: ReadonlyMap<string, string>
}

/**
 * The Numbers section: a matrix of what is counted (rows) by article (columns), each cell the
 * article's figures normalised ("≥ 21") with its words; a row whose figures cannot all be true is
 * marked "Conflict" in words and with an icon, and each conflicting figure names the articles it
 * contradicts. Topics only one article gives a figure on are behind a toggle.
 */
export function StoryNumbers({ numbers, articles, letters }: StoryNumbersProps) {
  const [showSingles, setShowSingles] = useState(false)
  const shared = numbers.filter((topic) => topic.articleCount > 1)
  const singles = numbers.length - shared.length
  const shown = showSingles ? numbers : shared
  const conflicts = numbers.filter((topic) => topic.conflict).length
  return (
    <section className="story-section" aria-labelledby="story-numbers-heading">
      <div className="story-section-head">
        <h2 id="story-numbers-heading">Numbers</h2>
        <span className="muted">
          {conflicts} conflict{conflicts === 1 ? '' : 's'} · {shared.length} figure
          {shared.length === 1 ? '' : 's'} given by several articles
        </span>
        {singles > 0 && (
          <button type="button" className="link-button" onClick={() => setShowSingles((on) => !on)}>
            {showSingles
              ? 'Hide figures found in one article'
              : `Show figures found in one article (${singles})`}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="empty">No figure is given by more than one article.</p>
      ) : (
        <div className="story-matrix-wrap">
          <table className="story-matrix">
            <thead>
              <tr>
                <th scope="col">What is counted</th>
                {articles.map((article) => (
                  <th key={article.id} scope="col" title={article.title}>
                    <span className="story-letter">{letters.get(article.id)}</span>
                    <span className="visually-hidden"> {article.title}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((topic) => (
                <tr
                  key={topic.topic}
                  className={topic.conflict ? 'is-conflict' : undefined}
                  data-topic={topic.about}
                >
                  <th scope="row">
                    {topic.about}
                    {topic.conflict && (
                      <span className="story-conflict-badge">
                        <span aria-hidden="true">⚠ </span>Conflict
                      </span>
                    )}
                  </th>
                  {articles.map((article) => {
                    const values = topic.values.filter((value) => value.articleId === article.id)
                    return (
                      <td key={article.id}>
                        {values.length === 0 ? (
                          <span className="muted" aria-label="no figure">
                            –
                          </span>
                        ) : (
                          values.map((value) => (
                            <div
                              key={value.start}
                              className={`story-figure${value.conflictsWith.length > 0 ? ' is-conflict' : ''}`}
                            >
                              <strong>{formatFigure(value.value)}</strong>
                              <span className="story-figure-text">“{value.text}”</span>
                              {value.conflictsWith.length > 0 && (
                                <span className="story-figure-conflict">
                                  <span aria-hidden="true">⚠ </span>
                                  conflicts with{' '}
                                  {value.conflictsWith
                                    .map((id) => letters.get(id) ?? id)
                                    .join(', ')}
                                </span>
                              )}
                            </div>
                          ))
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
