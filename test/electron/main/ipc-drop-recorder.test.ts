import { describe, expect, it, vi } from 'vitest'
import { DROP_SEEN_CHANNEL } from '../../../shared/ipc/drop-channel'

const listeners = new Map<string, (event: unknown, payload: unknown) => void>()

vi.mock('electron', () => ({
  ipcMain: {
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, listener)
    }),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    handle: vi.fn(),
    removeHandler: vi.fn(),
  },
}))

const { registerDropRecorder } = await import('../../../electron/main/ipc')

describe('registerDropRecorder', () => {
  it('records the paths a trusted preload sends at the drop, and ignores anything else', () => {
    const recorded: (readonly string[])[] = []
    const trusted = { trusted: true }
    const stop = registerDropRecorder(
      (paths) => recorded.push(paths),
      (event) => event === (trusted as never),
    )
    const listener = listeners.get(DROP_SEEN_CHANNEL)
    if (!listener) throw new Error('no listener on the drop channel')
    listener(trusted, ['/home/ana/a.txt'])
    listener({ trusted: false }, ['/etc/passwd'])
    listener(trusted, '/etc/passwd')
    listener(trusted, [42])
    listener(
      trusted,
      Array.from({ length: 1001 }, () => '/x.txt'),
    )
    expect(recorded).toEqual([['/home/ana/a.txt']])
    stop()
    expect(listeners.has(DROP_SEEN_CHANNEL)).toBe(false)
  })
})
