import type { Handlers } from '../../../shared/ipc/contract'
import type { LibraryStore } from '../store/library-store'
import type { SettingsStore } from '../store/settings-store'
import { createStoryService } from './story-service'

/** The story channels, whose payloads `dispatch` has already validated. */
export type StoryHandlers = Pick<
  Handlers,
  | 'listStories'
  | 'saveStory'
  | 'deleteStory'
  | 'storyView'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
>

/** The handlers of the story view's channels, over the library and its `stories.json`. */
export function storyHandlers(store: LibraryStore, settings: SettingsStore): StoryHandlers {
  const service = createStoryService(store, settings)
  return {
    listStories: () => service.list(),
    saveStory: (request) => service.save(request),
    deleteStory: ({ id }) => service.delete(id),
    storyView: ({ articleIds, storyId }) => service.view(articleIds, storyId),
    acceptSuggestion: ({ articleIds, articleId, suggestionId }) =>
      service.accept(articleIds, articleId, suggestionId),
    dismissSuggestion: ({ storyId, articleId, suggestionId }) =>
      service.dismiss(storyId, articleId, suggestionId),
  }
}
