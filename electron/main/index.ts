import { app, BrowserWindow, dialog, Menu, screen } from 'electron'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import type { Notice } from '../../shared/model/notice'
import { plainError } from '../../shared/ipc/plain-error'
import { FactmarkError } from '../../shared/ipc/result'
import { defaultDataDir, APP_NAME } from '../core/data-dir'
import { electronDialogs } from './dialogs'
import { electronExchangeDialogs } from './exchange/exchange-dialogs'
import { electronHtmlRenderer } from './export/electron-html-renderer'
import { installSecurityHooks } from './guards'
import { guardClose } from '../core/close-guard'
import { createHandlers } from '../core/handlers'
import { DroppedPaths } from '../core/import/dropped-paths'
import { registerDropRecorder, registerIpc, sendEvent } from './ipc'
import { menuTemplate } from './menu'
import { installAppProtocol, registerAppScheme } from './protocol'
import { seedLibrary } from '../core/seed'
import type { LibraryStore } from '../core/store/library-store'
import { openLibraryForApp } from '../core/store/open-for-app'
import { SettingsStore } from '../core/store/settings-store'
import { TeamSync } from '../core/sync/team-sync'
import { createMainWindow, MIN_WINDOW_SIZE, DEFAULT_WINDOW_SIZE, trackWindowState } from './window'
import { restoreBounds } from '../core/window-state'

// The app's entry: lifecycle and wiring only. Everything with logic lives in plain modules.

app.setName(APP_NAME)
registerAppScheme()
installSecurityHooks(app)

let mainWindow: BrowserWindow | null = null
let releaseClose: (() => void) | null = null
let openStore: LibraryStore | null = null
let openSettings: SettingsStore | null = null
let teamSync: TeamSync | null = null

function logError(message: string, error: unknown): void {
  console.error(message, error)
}

async function start(): Promise<void> {
  const startupNotices: Notice[] = []
  const dataDir = defaultDataDir()
  const { store, notice: readOnlyNotice } = await openLibraryForApp(dataDir, {
    holder: 'app',
    // Recoveries found after start-up (an article restored from its backup) reach the window.
    onNotice: (notice) => {
      if (!mainWindow) return false
      sendEvent(mainWindow.webContents, 'notice', notice)
      return true
    },
  })
  openStore = store
  if (readOnlyNotice) startupNotices.push(readOnlyNotice)
  const settings = await SettingsStore.open(dataDir, userInfo().username, {
    // A damaged settings.json restored: the editor is told who they are working as.
    onNotice: (notice) => startupNotices.push(notice),
  })
  openSettings = settings
  try {
    if (!store.readOnly) await seedLibrary(store, join(app.getAppPath(), 'seeds'))
  } catch (error) {
    const words = plainError(error, 'add the sample articles')
    startupNotices.push({
      level: 'warning',
      message: words.message,
      ...(words.details ? { details: words.details } : {}),
    })
  }
  const send: Parameters<typeof createHandlers>[0]['emit'] = (event, payload) => {
    if (mainWindow) sendEvent(mainWindow.webContents, event, payload)
  }
  teamSync = new TeamSync({
    store,
    editor: () => settings.editor,
    status: (status) => send('syncStatus', status),
    changed: (articleIds) => send('tagsChanged', { articleIds }),
    notice: (notice) => send('notice', notice),
  })
  // Dropped files' paths, recorded at the drop: the only paths importDropped will import.
  const droppedPaths = new DroppedPaths()
  const handlers = createHandlers({
    droppedPaths,
    store,
    settings,
    dialogs: electronDialogs(() => mainWindow),
    exchangeDialogs: electronExchangeDialogs(() => mainWindow),
    teamSync,
    htmlRenderer: electronHtmlRenderer(),
    appInfo: {
      name: APP_NAME,
      version: app.getVersion(),
      dataDir: store.dataDir,
      platform: process.platform,
    },
    startupNotices,
    onReadyToClose: () => releaseClose?.(),
    emit: send,
    onRecentChanged: () => installMenu(),
  })
  registerIpc(handlers, { log: logError })
  registerDropRecorder((paths) => droppedPaths.record(paths))
  installAppProtocol(join(__dirname, '..', 'renderer'))
  openWindow()
  // The team folder may be a slow network share: the window does not wait for it.
  teamSync
    .start(settings.teamFolder)
    .catch((error: unknown) => logError('The team folder could not be started', error))
}

function openWindow(): void {
  const settings = openSettings
  const place = restoreBounds(
    settings?.windowState,
    screen.getAllDisplays(),
    DEFAULT_WINDOW_SIZE,
    MIN_WINDOW_SIZE,
  )
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '..', 'preload', 'index.cjs'),
    title: APP_NAME,
    bounds: place,
    maximized: place.maximized,
  })
  const window = mainWindow
  releaseClose = guardClose(window, () => sendEvent(window.webContents, 'closing', null)).release
  const stopTracking = trackWindowState(window, (state) => {
    settings
      ?.setWindowState(state)
      .catch((error: unknown) => logError('The window’s place could not be saved', error))
  })
  window.on('closed', () => {
    stopTracking()
    mainWindow = null
    releaseClose = null
  })
  installMenu()
}

/** Builds the application menu afresh (File > Open Recent changes as articles are opened). */
function installMenu(): void {
  const store = openStore
  const titles = new Map((store?.list() ?? []).map((meta) => [meta.id, meta.title]))
  const recent = (openSettings?.recentArticles ?? []).flatMap((id) => {
    const title = titles.get(id)
    return title === undefined ? [] : [{ id, title }]
  })
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        appName: APP_NAME,
        isPackaged: app.isPackaged,
        send: (command) => {
          if (mainWindow) sendEvent(mainWindow.webContents, 'menuCommand', command)
        },
        recent,
        openRecent: (id) => {
          if (mainWindow) sendEvent(mainWindow.webContents, 'openRecent', { id })
        },
      }),
    ),
  )
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.on('will-quit', (event) => {
    // Write what is pending and release the library's lock before the process ends.
    const store = openStore
    if (!store) return
    openStore = null
    event.preventDefault()
    const sync = teamSync
    teamSync = null
    // The team file is written from the store: the exchange stops before the store closes.
    ;(sync ? sync.stop() : Promise.resolve())
      .catch((error: unknown) => logError('The team folder could not be written', error))
      .then(() => store.close())
      .catch((error: unknown) => logError('The library could not be closed cleanly', error))
      .finally(() => app.quit())
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openWindow()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('Factmark could not start', error)
      const locked = error instanceof FactmarkError && error.code === 'locked'
      // A dialog box has no fold: the system's code goes below the words, after a blank line.
      const words = plainError(error, 'open its library')
      dialog.showErrorBox(
        locked ? 'The Factmark library is in use' : 'Factmark could not start',
        words.details ? `${words.message}\n\nDetails: ${words.details}` : words.message,
      )
      app.quit()
    })
}
