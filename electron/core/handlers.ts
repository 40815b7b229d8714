import { basename, isAbsolute } from 'node:path'
import type { EventChannel, Events, Handlers } from '../../shared/ipc/contract'
import type { AppInfo } from '../../shared/model/app-info'
import type { Notice } from '../../shared/model/notice'
import type { ExchangeDialogs } from './exchange/exchange-dialogs'
import { exchangeHandlers } from './exchange/exchange-handlers'
import { createExporter, type ExportDialogs } from './export/exporter'
import { settingsHandlers } from './identity/settings-handlers'
import { NOT_DROPPED, type DroppedPaths } from './import/dropped-paths'
import { factCheckHandlers } from './fact-check/fact-check-handlers'
import type { HtmlRenderer } from './export/html-renderer'
import { resolveImportOffer } from './import/import-files'
import { ImportOffers } from './import/import-offers'
import { ImportRuns } from './import/import-runs'
import { agreementView, exportAgreement } from './review/agreement-service'
import type { LibraryStore } from './store/library-store'
import type { SettingsStore } from './store/settings-store'
import { storyHandlers } from './story/story-handlers'
import { DEFAULT_RATING_SCALE } from '../../shared/model/fact-check'
import { claimsHandlers } from './claims/claims-handlers'
import type { TeamSync } from './sync/team-sync'
import { TextSearch } from './store/text-search'
import { openArticleWork } from './open/open-article-work'

/** The operating-system dialogs the handlers need; Electron's in the app, fakes in tests. */
export interface Dialogs extends ExportDialogs {
  /** Asks the editor for article files to import; an empty list when they cancel. */
  chooseImportFiles(): Promise<string[]>
}

/** What the handlers work on. */
export interface HandlerContext {
  store: LibraryStore
  settings: SettingsStore
  dialogs: Dialogs
  /** Prints PDF exports and draws export previews; null where no browser engine is at hand. */
  htmlRenderer: HtmlRenderer | null
  appInfo: AppInfo
  /** Called when the renderer has saved its work after being told the window is closing. */
  onReadyToClose?: () => void
  /** Notices raised before the window could show them (store recovery at start-up). */
  startupNotices?: Notice[]
  /** Pushes an event to the window (import progress); nothing is sent without it. */
  emit?: <E extends EventChannel>(event: E, payload: Events[E]) => void
  /** Called with the recent articles' ids after an article was opened (to rebuild the menu). */
  onRecentChanged?: (ids: readonly string[]) => void
  /** The dialogs of package exchange and the team folder; without them those commands fail. */
  exchangeDialogs?: ExchangeDialogs
  /** The team-folder exchange: told of saves, editor switches and folder changes. */
  teamSync?: TeamSync
  /**
   * The paths the editor really dropped (recorded by the main process at the drop); with it,
   * `importDropped` imports only those, each once, and refuses any other path.
   */
  droppedPaths?: DroppedPaths
}

export { PROGRESS_THRESHOLD } from './import/import-runs'

/**
 * Splits dropped `paths` into those to import and those refused (with why): a path must be
 * absolute and, when the main process records drops, one it recorded (each taken once).
 */
function checkDropped(
  paths: readonly string[],
  dropped: DroppedPaths | undefined,
): { accepted: string[]; refused: { file: string; message: string }[] } {
  const accepted: string[] = []
  const refused: { file: string; message: string }[] = []
  for (const file of paths) {
    // The schema already wants absolute paths; this is the platform's own word on it.
    if (!isAbsolute(file)) refused.push({ file, message: 'This is not an absolute path.' })
    else if (dropped && !dropped.take(file)) {
      refused.push({ file: basename(file), message: NOT_DROPPED })
    } else accepted.push(file)
  }
  return { accepted, refused }
}

/**
 * The main-process implementation of every IPC channel. Plain functions over the store: the
 * Electron wiring (ipc.ts) and the end-to-end bridge both call them through `dispatch`, which has
 * already validated each payload.
 */
