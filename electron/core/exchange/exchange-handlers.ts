import type { EventChannel, Events, Handlers } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'
import type { LibraryStore } from '../store/library-store'
import type { SettingsStore } from '../store/settings-store'
import type { ExchangeDialogs } from './exchange-dialogs'
import {
  confirmUnsignedPackage,
  exportPackageFile,
  importPackageFile,
  type PendingPackages,
} from './package-exchange'
import type { PackageImportOutcome } from '../../../shared/exchange/package-import-outcome'

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
): Pick<Handlers, 'exportPackage' | 'importPackage' | 'confirmUnsignedPackage'> {
  const pending: PendingPackages = new Map()
  const exchange = () => {
    const dialogs = context.dialogs
    if (!dialogs) throw new FactmarkError('cancelled', 'No file can be chosen here.')
    return { store: context.store, dialogs, editor: () => context.settings.editor, pending }
  }
  const announce = (outcome: PackageImportOutcome) => {
    if (!outcome.canceled && outcome.report) {
      const articleIds = outcome.report.articles
        .filter((article) => article.added + article.updated + article.deleted > 0)
        .map((article) => article.articleId)
      if (articleIds.length > 0) context.emit?.('tagsChanged', { articleIds })
    }
    return outcome
  }
  return {
    exportPackage: ({ articleId }) => exportPackageFile(exchange(), articleId),
    importPackage: async () => announce(await importPackageFile(exchange())),
    confirmUnsignedPackage: async ({ token }) =>
      announce(await confirmUnsignedPackage(exchange(), token)),
  }
}
