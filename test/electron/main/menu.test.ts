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
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+Shift+E')
    exportItem?.click?.({} as never, undefined, {} as never)
    expect(send).toHaveBeenLastCalledWith('export')
  })

  it('puts About and Quit in the app menu on macOS, and offers DevTools only in development', () => {
    const mac = menuTemplate({ ...base, platform: 'darwin', isPackaged: false, send: vi.fn() })
    expect(mac[0]?.label).toBe('Factmark')
    expect(flatten([mac[0] ?? {}]).map((item) => item.role)).toContain('quit')
    expect(flatten(mac).map((item) => item.role)).toContain('toggleDevTools')
  })

  it('has Tag and Review menus whose items send their commands, tag keys shown but not registered', () => {
    const send = vi.fn()
    const template = menuTemplate({ ...base, platform: 'linux', send })
    const labels = template.map((item) => item.label ?? item.role)
    expect(labels).toEqual(['&File', '&Edit', '&View', '&Tag', '&Review', 'windowMenu', 'help'])
    const tag = flatten([template[3] ?? {}]).filter((item) => item.label && item.label !== '&Tag')
    expect(tag.map((item) => item.label)).toEqual([
      'Quote',
      'Claim',
      'Disputed',
      'Context',
      'Clear Tag',
      'Edit Note',
    ])
    for (const item of tag) {
      expect(item.accelerator, item.label).toBeTruthy()
      expect(item.registerAccelerator, item.label).toBe(false)
      item.click?.({} as never, undefined, {} as never)
    }
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'tag-quote',
      'tag-claim',
      'tag-disputed',
      'tag-context',
      'clear-tag',
      'edit-note',
    ])
    const agreement = flatten([template[4] ?? {}]).find((item) => item.label === 'Agreement…')
    agreement?.click?.({} as never, undefined, {} as never)
    expect(send).toHaveBeenLastCalledWith('agreement')
    const story = flatten([template[4] ?? {}]).find((item) => item.label === 'Story View…')
    story?.click?.({} as never, undefined, {} as never)
    expect(send).toHaveBeenLastCalledWith('story-view')
  })

  it('lists the recent articles under File > Open Recent and opens the one chosen', () => {
    const openRecent = vi.fn()
    const recent = [
      { id: '0123456789abcdef', title: 'Rates & markets' },
      { id: 'fedcba9876543210', title: 'x'.repeat(100) },
    ]
    const linux = flatten(
      menuTemplate({ ...base, platform: 'linux', send: vi.fn(), recent, openRecent }),
    )
    const submenu = linux.find((item) => item.label === 'Open Recent')?.submenu
    if (!Array.isArray(submenu)) throw new Error('no Open Recent submenu')
    expect(submenu[0]?.label).toBe('&1 Rates && markets')
    expect(submenu[1]?.label?.length).toBeLessThan(70)
    submenu[1]?.click?.({} as never, undefined, {} as never)
    expect(openRecent).toHaveBeenCalledWith('fedcba9876543210')

    const mac = flatten(menuTemplate({ ...base, platform: 'darwin', send: vi.fn(), recent }))
    const macSubmenu = mac.find((item) => item.label === 'Open Recent')?.submenu
    expect(Array.isArray(macSubmenu) && macSubmenu[0]?.label).toBe('Rates && markets')

    const empty = flatten(menuTemplate({ ...base, platform: 'linux', send: vi.fn() }))
    const none = empty.find((item) => item.label === 'Open Recent')?.submenu
    expect(Array.isArray(none) && none).toEqual([{ label: 'No Recent Articles', enabled: false }])
  })

  it('sends Keyboard Shortcuts and About from Help, and offers no Find while nothing can be searched', () => {
    const send = vi.fn()
    const items = flatten(menuTemplate({ ...base, platform: 'linux', send }))
    items
      .find((item) => item.label === 'Keyboard Shortcuts')
      ?.click?.({} as never, undefined, {} as never)
    items
      .find((item) => item.label === 'About Factmark')
      ?.click?.({} as never, undefined, {} as never)
    expect(send.mock.calls).toEqual([['shortcuts'], ['about']])
    expect(items.some((item) => /find/i.test(item.label ?? ''))).toBe(false)
  })
})
