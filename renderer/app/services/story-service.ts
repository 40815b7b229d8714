import type { Api } from '../../../shared/ipc/contract'
import type { StoryView } from '../../../shared/story/story-view'
import type { TagSuggestion } from '../../../shared/story/tag-suggestions'
import { unwrap } from '../../api'
import type { StoryTarget } from '../store/modules/story'
import type { AppStore } from '../store/app-store'
import type { ArticleSession } from './article-session'
import type { LibraryService } from './library-service'

/** Stories: the saved ones, the story view of several articles, and its suggested tags. */
export class StoryService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly session: ArticleSession,
    private readonly library: LibraryService,
  ) {}

  /** The saved stories, and groups of articles that look like the same story. */
  list() {
    return unwrap(this.api.listStories())
  }

  /** Saves a new story of these articles. */
  create(name: string, articleIds: string[]) {
    return unwrap(this.api.saveStory({ id: null, name, articleIds }))
  }

  /** Deletes a story; its articles stay. */
  delete(id: string): Promise<void> {
    return unwrap(this.api.deleteStory({ id }))
  }

  /** Shows a story instead of the library (after saving the open article), or none. */
  async show(target: StoryTarget | null): Promise<void> {
    await this.session.flush()
    this.store.actions.story.shown(target)
  }

  /** How the story's articles told it, over their saved tags. */
  async view(target: StoryTarget): Promise<StoryView> {
    await this.session.flush()
    return unwrap(this.api.storyView({ articleIds: target.articleIds, storyId: target.storyId }))
  }

  /** Makes a suggestion a tag by the acting editor; the library's counts follow. */
  async accept(target: StoryTarget, suggestion: TagSuggestion): Promise<void> {
    await unwrap(
      this.api.acceptSuggestion({
        articleIds: target.articleIds,
        articleId: suggestion.articleId,
        suggestionId: suggestion.id,
      }),
    )
    void this.library.refresh()
  }

  /** Dismisses a suggestion; the story remembers it. */
  async dismiss(target: StoryTarget, suggestion: TagSuggestion): Promise<void> {
    await unwrap(
      this.api.dismissSuggestion({
        storyId: target.storyId,
        articleId: suggestion.articleId,
        suggestionId: suggestion.id,
      }),
    )
  }
}
