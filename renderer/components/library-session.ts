import type { ArticleMeta } from '../../shared/model/article'
import { DEFAULT_SORT, type LibrarySort, type StatusFilter } from './library-rows'

/** What the library remembers while the app runs: the view's choices and the deletes to undo. */
export interface LibrarySession {
  sort: LibrarySort
  filter: StatusFilter
  /** The articles deleted this session that can still be put back, the last one last. */
  deleted: readonly ArticleMeta[]
}

let session: LibrarySession = { sort: DEFAULT_SORT, filter: 'all', deleted: [] }
const listeners = new Set<() => void>()

/** The library's session state now (a new object after every change). */
export function librarySession(): LibrarySession {
  return session
}

/** Changes the session state; every subscriber is told. */
export function updateLibrarySession(change: (current: LibrarySession) => LibrarySession): void {
  session = change(session)
  for (const listener of listeners) listener()
}

/** Calls `listener` after every change; returns a function that stops it (for useSyncExternalStore). */
export function subscribeLibrarySession(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
