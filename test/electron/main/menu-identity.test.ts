import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../../electron/main/menu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((entry) => entry.label === label)
  if (!item?.click) throw new Error(`no ${label}`)
  item.click({} as never, undefined, {} as never)
}

const base = { appName: 'Factmark', isPackaged: true }

describe('menuTemplate: identity, settings and package exchange', () => {
  it('puts Settings in File with Ctrl+, on Windows and Linux, and Switch Editor beside it', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const send = vi.fn()
      const template = menuTemplate({ ...base, platform, send })
      const file = flatten([template[0] ?? {}])
      const settings = file.find((item) => item.label === 'Settings…')
      expect(settings?.accelerator).toBe('Ctrl+,')
      click(file, 'Settings…')
      click(file, 'Switch Editor…')
      expect(send.mock.calls).toEqual([['settings'], ['switch-editor']])
    }
  })

  it('puts Settings in the app menu with Cmd+, on macOS, not in File', () => {
    const send = vi.fn()
    const template = menuTemplate({ ...base, platform: 'darwin', send })
    const appMenu = flatten([template[0] ?? {}])
    expect(appMenu.find((item) => item.label === 'Settings…')?.accelerator).toBe('Cmd+,')
    click(appMenu, 'Settings…')
    expect(send).toHaveBeenCalledWith('settings')
    const file = flatten([template.find((item) => item.label === '&File') ?? {}])
    expect(file.map((item) => item.label)).not.toContain('Settings…')
    expect(file.map((item) => item.label)).toContain('Switch Editor…')
  })

  it('offers Export My Tags and Import Tags in the Review menu', () => {
    const send = vi.fn()
    const template = menuTemplate({ ...base, platform: 'linux', send })
    const review = flatten([template.find((item) => item.label === '&Review') ?? {}])
    click(review, 'Export My Tags…')
    click(review, 'Import Tags…')
    expect(send.mock.calls).toEqual([['export-package'], ['import-package']])
  })
})
