import { describe, expect, it, vi } from 'vitest'
import { createApi } from '../../../shared/ipc/bridge'
import { pageInvokeChannels } from '../../../shared/ipc/contract'

describe('createApi', () => {
  it('exposes exactly one method per page channel plus `on`, frozen', () => {
    const api = createApi({ invoke: vi.fn(), subscribe: vi.fn() })
    expect(Object.keys(api).sort()).toEqual([...pageInvokeChannels, 'on'].sort())
    expect('importDropped' in api).toBe(false)
    expect(Object.isFrozen(api)).toBe(true)
    expect('invoke' in api).toBe(false)
  })

  it('sends each method on its own namespaced channel with its one argument', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'x' }))
    const api = createApi({ invoke, subscribe: vi.fn() })
    await api.openArticle({ id: '0123456789abcdef' })
    await api.listArticles()
    expect(invoke).toHaveBeenNthCalledWith(1, 'factmark:openArticle', { id: '0123456789abcdef' })
    expect(invoke).toHaveBeenNthCalledWith(2, 'factmark:listArticles', undefined)
  })

  it('subscribes only to allow-listed events and passes on nothing but the payload', () => {
    let deliver: (payload: unknown) => void = () => undefined
    const unsubscribe = vi.fn()
    const subscribe = vi.fn((_channel: string, listener: (payload: unknown) => void) => {
      deliver = listener
      return unsubscribe
    })
    const api = createApi({ invoke: vi.fn(), subscribe })
    const listener = vi.fn()
    const stop = api.on('menuCommand', listener)
    deliver('import')
    expect(subscribe).toHaveBeenCalledWith('factmark:menuCommand', expect.any(Function))
    expect(listener).toHaveBeenCalledWith('import')
    stop()
    expect(unsubscribe).toHaveBeenCalled()
    expect(() => api.on('ipc-internal' as never, listener)).toThrow(/unknown event/)
    expect(() => api.on('__proto__' as never, listener)).toThrow(/unknown event/)
  })
})
