import { useEffect, useState } from 'react'
import type { Article, ArticleMeta } from '../../shared/model/article'
import { getApi, unwrap } from '../api'
import { ArticleEditor } from '../editor/ArticleEditor'
import { MetaForm } from './MetaForm'

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  id: string
  onBack: () => void
  onMetaSaved: (meta: ArticleMeta) => void
}

/** One open article: its editable metadata and its text in the editor. */
export function ArticleView({ id, onBack, onMetaSaved }: ArticleViewProps) {
  const [article, setArticle] = useState<Article | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setArticle(null)
    setError(null)
    unwrap(getApi().openArticle({ id })).then(
      (loaded) => current && setArticle(loaded),
      (failure: Error) => current && setError(failure.message),
    )
    return () => {
      current = false
    }
  }, [id])

  if (error) {
    return (
      <div className="article-error" role="alert">
        <p>{error}</p>
        <button type="button" className="button" onClick={onBack}>
          Back to the library
        </button>
      </div>
    )
  }
  if (!article) return <p className="loading">Opening the article…</p>

  return (
    <article className="article-view" aria-label={article.title}>
      <MetaForm
        article={article}
        onSaved={(meta) => {
          setArticle((current) => (current ? { ...current, ...meta } : current))
          onMetaSaved(meta)
        }}
      />
      <ArticleEditor body={article.body} />
    </article>
  )
}
