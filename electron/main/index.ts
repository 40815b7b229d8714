import { app, BrowserWindow, dialog, Menu } from 'electron'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import type { Notice } from '../../shared/ipc/contract'
import { FactmarkError } from '../../shared/ipc/result'
import { defaultDataDir, APP_NAME } from './data-dir'
import { electronDialogs } from './dialogs'
import { electronHtmlRenderer } from './export/electron-html-renderer'
import { installSecurityHooks } from './guards'
import { guardClose } from './close-guard'
import { createHandlers } from './handlers'
import { registerIpc, sendEvent } from './ipc'
import { menuTemplate } from './menu'
import { installAppProtocol, registerAppScheme } from './protocol'
import { seedLibrary } from './seed'
import { LibraryStore } from './store/library-store'
import { SettingsStore } from './store/settings-store'
import { createMainWindow } from './window'

// The app's entry: lifecycle and wiring only. Everything with logic lives in plain modules.

app.setName(APP_NAME)
registerAppScheme()
installSecurityHooks(app)

let mainWindow: BrowserWindow | null = null
let releaseClose: (() => void) | null = null
let openStore: LibraryStore | null = null

function logError(message: string, error: unknown): void {
  console.error(message, error)
}

async function start(): Promise<void> {
  const startupNotices: Notice[] = []
  const dataDir = defaultDataDir()
  const store = await LibraryStore.open(dataDir, {
    holder: 'app',
    // Recoveries found after start-up (an article restored from its backup) reach the window.
    onNotice: (notice) => {
      if (!mainWindow) return false
      sendEvent(mainWindow.webContents, 'notice', notice)
      return true
    },
  })
  openStore = store
  const settings = await SettingsStore.open(dataDir, userInfo().username)
  try {
    await seedLibrary(store, join(app.getAppPath(), 'seeds'))
  } catch (error) {
    startupNotices.push({
      level: 'warning',
      message: `The sample articles could not be added: ${(error as Error).message}`,
    })
  }
  const handlers = createHandlers({
    store,
    settings,
    dialogs: electronDialogs(() => mainWindow),
    htmlRenderer: electronHtmlRenderer(),
    appInfo: {
      name: APP_NAME,
      version: app.getVersion(),
      dataDir: store.dataDir,
      platform: process.platform,
    },
    startupNotices,
    onReadyToClose: () => releaseClose?.(),
  })
  registerIpc(handlers, { log: logError })
  installAppProtocol(join(__dirname, '..', 'renderer'))
  openWindow()
}

function openWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '..', 'preload', 'index.cjs'),
    title: APP_NAME,
  })
  const window = mainWindow
  releaseClose = guardClose(window, () => sendEvent(window.webContents, 'closing', null)).release
  window.on('closed', () => {
    mainWindow = null
    releaseClose = null
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
    store
      .close()
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
      dialog.showErrorBox(
        locked ? 'The Factmark library is in use' : 'Factmark could not start',
        String((error as Error)?.message ?? error),
      )
      app.quit()
    })
}
