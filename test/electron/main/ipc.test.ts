import { beforeEach, describe, expect, it, vi } from 'vitest'
import { invokeChannels, ipcChannelName, type Handlers } from '../../../shared/ipc/contract'

const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn(
      (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => {
        registered.set(channel, listener)
      },
    ),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
  },
}))

const { registerIpc } = await import('../../../electron/main/ipc')

function handlers(): Handlers {
  const fakes = Object.fromEntries(invokeChannels.map((channel) => [channel, vi.fn()]))
  return { ...fakes, listArticles: vi.fn(() => []) } as unknown as Handlers
}

describe('registerIpc', () => {
  beforeEach(() => registered.clear())

  it('registers every contract channel, and only those, through the wrapper', () => {
    const remove = registerIpc(handlers(), { isTrusted: () => true })
    expect([...registered.keys()].sort()).toEqual(invokeChannels.map(ipcChannelName).sort())
    remove()
    expect(registered.size).toBe(0)
  })

  it('answers an untrusted sender with a forbidden failure and runs no handler', async () => {
    const implementation = handlers()
    registerIpc(implementation, { isTrusted: () => false })
    for (const channel of invokeChannels) {
      const result = await registered.get(ipcChannelName(channel))?.({}, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    for (const handler of Object.values(implementation)) expect(handler).not.toHaveBeenCalled()
  })

  it('uses the real sender check by default: a frame from another origin is refused', async () => {
    const implementation = handlers()
    registerIpc(implementation)
    const listener = registered.get(ipcChannelName('listArticles'))
    for (const senderFrame of [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///etc/passwd', parent: null },
    ]) {
      expect(await listener?.({ senderFrame }, undefined)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
    }
    expect(implementation.listArticles).not.toHaveBeenCalled()
  })

  it('validates the payload of a trusted call before the handler sees it', async () => {
    const implementation = handlers()
    registerIpc(implementation, { isTrusted: () => true })
    const open = registered.get(ipcChannelName('openArticle'))
    expect(await open?.({}, { id: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(implementation.openArticle).not.toHaveBeenCalled()
    expect(await registered.get(ipcChannelName('listArticles'))?.({}, undefined)).toEqual({
      ok: true,
      value: [],
    })
  })
})
