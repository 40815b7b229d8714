import { getApi } from '../api'
import { connectEvents } from './connect-events'
import { createServices, type Services } from './services'
import { createAppStore } from './store/app-store'
import { startNoticeTimers } from './store/modules/notices'

/**
 * Starts the application layer over the preload's API: the store, the services, the main
 * process's pushes wired to them, and the first loads. The one place that reads `getApi()`.
 */
export function startApp(): Services {
  const api = getApi()
  const services = createServices(api, createAppStore())
  connectEvents(api, services)
  startNoticeTimers(services.store)
  void services.library.refresh()
  void services.window.takeNotices()
  void services.identity.load()
  void services.factCheck.load()
  return services
}
