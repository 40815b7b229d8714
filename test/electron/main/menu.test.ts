import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../electron/main/menu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

const base = { appName: 'Factmark', isPackaged: true }

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help menus with the standard roles', () => {
    const items = flatten(menuTemplate({ ...base, platform: 'linux', send: vi.fn() }))
    const roles = items.map((item) => item.role).filter(Boolean)
    for (const role of [
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'windowMenu',
      'help',
    ]) {
      expect(roles).toContain(role)
    }
    expect(roles).not.toContain('toggleDevTools')
  })

  it('sends the app’s own commands to the renderer', () => {
    const send = vi.fn()
    const items = flatten(menuTemplate({ ...base, platform: 'linux', send }))
    const importItem = items.find((item) => item.label === 'Import Articles…')
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O')
    importItem?.click?.({} as never, undefined, {} as never)
    expect(send).toHaveBeenCalledWith('import')
    const exportItem = items.find((item) => item.label === 'Export…')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    exportItem?.click?.({} as never, undefined, {} as never)
    expect(send).toHaveBeenLastCalledWith('export')
  })

  it('puts About and Quit in the app menu on macOS, and offers DevTools only in development', () => {
    const mac = menuTemplate({ ...base, platform: 'darwin', isPackaged: false, send: vi.fn() })
    expect(mac[0]?.label).toBe('Factmark')
    expect(flatten([mac[0] ?? {}]).map((item) => item.role)).toContain('quit')
    expect(flatten(mac).map((item) => item.role)).toContain('toggleDevTools')
  })
})
