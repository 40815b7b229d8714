import type { EventChannel, Events, Handlers } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'
import type { LibraryStore } from '../store/library-store'
import type { SettingsStore } from '../store/settings-store'
import type { ExchangeDialogs } from './exchange-dialogs'
import { exportPackageFile, importPackageFile } from './package-exchange'

/** What the package handlers work on. */
export interface ExchangeHandlerContext {
  store: LibraryStore
  settings: SettingsStore
  /** The native open and save dialogs; without them packages cannot be exchanged here. */
  dialogs?: ExchangeDialogs | undefined
  /** Pushes an event to the window (`tagsChanged` after an import). */
  emit?: (<E extends EventChannel>(event: E, payload: Events[E]) => void) | undefined
}

/**
 * Review > Export My Tags… and Import Tags…: the main process asks where to save or what to open
 * (the page never names a path), writes or merges, and tells the window which articles changed.
 */
export function exchangeHandlers(
  context: ExchangeHandlerContext,
): Pick<Handlers, 'exportPackage' | 'importPackage'> {
  const exchange = () => {
    const dialogs = context.dialogs
    if (!dialogs) throw new FactmarkError('cancelled', 'No file can be chosen here.')
    return { store: context.store, dialogs, editor: () => context.settings.editor }
  }
  return {
    exportPackage: ({ articleId }) => exportPackageFile(exchange(), articleId),
    importPackage: async () => {
      const outcome = await importPackageFile(exchange())
      if (!outcome.canceled) {
        const articleIds = outcome.report.articles
          .filter((article) => article.added + article.updated + article.deleted > 0)
          .map((article) => article.articleId)
        if (articleIds.length > 0) context.emit?.('tagsChanged', { articleIds })
      }
      return outcome
    },
  }
}