export function createHandlers(context: HandlerContext): Handlers {
  const { store, settings, dialogs } = context
  const notices = [...(context.startupNotices ?? [])]
  const exporter = createExporter({
    store,
    dialogs,
    renderer: context.htmlRenderer,
    stamp: { appVersion: context.appInfo.version },
  })
  const search = new TextSearch(store)
  /** Import offers waiting for the editor's answer, by token (the page never names a path). */
  const offers = new ImportOffers()
  /** The imports under way, each with its progress and its cancel. */
  const imports = new ImportRuns(store, offers, context.emit)
  /** Where each article deleted this session was in the recent list, to put it back on undo. */
  const recentPositions = new Map<string, number>()
  const recentChanged = async (change: () => Promise<readonly string[]>) => {
    try {
      // Not `onRecentChanged?.(await change())`: an optional call skips its arguments.
      const recent = await change()
      context.onRecentChanged?.(recent)
    } catch {
      // The recent list is a convenience: failing to write it must not fail an open, delete or restore.
    }
  }
  /** Puts an article just opened first in the recent list (failing that never fails the open). */
  const openedRecently = (id: string) => recentChanged(() => settings.addRecentArticle(id))
  return {
    listArticles: () => store.list(),
    openArticle: async ({ id }) => {
      const article = await store.get(id)
      await openedRecently(id)
      return article
    },
    openArticleWork: async ({ id }) => {
      const opened = await openArticleWork(store, settings.editor, id)
      await openedRecently(id)
      return opened
    },
    updateArticleMeta: ({ id, changes }) => store.updateMeta(id, changes),
    importArticles: async () => {
      const paths = await dialogs.chooseImportFiles()
      return imports.run(paths)
    },
    resolveImport: async ({ token, action }) => {
      const report = await resolveImportOffer(store, offers, token, action)
      for (const meta of report.updated) search.forget(meta.id)
      return report
    },
    importDropped: ({ paths }) => {
      const { accepted, refused } = checkDropped(paths, context.droppedPaths)
      const report = imports.run(accepted)
      return refused.length === 0
        ? report
        : report.then((done) => ({ ...done, failures: [...done.failures, ...refused] }))
    },
    cancelImport: () => imports.cancel(),
    getAppInfo: () => context.appInfo,
    takeNotices: () => [...notices.splice(0), ...store.takeNotices()],
    getEditor: () => settings.editor,
    readyToClose: () => context.onReadyToClose?.(),
    listTags: ({ articleId }) => store.tags(articleId),
    listReviews: ({ articleId }) => store.reviews(articleId),
    saveWork: ({ articleId, body, tags, reviews }) => {
      search.forget(articleId)
      return store.saveWork(articleId, { body, tags, reviews }, settings.editor).then((meta) => {
        context.teamSync?.noteSaved()
        return meta
      })
    },
    saveTagChanges: ({ articleId, changed, removed, reviews }) =>
      store
        .saveTagChanges(articleId, { changed, removed, reviews }, settings.editor)
        .then((meta) => {
          context.teamSync?.noteSaved()
          return meta
        }),
    searchLibrary: ({ query }) => search.search(query),
    deleteArticle: async ({ id }) => {
      const meta = await store.delete(id)
      search.forget(id)
      await recentChanged(async () => {
        const { recent, position } = await settings.removeRecentArticle(id)
        if (position >= 0) recentPositions.set(id, position)
        return recent
      })
      return meta
    },
    restoreArticle: async ({ id }) => {
      const meta = await store.restore(id)
      search.forget(id)
      const position = recentPositions.get(id)
      if (position !== undefined) {
        recentPositions.delete(id)
        await recentChanged(() => settings.insertRecentArticle(id, position))
      }
      return meta
    },
    recentArticles: () => [...settings.recentArticles],
    previewExport: ({ articleId, format, options }) => exporter.preview(articleId, format, options),
    exportArticles: (request) => exporter.exportArticles(request),
    revealExport: ({ path }) => exporter.reveal(path),
    agreement: ({ articleId, editorIds }) => agreementView(store, articleId, editorIds),
    exportAgreement: (request) => exportAgreement(store, dialogs, request),
    ...settingsHandlers({
      settings,
      dataDir: store.dataDir,
      dialogs: context.exchangeDialogs,
      teamSync: context.teamSync,
    }),
    ...exchangeHandlers({ store, settings, dialogs: context.exchangeDialogs, emit: context.emit }),
    ...storyHandlers(store, settings),
    ...factCheckHandlers(settings),
    ...claimsHandlers(store, dialogs, () => settings.factCheck.ratingScale ?? DEFAULT_RATING_SCALE),
  }
}
