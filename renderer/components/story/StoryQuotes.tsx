import { useState } from 'react'
import type { QuoteCluster } from '../../../shared/story/quote-clusters'
import type { StoryArticleSummary } from '../../../shared/story/story-analysis'

/** Props of {@link StoryQuotes}. */
export interface StoryQuotesProps {
  quotes: readonly QuoteCluster[]
  articles: readonly StoryArticleSummary[]
  letters: ReadonlyMap<string, string>
}

/**
 * The Quotes section of the story view: each quotation with its versions side by side, one column
 * per article that quotes it, each version's words compared with the reference version (added
 * words underlined, missing ones struck through, not by colour alone) and the speaker the article
 * names. Quotes that only one article has are behind a toggle.
 */
export function StoryQuotes({ quotes, articles, letters }: StoryQuotesProps) {
  const [showSingles, setShowSingles] = useState(false)
  const shared = quotes.filter((cluster) => cluster.articleCount > 1)
  const singles = quotes.length - shared.length
  const shown = showSingles ? quotes : shared
  return (
    <section className="story-section" aria-labelledby="story-quotes-heading">
      <div className="story-section-head">
        <h2 id="story-quotes-heading">Quotes</h2>
        <span className="muted">
          {shared.length} quoted by several articles
          {singles > 0 ? `, ${singles} by one` : ''}
        </span>
        {singles > 0 && (
          <button type="button" className="link-button" onClick={() => setShowSingles((on) => !on)}>
            {showSingles ? 'Hide quotes found in one article' : 'Show quotes found in one article'}
          </button>
        )}
      </div>
      <p className="story-legend muted">
        Each version is compared with the one in the heading (the wording most articles use):{' '}
        <ins className="story-diff-added">added words</ins>,{' '}
        <del className="story-diff-removed">missing words</del>.
      </p>
      {shown.length === 0 && (
        <p className="empty">No quotation appears in more than one article.</p>
      )}
      <ol className="story-quotes">
        {shown.map((cluster) => {
          const columns = articles.filter((article) =>
            cluster.occurrences.some((occurrence) => occurrence.articleId === article.id),
          )
          return (
            <li key={cluster.id} className="story-quote" data-quote-id={cluster.id}>
              <h3 className="story-quote-title">
                “{cluster.text}”
                <span className="story-count">
                  {cluster.articleCount} article{cluster.articleCount === 1 ? '' : 's'}
                </span>
              </h3>
              <div className="story-versions">
                {columns.map((article) => (
                  <div key={article.id} className="story-version-column">
                    <div className="story-column-head" title={article.title}>
                      <span className="story-letter" aria-hidden="true">
                        {letters.get(article.id)}
                      </span>
                      <span className="story-column-title">{article.outlet || article.title}</span>
                    </div>
                    {cluster.occurrences
                      .filter((occurrence) => occurrence.articleId === article.id)
                      .map((occurrence) => (
                        <figure key={occurrence.start} className="story-version">
                          <blockquote>
                            {occurrence.diff.map((part, index) =>
                              part.change === 'added' ? (
                                <ins key={index} className="story-diff-added">
                                  {part.text}
                                </ins>
                              ) : part.change === 'removed' ? (
                                <del key={index} className="story-diff-removed">
                                  {part.text}
                                </del>
                              ) : (
                                <span key={index}>{part.text}</span>
                              ),
                            )}
                          </blockquote>
                          <figcaption className="story-speaker">
                            {occurrence.speaker ? (
                              <>— {occurrence.speaker}</>
                            ) : (
                              <span className="muted">No speaker named</span>
                            )}
                          </figcaption>
                        </figure>
                      ))}
                  </div>
                ))}
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
