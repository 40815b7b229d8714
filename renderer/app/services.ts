import type { Api } from '../../shared/ipc/contract'
import { Dispatcher } from './dispatcher'
import { ArticleSession } from './services/article-session'
import { ExportService } from './services/export-service'
import { IdentityService } from './services/identity-service'
import { ImportService } from './services/import-service'
import { LibraryService } from './services/library-service'
import { ReviewService } from './services/review-service'
import { StoryService } from './services/story-service'
import { WindowService } from './services/window-service'
import { FactCheckService } from './services/fact-check-service'
import { ClaimsService } from './services/claims-service'
import type { AppStore } from './store/app-store'

/** Every service of the renderer, and the store they keep: what components are given. */
export interface Services {
  store: AppStore
  library: LibraryService
  article: ArticleSession
  exports: ExportService
  review: ReviewService
  story: StoryService
  identity: IdentityService
  imports: ImportService
  window: WindowService
  /** The library's rating scale and ClaimReview settings. */
  factCheck: FactCheckService
  /** The claims board: the library's claims, filtered, sorted, opened and exported. */
  claims: ClaimsService
  /** The hub every action of the menu and the views goes through. */
  dispatcher: Dispatcher
}

/** Makes the services over an API (the preload's, or a test's fake) and a store. */
export function createServices(api: Api, store: AppStore): Services {
  const library = new LibraryService(api, store)
  const article = new ArticleSession(api, store, library)
  const story = new StoryService(api, store, article, library)
  const imports = new ImportService(api, store, article, library)
  const window = new WindowService(api, store, article)
  const claims = new ClaimsService(api, store, article)
  return {
    store,
    library,
    article,
    exports: new ExportService(api, article),
    review: new ReviewService(api, article),
    story,
    identity: new IdentityService(api, store, article),
    imports,
    window,
    factCheck: new FactCheckService(api, store, article),
    claims,
    dispatcher: new Dispatcher(store, article, story, imports, window, claims),
  }
}
