import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppStore, type AppStore } from '../../../../../renderer/app/store/app-store'
import {
  NOTICE_FADE_MS,
  shownNotices,
  startNoticeTimers,
} from '../../../../../renderer/app/store/modules/notices'

const ARTICLE = '0123456789abcdef'

function messages(store: AppStore): string[] {
  return shownNotices(store.getState().notices).map((notice) => notice.message)
}

describe('the notices slice', () => {
  let store: AppStore
  let stop: () => void

  beforeEach(() => {
    vi.useFakeTimers()
    store = createAppStore()
    stop = startNoticeTimers(store)
  })

  afterEach(() => {
    stop()
    vi.useRealTimers()
  })

  it('fades a success notice after a few seconds and keeps an error until dismissed', () => {
    store.actions.notices.added([
      { level: 'info', message: 'Imported 1 article.' },
      { level: 'error', message: 'Could not read a.pdf.' },
    ])
    expect(messages(store)).toEqual(['Imported 1 article.', 'Could not read a.pdf.'])
    vi.advanceTimersByTime(NOTICE_FADE_MS - 1)
    expect(messages(store)).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(messages(store)).toEqual(['Could not read a.pdf.'])
    vi.advanceTimersByTime(NOTICE_FADE_MS * 10)
    expect(messages(store)).toEqual(['Could not read a.pdf.'])
    const [error] = store.getState().notices.list
    store.actions.notices.dismissed(error?.id ?? -1)
    expect(messages(store)).toEqual([])
    // The history keeps both.
    expect(store.getState().notices.history.map((notice) => notice.message)).toEqual([
      'Imported 1 article.',
      'Could not read a.pdf.',
    ])
  })

  it('shows a notice in the view it was given in only', () => {
    store.actions.notices.added([{ level: 'warning', message: 'Library notice' }])
    store.actions.article.opened(ARTICLE)
    expect(messages(store)).toEqual([])
    store.actions.notices.added([{ level: 'error', message: 'Article notice' }])
    expect(messages(store)).toEqual(['Article notice'])
    store.actions.article.opened(null)
    expect(messages(store)).toEqual(['Library notice'])
  })

  it('shows at most two notices, the newest', () => {
    store.actions.notices.added(
      ['one', 'two', 'three', 'four', 'five'].map((message) => ({
        level: 'error' as const,
        message,
      })),
    )
    expect(messages(store)).toEqual(['four', 'five'])
    expect(store.getState().notices.history).toHaveLength(5)
  })
})
