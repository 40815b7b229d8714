import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { Services } from './services'
import type { AppState } from './store/app-store'

const ServiceContext = createContext<Services | null>(null)

/** Props of {@link ServiceProvider}. */
export interface ServiceProviderProps {
  services: Services
  children: ReactNode
}

/**
 * Gives the components below it their services (the Hypothesis client's `service-context`):
 * the app passes the real ones, a test passes fakes.
 */
export function ServiceProvider({ services, children }: ServiceProviderProps) {
  return <ServiceContext.Provider value={services}>{children}</ServiceContext.Provider>
}

/** The services a component may call; throws outside a {@link ServiceProvider}. */
export function useServices(): Services {
  const services = useContext(ServiceContext)
  if (!services) throw new Error('renderer/app: useServices() needs a ServiceProvider above it.')
  return services
}

/** Part of the application state, read through a selector; re-renders when it changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const { store } = useServices()
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()))
}
