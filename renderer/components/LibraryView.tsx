import type { ArticleMeta } from '../../shared/model/article'
import { formatDate } from './format'

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  articles: ArticleMeta[] | null
  onOpen: (id: string) => void
  onImport: () => void
}

/** The library: every article with its title, outlet, date and sentence count. */
export function LibraryView({ articles, onOpen, onImport }: LibraryViewProps) {
  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="library-head">
        <h1 id="library-heading">Library</h1>
        <span className="library-count">
          {articles ? `${articles.length} article${articles.length === 1 ? '' : 's'}` : 'Loading…'}
        </span>
        <button type="button" className="button primary" onClick={onImport}>
          Import articles…
        </button>
      </div>
      {articles && articles.length === 0 && (
        <p className="empty">
          The library is empty. Import .txt or .md articles with <kbd>Ctrl</kbd>+<kbd>O</kbd>.
        </p>
      )}
      {articles && articles.length > 0 && (
        <table className="library-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col" className="numeric">
                Sentences
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} data-article-id={article.id}>
                <th scope="row">
                  <button type="button" className="article-link" onClick={() => onOpen(article.id)}>
                    {article.title}
                  </button>
                </th>
                <td className={article.outlet ? '' : 'muted'}>{article.outlet || '—'}</td>
                <td>
                  {article.published ? (
                    formatDate(article.published)
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="numeric">{article.sentenceCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
