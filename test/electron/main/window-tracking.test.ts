import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import type { WindowState } from '../../../electron/core/store/settings-store'
import { FakeBrowserWindow } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const { createMainWindow, trackWindowState, WINDOW_STATE_SAVE_DELAY_MS } =
  await import('../../../electron/main/window')

/** A window that can be moved, maximized and closed by the test. */
class MovableWindow extends EventEmitter {
  bounds = { x: 100, y: 80, width: 1000, height: 700 }
  maximized = false
  getNormalBounds() {
    return { ...this.bounds }
  }
  isMaximized() {
    return this.maximized
  }
  isMinimized() {
    return false
  }
  isFullScreen() {
    return false
  }
  moveTo(x: number, y: number) {
    this.bounds = { ...this.bounds, x, y }
    this.emit('move')
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('trackWindowState', () => {
  it('saves once after a burst of moves has settled, with the last place', () => {
    const window = new MovableWindow()
    const saved: WindowState[] = []
    trackWindowState(window, (state) => saved.push(state))
    for (let x = 110; x <= 200; x += 10) window.moveTo(x, 90)
    expect(saved).toEqual([])
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS)
    expect(saved).toEqual([{ x: 200, y: 90, width: 1000, height: 700, maximized: false }])
  })

  it('saves at once on close, cancelling the pending save', () => {
    const window = new MovableWindow()
    const saved: WindowState[] = []
    trackWindowState(window, (state) => saved.push(state))
    window.moveTo(300, 300)
    window.maximized = true
    window.emit('close')
    expect(saved).toEqual([{ x: 300, y: 300, width: 1000, height: 700, maximized: true }])
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS * 2)
    expect(saved).toHaveLength(1)
  })

  it('saves nothing after it was stopped', () => {
    const window = new MovableWindow()
    const save = vi.fn()
    const stop = trackWindowState(window, save)
    window.emit('resize')
    stop()
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS * 2)
    window.emit('close')
    expect(save).not.toHaveBeenCalled()
  })
})

describe('createMainWindow with a saved place', () => {
  it('opens at the saved bounds and maximizes before showing when it was maximized', () => {
    FakeBrowserWindow.instances.length = 0
    const window = createMainWindow({
      preloadPath: '/x/preload.cjs',
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    }) as unknown as FakeBrowserWindow & { maximize: () => void }
    expect(window.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 })
    const order: string[] = []
    window.maximize = () => order.push('maximize')
    window.show.mockImplementation(() => order.push('show'))
    window.emit('ready-to-show')
    expect(order).toEqual(['maximize', 'show'])
  })
})
