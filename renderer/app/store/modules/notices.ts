import type { Notice } from '../../../../shared/model/notice'
import { createStoreModule } from '../create-store'

/** How long a success notice stays before it fades, in milliseconds. */
export const NOTICE_FADE_MS = 6000
/** How many notices are shown at once; the others wait behind the history button. */
export const NOTICES_SHOWN = 2
/** How many past notices the history keeps. */
const HISTORY_LIMIT = 50

/** The view a notice belongs to: the library, the story view, or one article. */
export type NoticeView = string

/** The view the window shows: `library`, `story` or `article:<id>`. */
export function noticeView(openArticleId: string | null, storyShown: boolean): NoticeView {
  if (openArticleId) return `article:${openArticleId}`
  return storyShown ? 'story' : 'library'
}

/** A notice as the window keeps it: numbered, and scoped to the view it was given in. */
export interface NoticeEntry extends Notice {
  readonly id: number
  readonly view: NoticeView
}

/**
 * The notices slice: the notices still up (oldest first) and a history of every one given, each
 * scoped to the view that was shown when it came (a library notice does not follow the editor into
 * an article). Success notices fade by themselves ({@link startNoticeTimers}); warnings and
 * errors stay until dismissed.
 */
export interface NoticesState {
  list: readonly NoticeEntry[]
  history: readonly NoticeEntry[]
  view: NoticeView
  nextId: number
}

/** The notices slice's reducers. */
export const notices = createStoreModule({
  initialState: (): NoticesState => ({ list: [], history: [], view: 'library', nextId: 1 }),
  reducers: {
    added: (state: NoticesState, more: readonly Notice[]): NoticesState => {
      if (more.length === 0) return state
      const entries = more.map((notice, index) => ({
        level: notice.level,
        message: notice.message,
        id: state.nextId + index,
        view: state.view,
      }))
      return {
        ...state,
        list: [...state.list, ...entries],
        history: [...state.history, ...entries].slice(-HISTORY_LIMIT),
        nextId: state.nextId + entries.length,
      }
    },
    dismissed: (state: NoticesState, id: number): NoticesState =>
      state.list.some((entry) => entry.id === id)
        ? { ...state, list: state.list.filter((entry) => entry.id !== id) }
        : state,
    /** A success notice's time is up (errors and warnings never expire). */
    expired: (state: NoticesState, id: number): NoticesState =>
      state.list.some((entry) => entry.id === id && entry.level === 'info')
        ? { ...state, list: state.list.filter((entry) => entry.id !== id) }
        : state,
    viewChanged: (state: NoticesState, view: NoticeView): NoticesState =>
      state.view === view ? state : { ...state, view },
  },
})

/** The notices of the shown view that are up, at most {@link NOTICES_SHOWN}, newest last. */
export function shownNotices(state: NoticesState): readonly NoticeEntry[] {
  return state.list.filter((entry) => entry.view === state.view).slice(-NOTICES_SHOWN)
}

/** The store as {@link startNoticeTimers} needs it. */
interface NoticeStore {
  getState: () => {
    notices: NoticesState
    article: { openId: string | null }
    story: { target: unknown }
  }
  subscribe: (listener: () => void) => () => void
  actions: { notices: { expired: (id: number) => void; viewChanged: (view: NoticeView) => void } }
}

/** The timer functions (tests pass fake ones, or use Vitest's fake timers). */
export interface NoticeClock {
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (timer: unknown) => void
}

const realClock: NoticeClock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
}

/**
 * Keeps the notices slice in step with the window: it follows the shown view, and gives every
 * success notice a timer that makes it fade after {@link NOTICE_FADE_MS}. Returns a function that
 * stops it.
 */
export function startNoticeTimers(store: NoticeStore, clock: NoticeClock = realClock): () => void {
  const timers = new Map<number, unknown>()
  const sync = () => {
    const state = store.getState()
    const view = noticeView(state.article.openId, state.story.target !== null)
    if (state.notices.view !== view) store.actions.notices.viewChanged(view)
    for (const entry of store.getState().notices.list) {
      if (entry.level !== 'info' || timers.has(entry.id)) continue
      timers.set(
        entry.id,
        clock.setTimeout(() => store.actions.notices.expired(entry.id), NOTICE_FADE_MS),
      )
    }
  }
  sync()
  const stop = store.subscribe(sync)
  return () => {
    stop()
    for (const timer of timers.values()) clock.clearTimeout(timer)
  }
}
