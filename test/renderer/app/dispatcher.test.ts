// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { Api } from '../../../shared/ipc/contract'
import { createServices } from '../../../renderer/app/services'
import { createAppStore } from '../../../renderer/app/store/app-store'

/** An API whose every call fails: the dispatcher's actions below must not need it. */
const noApi = new Proxy({} as Api, {
  get: () => async () => ({
    ok: false,
    error: { code: 'internal', message: 'no API in this test' },
  }),
})

function setup() {
  const services = createServices(noApi, createAppStore())
  return { services, state: () => services.store.getState() }
}

describe('Dispatcher', () => {
  it('tells the editor to open an article when a Tag menu command has no editor to go to', () => {
    const { services, state } = setup()
    services.dispatcher.menuCommand('tag-quote')
    expect(state().notices.list).toMatchObject([
      { level: 'info', message: 'Open an article to tag its sentences.' },
    ])
  })

  it('hands a Tag menu command to the attached editor, and none after it is detached', () => {
    const { services, state } = setup()
    const received: string[] = []
    const detach = services.article.attach({
      articleId: 'a'.repeat(16),
      editorId: 'ana',
      view: () => null,
      runMenuCommand: (command) => received.push(command),
    })
    services.dispatcher.menuCommand('clear-tag')
    expect(received).toEqual(['clear-tag'])
    detach()
    services.dispatcher.menuCommand('clear-tag')
    expect(received).toEqual(['clear-tag'])
    expect(state().notices.list).toHaveLength(1)
  })

  it('opens the dialogs the menu names', () => {
    const { services, state } = setup()
    services.dispatcher.menuCommand('switch-editor')
    expect(state().modal.identity).toBe('switch')
    services.dispatcher.menuCommand('about')
    expect(state().modal.modal).toBe('about')
  })

  it('opens export on the open article, or on the library with its first article to preview', async () => {
    const { services, state } = setup()
    services.store.actions.library.loaded([{ id: 'b'.repeat(16) } as never])
    services.dispatcher.menuCommand('export')
    expect(state().modal.exportTarget).toEqual({ articleId: null, previewId: 'b'.repeat(16) })
    await services.dispatcher.openArticle('c'.repeat(16))
    services.dispatcher.menuCommand('export')
    expect(state().modal.exportTarget).toEqual({
      articleId: 'c'.repeat(16),
      previewId: 'c'.repeat(16),
    })
  })

  it('goes back to the library from a story, and Story View focuses the stories', async () => {
    const { services, state } = setup()
    await services.dispatcher.showStory({ storyId: 's', name: 'S', articleIds: [] })
    await services.dispatcher.openArticle('c'.repeat(16))
    await services.dispatcher.closeArticle()
    expect(state().story.target?.storyId).toBe('s')
    services.dispatcher.menuCommand('story-view')
    await Promise.resolve()
    await Promise.resolve()
    expect(state().story).toEqual({ target: null, focusSignal: 1 })
    expect(state().article.openId).toBeNull()
  })
})
