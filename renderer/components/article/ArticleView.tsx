import { useEffect, useState } from 'react'
import { useAppState, useServices } from '../../app/service-context'
import type { LoadedArticle } from '../../app/services/article-session'
import { articleById } from '../../app/store/modules/library'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { DetailsLine } from './DetailsLine'
import { TagWorkspace } from './TagWorkspace'

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  id: string
  onBack: () => void
}

/** Whether the text has a first-level heading of its own (the headline, mostly). */
function hasTopHeading(body: DocNodeJson): boolean {
  return (body.content ?? []).some(
    (block) => block.type === 'heading' && Number(block.attrs?.level ?? 1) === 1,
  )
}

/** The details this view edits, which are newer here than in the library's copy. */
function pickMeta(article: LoadedArticle['article']) {
  return {
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    reviewedAt: article.reviewedAt,
  }
}

/**
 * One open article: its details folded into one line, then its text in the editor (with the title
 * as its heading when the text has none of its own).
 */
export function ArticleView({ id, onBack }: ArticleViewProps) {
  const { article: session } = useServices()
  const [loaded, setLoaded] = useState<LoadedArticle | null>(null)
  const [error, setError] = useState<string | null>(null)
  // The library's copy follows the tags as they are saved (its count makes the status).
  const listed = useAppState((state) => articleById(state.library, id))

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
      <DetailsLine
        article={listed ? { ...listed, ...pickMeta(article) } : article}
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
        heading={hasTopHeading(article.body) ? null : article.title}
      />
    </article>
  )
}
