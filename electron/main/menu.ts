import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc/contract'

/** What the menu needs from the app: where to send commands, and whether this is a dev build. */
export interface MenuContext {
  platform: NodeJS.Platform
  appName: string
  isPackaged: boolean
  send: (command: MenuCommand) => void
}

/**
 * The application menu: File, Edit, View, Window and Help with each platform's standard roles and
 * accelerators; the app's own items send a {@link MenuCommand} to the renderer.
 */
export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, send } = context
  const isMac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (isMac) {
    template.push({
      label: context.appName,
      submenu: [
        { label: `About ${context.appName}`, click: () => send('about') },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    })
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Library', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: () => send('show-library') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(context.isPackaged
          ? []
          : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const)),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => send('shortcuts') },
        ...(isMac ? [] : [{ label: `About ${context.appName}`, click: () => send('about') }]),
      ],
    },
  )
  return template
}
