import { useEffect, useState } from 'react'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import type { Article, ArticleMeta } from '../../shared/model/article'
import type { Review } from '../../shared/model/review'
import { getApi, unwrap } from '../api'
import { MetaForm } from './MetaForm'
import { TagWorkspace } from './TagWorkspace'

interface Loaded {
  article: Article
  editor: EditorRef
  tags: Annotation[]
  /** Other editors' tags, compared in review mode. */
  others: Annotation[]
  reviews: Review[]
}

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  id: string
  onBack: () => void
  onMetaSaved: (meta: ArticleMeta) => void
}

/** One open article: its editable metadata and its text in the editor. */
export function ArticleView({ id, onBack, onMetaSaved }: ArticleViewProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setLoaded(null)
    setError(null)
    const api = getApi()
    Promise.all([
      unwrap(api.openArticle({ id })),
      unwrap(api.getEditor()),
      unwrap(api.listTags({ articleId: id })),
      unwrap(api.listReviews({ articleId: id })),
    ]).then(
      ([article, editor, tags, reviews]) =>
        current &&
        setLoaded({
          article,
          editor,
          tags: tags.filter((tag) => tag.author.id === editor.id),
          others: tags.filter((tag) => tag.author.id !== editor.id),
          reviews,
        }),
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
  if (!loaded) return <p className="loading">Opening the article…</p>
  const { article } = loaded

  return (
    <article className="article-view" aria-label={article.title}>
      <MetaForm
        article={article}
        onSaved={(meta) => {
          setLoaded((current) =>
            current ? { ...current, article: { ...current.article, ...meta } } : current,
          )
          onMetaSaved(meta)
        }}
      />
      <TagWorkspace
        article={article}
        editor={loaded.editor}
        tags={loaded.tags}
        others={loaded.others}
        reviews={loaded.reviews}
        onSaved={onMetaSaved}
      />
    </article>
  )
}
