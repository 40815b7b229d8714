import type { Api } from '../../shared/ipc/contract'
import type { Services } from './services'

/**
 * Turns the main process's pushes into the services' actions; returns a function that stops
 * listening. Menu commands go to the dispatcher.
 */
export function connectEvents(api: Api, services: Services): () => void {
  const stops = [
    api.on('notice', (notice) => services.window.notify([notice])),
    api.on('closing', () => void services.window.closing()),
    api.on('menuCommand', (command) => services.dispatcher.menuCommand(command)),
    api.on('openRecent', ({ id }) => {
      services.dispatcher.openModal(null)
      void services.dispatcher.openArticle(id)
    }),
    api.on('dropImported', (result) => services.imports.dropped(result)),
    api.on('importProgress', (next) => services.store.actions.imports.progressed(next)),
    api.on('tagsChanged', ({ articleIds }) => {
      services.store.actions.library.tagsChanged()
      void services.library.refresh()
      void services.article.othersChanged(articleIds)
    }),
    api.on('syncStatus', (status) => services.store.actions.identity.syncStatus(status)),
  ]
  return () => {
    for (const stop of stops) stop()
  }
}
