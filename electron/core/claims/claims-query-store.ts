import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../shared/model/fact-check'
import type { LibraryStore } from '../store/library-store'
import { articlePath } from '../store/store-context'
import { StoryStore } from '../story/story-store'
import { ClaimsQuery, type ClaimsSource } from './claims-query'
import { readClaimsFile } from './read-claims-file'

/**
 * The claims query over a library store. Its article files are read straight from disk with a
 * light check of what the board reads (`readClaimsFile`), and the store's way (`peekFile`: full
 * validation, recovery of a damaged file) when that check fails; `source` replaces both in tests.
 * The board thus shows what is saved on disk. The stories are read from `stories.json` at each
 * query (a small file the story view may have changed since), the rating scale from `scale` (the
 * default scale without it).
 */
export function createClaimsQuery(
  store: LibraryStore,
  scale: () => RatingScale = () => DEFAULT_RATING_SCALE,
  source: ClaimsSource = {
    list: () => store.list(),
    peekFile: async (id) =>
      (await readClaimsFile(articlePath(store.dataDir, id))) ?? store.peekFile(id),
  },
): ClaimsQuery {
  return new ClaimsQuery(source, {
    stories: async () => (await StoryStore.open(store.dataDir)).list(),
    scale,
  })
}
