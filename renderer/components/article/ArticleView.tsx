import { useEffect, useState } from 'react'
import { useServices } from '../../app/service-context'
import type { LoadedArticle } from '../../app/services/article-session'
import { MetaForm } from './MetaForm'
import { TagWorkspace } from './TagWorkspace'

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  id: string
  onBack: () => void
}

/** One open article: its editable metadata and its text in the editor. */
export function ArticleView({ id, onBack }: ArticleViewProps) {
  const { article: session } = useServices()
  const [loaded, setLoaded] = useState<LoadedArticle | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setLoaded(null)
    setError(null)
    session.load(id).then(
      (found) => current && setLoaded(found),
      (failure: Error) => current && setError(failure.message),
    )
    return () => {
      current = false
    }
  }, [id, session])

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
  if (!loaded) return <p className="loading">Opening the article…</p>
  const { article } = loaded

  return (
    <article className="article-view" aria-label={article.title}>
      <MetaForm
        article={article}
        onSaved={(meta) =>
          setLoaded((current) =>
            current ? { ...current, article: { ...current.article, ...meta } } : current,
          )
        }
      />
      <TagWorkspace
        article={article}
        editor={loaded.editor}
        tags={loaded.tags}
        others={loaded.others}
        reviews={loaded.reviews}
      />
    </article>
  )
}
