import { describe, expect, it } from 'vitest'
import { captureWindowState, MIN_VISIBLE, restoreBounds } from '../../../electron/core/window-state'

const defaults = { width: 1280, height: 840 }
const minimum = { width: 900, height: 600 }
const laptop = { workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const leftMonitor = { workArea: { x: -1920, y: 0, width: 1920, height: 1050 } }

describe('restoreBounds', () => {
  it('opens a first window at the default size, placed by the platform', () => {
    expect(restoreBounds(undefined, [laptop], defaults, minimum)).toEqual({
      width: 1280,
      height: 840,
      maximized: false,
    })
  })

  it('keeps a saved place that is on a display', () => {
    const saved = { x: -1800, y: 100, width: 1200, height: 800, maximized: false }
    expect(restoreBounds(saved, [laptop, leftMonitor], defaults, minimum)).toEqual({
      x: -1800,
      y: 100,
      width: 1200,
      height: 800,
      maximized: false,
    })
  })

  it('drops the position of a window whose display was unplugged, keeping size and maximized', () => {
    const saved = { x: -1800, y: 100, width: 1200, height: 800, maximized: true }
    expect(restoreBounds(saved, [laptop], defaults, minimum)).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    })
  })

  it('moves a window hanging off its display back inside, and shrinks it to fit', () => {
    const saved = { x: 1000, y: 500, width: 2000, height: 900, maximized: false }
    expect(restoreBounds(saved, [laptop], defaults, minimum)).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
      maximized: false,
    })
  })

  it('treats a sliver on screen as off screen', () => {
    const saved = {
      x: 1440 - MIN_VISIBLE.width + 1,
      y: 100,
      width: 1000,
      height: 700,
      maximized: false,
    }
    expect(restoreBounds(saved, [laptop], defaults, minimum)).not.toHaveProperty('x')
  })

  it('never goes below the minimum size, even on a tiny display or with none', () => {
    const tiny = { workArea: { x: 0, y: 0, width: 800, height: 500 } }
    expect(restoreBounds(undefined, [tiny], defaults, minimum)).toMatchObject(minimum)
    expect(restoreBounds(undefined, [], defaults, minimum)).toMatchObject(defaults)
  })
})

describe('captureWindowState', () => {
  const window = (maximized: boolean, fullScreen: boolean) => ({
    getNormalBounds: () => ({ x: 10.4, y: 20, width: 1000.6, height: 700 }),
    isMaximized: () => maximized,
    isMinimized: () => false,
    isFullScreen: () => fullScreen,
  })

  it('saves the normal bounds, rounded, and whether the window is maximized', () => {
    expect(captureWindowState(window(true, false))).toEqual({
      x: 10,
      y: 20,
      width: 1001,
      height: 700,
      maximized: true,
    })
  })

  it('saves full screen as maximized', () => {
    expect(captureWindowState(window(false, true)).maximized).toBe(true)
    expect(captureWindowState(window(false, false)).maximized).toBe(false)
  })
})
