import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver, type SaveStatus } from '../../../renderer/editor/autosave'

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('coalesces changes within the delay into one save of the latest snapshot', async () => {
    const save = vi.fn(async (_snapshot: number) => undefined)
    const statuses: SaveStatus['kind'][] = []
    const saver = createAutosaver({
      save,
      delayMs: 500,
      retryMs: 1000,
      onStatus: (s) => statuses.push(s.kind),
    })
    saver.schedule(() => 1)
    saver.schedule(() => 2)
    saver.schedule(() => 3)
    await vi.advanceTimersByTimeAsync(499)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledExactlyOnceWith(3)
    expect(statuses.at(-1)).toBe('saved')
  })

  it('keeps failed work pending and retries until it is saved', async () => {
    const save = vi
      .fn<(snapshot: string) => Promise<void>>()
      .mockRejectedValueOnce(new Error('ENOSPC: no space left on device'))
      .mockResolvedValue(undefined)
    const statuses: SaveStatus[] = []
    const saver = createAutosaver({
      save,
      delayMs: 100,
      retryMs: 1000,
      onStatus: (s) => statuses.push(s),
    })
    saver.schedule(() => 'work')
    await vi.advanceTimersByTimeAsync(100)
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: 'ENOSPC: no space left on device' })
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(2)
    expect(save).toHaveBeenLastCalledWith('work')
    expect(statuses.at(-1)?.kind).toBe('saved')
  })

  it('flushes at once and never runs two saves at the same time', async () => {
    let running = 0
    let most = 0
    const save = vi.fn(async () => {
      running += 1
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 50))
      running -= 1
    })
    const saver = createAutosaver({ save, delayMs: 1000, retryMs: 1000, onStatus: () => undefined })
    saver.schedule(() => 'a')
    const first = saver.flush()
    saver.schedule(() => 'b')
    const second = saver.flush()
    await vi.advanceTimersByTimeAsync(200)
    await Promise.all([first, second])
    expect(save.mock.calls).toEqual([['a'], ['b']])
    expect(most).toBe(1)
  })
})
