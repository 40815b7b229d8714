import { useEffect, useState } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import { useServices } from '../../app/service-context'
import { formatDate } from './format'

/** How many recent articles the strip shows. */
export const RECENT_SHOWN = 5

/** Props of {@link RecentStrip}. */
export interface RecentStripProps {
  /** The library's articles (recent ids not among them, deleted ones, are left out). */
  articles: readonly ArticleMeta[]
  onOpen: (id: string) => void
}

/**
 * The articles opened last (the settings' recent list, as File > Open Recent has it), newest
 * first, up to {@link RECENT_SHOWN}, as buttons that open them. Nothing when there are none.
 */
export function RecentStrip({ articles, onOpen }: RecentStripProps) {
  const { library } = useServices()
  const [recent, setRecent] = useState<string[]>([])
  useEffect(() => {
    let live = true
    library.recent().then(
      (ids) => live && setRecent(ids),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [articles, library])
  const byId = new Map(articles.map((meta) => [meta.id, meta]))
  const shown = recent.flatMap((id) => byId.get(id) ?? []).slice(0, RECENT_SHOWN)
  if (shown.length === 0) return null
  return (
    <section className="recent-strip" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent</h2>
      <ol>
        {shown.map((meta) => (
          <li key={meta.id}>
            <button
              type="button"
              className="recent-card"
              data-article-id={meta.id}
              onClick={() => onOpen(meta.id)}
            >
              <span className="recent-title">{meta.title}</span>
              <span className="recent-meta">
                {[meta.outlet, meta.published ? formatDate(meta.published) : '']
                  .filter(Boolean)
                  .join(' · ') || 'No outlet or date'}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
