import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../shared/model/fact-check'
import type { LibraryStore } from '../store/library-store'
import { StoryStore } from '../story/story-store'
import { ClaimsQuery, type ClaimsSource } from './claims-query'

/**
 * The claims query over a library store: its articles read through the store (`peekFile`, or
 * `source` in tests), its stories read from `stories.json` at each query (a small file the story
 * view may have changed since), the rating scale from `scale` (the default scale without it).
 */
export function createClaimsQuery(
  store: LibraryStore,
  scale: () => RatingScale = () => DEFAULT_RATING_SCALE,
  source: ClaimsSource = { list: () => store.list(), peekFile: (id) => store.peekFile(id) },
): ClaimsQuery {
  return new ClaimsQuery(source, {
    stories: async () => (await StoryStore.open(store.dataDir)).list(),
    scale,
  })
}
