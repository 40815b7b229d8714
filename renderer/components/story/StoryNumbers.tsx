import { Fragment, useState } from 'react'
import { formatFigure } from '../../../shared/story/figure-value'
import { differsFrom, type NumberTopic } from '../../../shared/story/number-topics'
import type { StoryArticleSummary } from '../../../shared/story/story-analysis'
import { StoryFigurePassages } from './StoryFigurePassages'

/** Props of {@link StoryNumbers}. */
export interface StoryNumbersProps {
  numbers: readonly NumberTopic[]
  articles: readonly StoryArticleSummary[]
  letters: ReadonlyMap<string, string>
}

/**
 * How a row's figures stand: a sure conflict (some figure is surely contradicted: same quantity,
 * scope and time, its `disputedBy`), values that differ but may be two counters' or two moments'
 * (a `conflictsWith` and no `disputedBy`), or agreement.
 */
export function topicStanding(topic: NumberTopic): 'conflict' | 'differ' | 'agree' {
  if (topic.values.some((value) => value.disputedBy.length > 0)) return 'conflict'
  return topic.conflict ? 'differ' : 'agree'
}

/**
 * The Numbers section: a matrix of what is counted (rows) by article (columns), each cell the
 * article's figures normalised ("≥ 21") with its words. A row with a sure conflict is marked
 * "Conflict" in words and with an icon, and each contradicted figure names the articles it
 * conflicts with. A row whose values differ but may be two counters' or two moments' counts is
 * marked plainly "Values differ", with no warning, and the articles' passages shown side by side
 * under it. Sure conflicts come first, then values that differ. Topics only one article gives a
 * figure on are behind a toggle.
 */
export function StoryNumbers({ numbers, articles, letters }: StoryNumbersProps) {
  const [showSingles, setShowSingles] = useState(false)
  const shared = numbers.filter((topic) => topic.articleCount > 1)
  const singles = numbers.length - shared.length
  // Sure conflicts first, then values that differ, then agreement (a stable sort: the
  // analysis's order within each).
  const rank = { conflict: 0, differ: 1, agree: 2 } as const
  const shown = [...(showSingles ? numbers : shared)].sort(
    (left, right) => rank[topicStanding(left)] - rank[topicStanding(right)],
  )
  const conflicts = numbers.filter((topic) => topicStanding(topic) === 'conflict').length
  const differ = numbers.filter((topic) => topicStanding(topic) === 'differ').length
  return (
    <section className="story-section" aria-labelledby="story-numbers-heading">
      <div className="story-section-head">
        <h2 id="story-numbers-heading">Numbers</h2>
        <span className="muted">
          {conflicts} conflict{conflicts === 1 ? '' : 's'} ·{' '}
          {differ > 0 && `${differ} with values that differ · `}
          {shared.length} figure
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
              {shown.map((topic) => {
                const standing = topicStanding(topic)
                return (
                  <Fragment key={topic.topic}>
                    <tr
                      className={standing === 'agree' ? undefined : `is-${standing}`}
                      data-topic={topic.about}
                    >
                      <th scope="row">
                        {topic.about}
                        {standing === 'conflict' && (
                          <span className="story-conflict-badge">
                            <span aria-hidden="true">⚠ </span>Conflict
                          </span>
                        )}
                        {standing === 'differ' && (
                          <span className="story-differ-badge">Values differ</span>
                        )}
                      </th>
                      {articles.map((article) => {
                        const values = topic.values.filter(
                          (value) => value.articleId === article.id,
                        )
                        return (
                          <td key={article.id}>
                            {values.length === 0 ? (
                              <span className="muted" aria-label="no figure">
                                –
                              </span>
                            ) : (
                              values.map((value) => {
                                const differs = differsFrom(value)
                                const names = (ids: readonly string[]) =>
                                  ids.map((id) => letters.get(id) ?? id).join(', ')
                                return (
                                  <div
                                    key={value.start}
                                    className={`story-figure${value.disputedBy.length > 0 ? ' is-conflict' : differs.length > 0 ? ' is-differ' : ''}`}
                                  >
                                    <strong>{formatFigure(value.value)}</strong>
                                    <span className="story-figure-text">“{value.text}”</span>
                                    {value.disputedBy.length > 0 && (
                                      <span className="story-figure-conflict">
                                        <span aria-hidden="true">⚠ </span>
                                        conflicts with {names(value.disputedBy)}
                                      </span>
                                    )}
                                    {differs.length > 0 && (
                                      <span className="story-figure-differ">
                                        differs from {names(differs)}
                                      </span>
                                    )}
                                  </div>
                                )
                              })
                            )}
                          </td>
                        )
                      })}
                    </tr>
                    {standing === 'differ' && (
                      <tr className="story-passages-row" data-passages-of={topic.about}>
                        <td colSpan={articles.length + 1}>
                          <StoryFigurePassages
                            topic={topic}
                            articles={articles}
                            letters={letters}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
