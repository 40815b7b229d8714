import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, TagMenuCommand } from '../../shared/model/menu-command'
import { TAG_KIND_TABLE } from '../../shared/model/tag-kinds'

/** An article in File > Open Recent. */
export interface RecentArticle {
  id: string
  title: string
}

/** What the menu needs from the app: where to send commands, and whether this is a dev build. */
export interface MenuContext {
  platform: NodeJS.Platform
  appName: string
  isPackaged: boolean
  send: (command: MenuCommand) => void
  /** The articles opened last, most recent first (File > Open Recent). */
  recent?: readonly RecentArticle[]
  /** Opens one of the recent articles. */
  openRecent?: (id: string) => void
}

/** The Tag menu's items: label, command, and the editor's own key shown beside it. */
export const TAG_MENU_ITEMS: readonly { label: string; command: TagMenuCommand; key: string }[] = [
  ...TAG_KIND_TABLE.map((spec) => ({
    label: spec.name,
    command: `tag-${spec.kind}` as const,
    key: spec.keys[0].toUpperCase(),
  })),
  { label: 'Clear Tag', command: 'clear-tag', key: 'Backspace' },
  { label: 'Edit Note', command: 'edit-note', key: 'Enter' },
]

/** Longest title shown in File > Open Recent before it is cut with an ellipsis. */
const RECENT_TITLE_LENGTH = 60

/** File > Open Recent: one item per article, or a disabled placeholder. */
function recentSubmenu(context: MenuContext): MenuItemConstructorOptions[] {
  const recent = context.recent ?? []
  if (recent.length === 0) return [{ label: 'No Recent Articles', enabled: false }]
  return recent.map((article, index) => {
    const title =
      article.title.length > RECENT_TITLE_LENGTH
        ? `${article.title.slice(0, RECENT_TITLE_LENGTH - 1)}…`
        : article.title
    // `&` would mark a mnemonic on Windows and Linux; doubled, it shows as itself.
    const label = title.replace(/&/g, '&&')
    return {
      label: context.platform === 'darwin' || index >= 9 ? label : `&${index + 1} ${label}`,
      click: () => context.openRecent?.(article.id),
    }
  })
}

/**
 * The application menu: File, Edit, View, Tag, Review, Window and Help with each platform's
 * standard roles and accelerators; the app's own items send a {@link MenuCommand} to the renderer.
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
        { label: 'Settings…', accelerator: 'Cmd+,', click: () => send('settings') },
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
        { label: 'Open Recent', submenu: recentSubmenu(context) },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export') },
        { type: 'separator' },
        { label: 'Switch Editor…', click: () => send('switch-editor') },
        ...(isMac
          ? []
          : [{ label: 'Settings…', accelerator: 'Ctrl+,', click: () => send('settings') }]),
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
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: () => send('show-library') },
        {
          label: 'Claims Board',
          accelerator: 'CmdOrCtrl+Shift+L',
          click: () => send('claims-board'),
        },
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
    {
      label: '&Tag',
      // The keys are the editor's own and work only in read mode; as menu accelerators they would
      // take the letters away from typing in edit mode, so they are shown but not registered.
      submenu: [
        ...TAG_MENU_ITEMS.slice(0, TAG_KIND_TABLE.length).map(
          (item): MenuItemConstructorOptions => ({
            label: item.label,
            accelerator: item.key,
            registerAccelerator: false,
            click: () => send(item.command),
          }),
        ),
        { type: 'separator' },
        ...TAG_MENU_ITEMS.slice(TAG_KIND_TABLE.length).map((item): MenuItemConstructorOptions => ({
          label: item.label,
          accelerator: item.key,
          registerAccelerator: false,
          click: () => send(item.command),
        })),
      ],
    },
    {
      label: '&Review',
      submenu: [
        {
          label: 'Review Mode',
          accelerator: 'CmdOrCtrl+Shift+R',
          click: () => send('toggle-review'),
        },
        { label: 'Agreement…', click: () => send('agreement') },
        { label: 'Story View…', click: () => send('story-view') },
        { type: 'separator' },
        { label: 'Export My Tags…', click: () => send('export-package') },
        { label: 'Import Tags…', click: () => send('import-package') },
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
