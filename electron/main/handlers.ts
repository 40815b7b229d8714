import type { AppInfo, Handlers, Notice } from '../../shared/ipc/contract'
import { createExporter, type ExportDialogs } from './export/exporter'
import type { HtmlRenderer } from './export/html-renderer'
import { importFiles } from './import/import-files'
import type { LibraryStore } from './store/library-store'
import type { SettingsStore } from './store/settings-store'

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
  return {
    listArticles: () => store.list(),
    openArticle: ({ id }) => store.get(id),
    updateArticleMeta: ({ id, changes }) => store.updateMeta(id, changes),
    importArticles: async () => {
      const paths = await dialogs.chooseImportFiles()
      return importFiles(store, paths)
    },
    getAppInfo: () => context.appInfo,
    takeNotices: () => [...notices.splice(0), ...store.takeNotices()],
    getEditor: () => settings.editor,
    readyToClose: () => context.onReadyToClose?.(),
    listTags: ({ articleId }) => store.tags(articleId),
    saveWork: ({ articleId, body, tags }) =>
      store.saveWork(articleId, { body, tags }, settings.editor),
    previewExport: ({ articleId, format, options }) =>
      exporter.preview(articleId, format, options),
    exportArticles: (request) => exporter.exportArticles(request),
    revealExport: ({ path }) => exporter.reveal(path),
  }
}
