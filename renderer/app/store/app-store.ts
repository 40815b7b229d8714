import { createStore, type ActionsOf, type StateOf, type Store } from './create-store'
import { article } from './modules/article'
import { identity } from './modules/identity'
import { imports } from './modules/imports'
import { library } from './modules/library'
import { modal } from './modules/modal'
import { notices } from './modules/notices'
import { story } from './modules/story'
import { claims } from './modules/claims'
import { factCheck } from './modules/fact-check'

const modules = {
  library,
  article,
  notices,
  modal,
  story,
  imports,
  identity,
  factCheck,
  claims,
}

/** The renderer's application state: one field per slice. */
export type AppState = StateOf<typeof modules>
/** The application store's bound actions, by slice. */
export type AppActions = ActionsOf<typeof modules>
/** The renderer's one application store. */
export type AppStore = Store<typeof modules>

/** Makes the application store, every slice at its initial state. */
export function createAppStore(): AppStore {
  return createStore(modules)
}
