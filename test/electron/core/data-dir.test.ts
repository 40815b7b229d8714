import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../electron/core/data-dir'

describe('defaultDataDir', () => {
  it('uses the per-user application-data folder of each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ed')).toBe('/home/ed/.config/Factmark/library')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ed')).toBe(
      '/x/Factmark/library',
    )
    expect(defaultDataDir('darwin', {}, '/Users/ed')).toBe(
      '/Users/ed/Library/Application Support/Factmark/library',
    )
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/ed/AppData/Roaming' }, 'C:/Users/ed')).toBe(
      'C:/Users/ed/AppData/Roaming/Factmark/library',
    )
  })

  it('prefers FACTMARK_DATA_DIR', () => {
    expect(defaultDataDir('linux', { FACTMARK_DATA_DIR: '/data/lib' }, '/home/ed')).toBe(
      '/data/lib',
    )
  })
})
