import { useCallback, useEffect, useRef, useState } from 'react'
import type { Notice } from '../../../shared/model/notice'
import type { ArticleMeta } from '../../../shared/model/article'
import type { StoryList } from '../../../shared/story/story-view'
import { useAppState, useServices } from '../../app/service-context'
import type { StoryTarget } from '../../app/store/modules/story'
import './story-view.css'

/** Props of {@link StoriesSection}. */
export interface StoriesSectionProps {
  articles: ArticleMeta[] | null
  /** Opens the story view of a saved story. */
  onOpenStory: (target: StoryTarget) => void
  /** Messages for the editor (a damaged stories file, a failed save). */
  onNotices: (notices: Notice[]) => void
}

function nameFor(articles: readonly ArticleMeta[], ids: readonly string[]): string {
  const first = articles.find((article) => article.id === ids[0])
  const title = first?.title ?? 'Story'
  const short = title.length > 60 ? `${title.slice(0, 59)}…` : title
  return `${short} (${ids.length} articles)`
}

/**
 * The library's stories, below the article table: saved stories to open or delete, groups of
 * articles that look like the same story (from shared names and phrases) to compare, and a way to
 * pick articles by hand and compare them as a story.
 */
export function StoriesSection({ articles, onOpenStory, onNotices }: StoriesSectionProps) {
  const { story: stories } = useServices()
  /** Changes when the menu asks for the stories (Review > Story View…): the section is focused. */
  const focusSignal = useAppState((state) => state.story.focusSignal)
  const [list, setList] = useState<StoryList | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  const refresh = useCallback(async () => {
    try {
      const next = await stories.list()
      setList(next)
      onNotices(next.notices)
    } catch (error) {
      onNotices([{ level: 'error', message: (error as Error).message }])
    }
  }, [onNotices, stories])

  useEffect(() => {
    void refresh()
  }, [refresh, articles])

  useEffect(() => {
    if (focusSignal === 0) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
  }, [focusSignal])

  const titleOf = (id: string) => articles?.find((article) => article.id === id)?.title ?? id
  const known = new Set((articles ?? []).map((article) => article.id))

  const create = async (ids: string[]) => {
    if (!articles || busy) return
    setBusy(true)
    try {
      const story = await stories.create(nameFor(articles, ids), ids)
      setChosen([])
      onOpenStory({ storyId: story.id, name: story.name, articleIds: story.articleIds })
    } catch (error) {
      onNotices([{ level: 'error', message: (error as Error).message }])
    } finally {
      setBusy(false)
    }
  }

  const remove = async (id: string) => {
    try {
      await stories.delete(id)
      await refresh()
    } catch (error) {
      onNotices([{ level: 'error', message: (error as Error).message }])
    }
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)))

  return (
    <section className="stories" aria-labelledby="stories-heading">
      <h2 id="stories-heading" ref={heading} tabIndex={-1}>
        Stories
      </h2>
      <p className="muted">
        Compare how several outlets told the same story: their quotes, their figures, and the tags
        Factmark suggests.
      </p>
      {list && list.stories.length > 0 && <h3>Saved stories</h3>}
      {list && list.stories.length > 0 && (
        <ul className="stories-list" aria-label="Saved stories">
          {list.stories
            .filter((story) => story.articleIds.every((id) => known.has(id)))
            .map((story) => (
              <li key={story.id} className="stories-item" data-story-id={story.id}>
                <button
                  type="button"
                  className="article-link"
                  onClick={() =>
                    onOpenStory({
                      storyId: story.id,
                      name: story.name,
                      articleIds: story.articleIds,
                    })
                  }
                >
                  {story.name}
                </button>
                <span className="muted">{story.articleIds.length} articles</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void remove(story.id)}
                  aria-label={`Delete the story ${story.name}`}
                >
                  Delete
                </button>
              </li>
            ))}
        </ul>
      )}
      {list && list.suggested.length > 0 && (
        <div className="stories-suggested">
          <h3>Suggested stories</h3>
          <ul className="stories-list" aria-label="Suggested stories">
            {list.suggested.map((candidate) => (
              <li key={candidate.articleIds.join()} className="stories-item stories-suggestion">
                <div className="stories-suggestion-text">
                  <span>
                    {candidate.articleIds.length} articles that share{' '}
                    {candidate.sharedNames.slice(0, 5).join(', ') || 'phrases'}
                  </span>
                  <span className="muted stories-titles">
                    {candidate.articleIds.map(titleOf).join(' · ')}
                  </span>
                </div>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void create(candidate.articleIds)}
                >
                  Compare these {candidate.articleIds.length}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {articles && articles.length > 1 && (
        <fieldset className="stories-choose">
          <legend>Choose articles to compare</legend>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(article.id)}
                    onChange={(event) => toggle(article.id, event.target.checked)}
                  />{' '}
                  {article.title}
                  {article.outlet && <span className="muted"> · {article.outlet}</span>}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button primary"
            disabled={chosen.length < 2 || busy}
            onClick={() => void create(chosen)}
          >
            Compare as story
          </button>
          {chosen.length < 2 && <span className="muted"> Choose two articles or more.</span>}
        </fieldset>
      )}
    </section>
  )
}
