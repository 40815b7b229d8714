import { randomUUID } from 'node:crypto'
import { FactmarkError } from '../../../shared/ipc/result'
import { annotationSchema, type Annotation } from '../../../shared/model/annotation'
import { analyzeStory, type StoryAnalysis } from '../../../shared/story/story-analysis'
import type { Story } from '../../../shared/story/story-record'
import { suggestStories, type StoryCandidate } from '../../../shared/story/story-similarity'
import type { StoryList, StoryView } from '../../../shared/story/story-view'
import type { TagSuggestion } from '../../../shared/story/tag-suggestions'
import type { LibraryStore } from '../store/library-store'
import type { SettingsStore } from '../store/settings-store'
import { storyInput } from './story-input'
import { StoryStore } from './story-store'

/** How many of the library's newest articles are looked at for suggested stories. */
export const SUGGESTION_POOL = 200

/** How many analyses are kept for articles that have not changed since. */
const CACHE_SIZE = 8

/** The story features of the main process, over the library and its stories file. */
export interface StoryService {
  list(): Promise<StoryList>
  save(request: { id: string | null; name: string; articleIds: string[] }): Promise<Story>
  delete(id: string): Promise<void>
  view(articleIds: readonly string[], storyId: string | null): Promise<StoryView>
  /** The saved story of exactly these articles (in any order), or null. */
  find(articleIds: readonly string[]): Promise<Story | null>
  accept(
    articleIds: readonly string[],
    articleId: string,
    suggestionId: string,
  ): Promise<Annotation>
  dismiss(storyId: string, articleId: string, suggestionId: string): Promise<Story>
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/** The ordinary tag an accepted suggestion becomes, by `author`. */
export function tagFromSuggestion(
  suggestion: TagSuggestion,
  author: Annotation['author'],
  now: string,
): Annotation {
  const tag: Annotation = {
    id: randomUUID(),
    articleId: suggestion.articleId,
    author,
    kind: suggestion.kind,
    target: suggestion.target,
    note: suggestion.kind === 'disputed' ? '' : clip(`Story view: ${suggestion.reason}`, 20_000),
    created: now,
    modified: now,
  }
  if (suggestion.kind === 'quote' && suggestion.speaker) tag.speaker = clip(suggestion.speaker, 200)
  if (suggestion.kind === 'disputed') {
    tag.reason = clip(suggestion.reason, 5_000)
    tag.evidence = suggestion.evidence.slice(0, 20)
  }
  const checked = annotationSchema.safeParse(tag)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new FactmarkError(
      'internal',
      `The suggested tag is not valid: ${issue?.path.join('.')} ${issue?.message}`,
    )
  }
  return checked.data
}

/**
 * The story features over a library: saved stories (in `stories.json`, opened on first use),
 * suggested stories, the story view of a list of articles, and accepting (an ordinary tag by the
 * acting editor, saved through the store's `saveWork`) or dismissing a suggestion (remembered in
 * the story). Analyses are cached while the articles and the editor's tags are unchanged.
 */
export function createStoryService(store: LibraryStore, settings: SettingsStore): StoryService {
  let opening: Promise<StoryStore> | null = null
  const stories = (): Promise<StoryStore> => {
    opening ??= StoryStore.open(store.dataDir)
    opening.catch(() => {
      opening = null
    })
    return opening
  }
  const cache = new Map<string, StoryAnalysis>()
  let suggestedCache: { key: string; value: StoryCandidate[] } | null = null

  const analysisOf = async (articleIds: readonly string[]): Promise<StoryAnalysis> => {
    const editorId = settings.editor.id
    const key = [
      editorId,
      ...articleIds.map((id) => {
        const meta = store.meta(id)
        return `${id}:${meta.textHash}:${meta.updatedAt}:${meta.tagCount}`
      }),
    ].join('|')
    const cached = cache.get(key)
    if (cached) return cached
    const input = await storyInput(store, articleIds, editorId)
    const analysis = analyzeStory(input.articles, input.tagged)
    cache.set(key, analysis)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    return analysis
  }

  return {
    async list() {
      const storyStore = await stories()
      const saved = storyStore.list()
      const pool = store.list().slice(0, SUGGESTION_POOL)
      const key = pool.map((meta) => `${meta.id}:${meta.textHash}`).join('|')
      if (suggestedCache?.key !== key) {
        const { articles } = await storyInput(
          store,
          pool.map((meta) => meta.id),
          null,
        )
        suggestedCache = { key, value: suggestStories(articles) }
      }
      const savedSets = new Set(saved.map((story) => [...story.articleIds].sort().join()))
      return {
        notices: storyStore.takeNotices(),
        stories: saved,
        suggested: suggestedCache.value.filter(
          (candidate) => !savedSets.has([...candidate.articleIds].sort().join()),
        ),
      }
    },
    async save(request) {
      request.articleIds.forEach((id) => store.meta(id))
      return (await stories()).save(request)
    },
    async delete(id) {
      await (await stories()).delete(id)
    },
    async view(articleIds, storyId) {
      const story = storyId ? (await stories()).get(storyId) : null
      const analysis = await analysisOf(articleIds)
      const dismissed = new Set(story?.dismissed ?? [])
      const suggestions = analysis.suggestions.filter(
        (suggestion) => !dismissed.has(`${suggestion.articleId}:${suggestion.id}`),
      )
      return {
        ...analysis,
        suggestions,
        story,
        dismissedCount: analysis.suggestions.length - suggestions.length,
      }
    },
    async find(articleIds) {
      const wanted = [...articleIds].sort().join()
      const saved = (await stories()).list()
      return saved.find((story) => [...story.articleIds].sort().join() === wanted) ?? null
    },
    async accept(articleIds, articleId, suggestionId) {
      if (!articleIds.includes(articleId)) {
        throw new FactmarkError('invalid-argument', 'That article is not in the story.')
      }
      const analysis = await analysisOf(articleIds)
      const suggestion = analysis.suggestions.find(
        (candidate) => candidate.articleId === articleId && candidate.id === suggestionId,
      )
      if (!suggestion) {
        throw new FactmarkError(
          'not-found',
          'That suggestion no longer applies: the article or its tags changed. Reload the story.',
        )
      }
      const editor = settings.editor
      const tag = tagFromSuggestion(suggestion, editor, new Date().toISOString())
      const mine = (await store.tags(articleId)).filter((other) => other.author.id === editor.id)
      await store.saveWork(articleId, { tags: [...mine, tag] }, editor)
      return tag
    },
    async dismiss(storyId, articleId, suggestionId) {
      const story = await (await stories()).dismiss(storyId, `${articleId}:${suggestionId}`)
      return story
    },
  }
}
