import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import { guardClose } from '../../../electron/core/close-guard'

class FakeWindow extends EventEmitter {
  closed = false
  close() {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('close', event)
    if (!event.defaultPrevented) this.closed = true
  }
  isDestroyed() {
    return this.closed
  }
}

describe('guardClose', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('holds the first close until the renderer says its work is saved', () => {
    const window = new FakeWindow()
    const ask = vi.fn()
    const { release } = guardClose(window, ask)
    window.close()
    expect(window.closed).toBe(false)
    expect(ask).toHaveBeenCalledOnce()
    window.close()
    expect(ask).toHaveBeenCalledOnce()
    release()
    expect(window.closed).toBe(true)
  })

  it('closes anyway after the timeout when the page does not answer', () => {
    const window = new FakeWindow()
    guardClose(window, () => undefined, 3000)
    window.close()
    vi.advanceTimersByTime(2999)
    expect(window.closed).toBe(false)
    vi.advanceTimersByTime(1)
    expect(window.closed).toBe(true)
  })
})
