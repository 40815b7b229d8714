import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../electron/core/dispatch'
import { invokeChannels, type Handlers } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const fakes = Object.fromEntries(invokeChannels.map((channel) => [channel, vi.fn()]))
  return {
    ...fakes,
    listArticles: vi.fn(() => []),
    openArticle: vi.fn(() => {
      throw new FactmarkError('not-found', 'No article with id 0123456789abcdef is in the library.')
    }),
    ...overrides,
  } as unknown as Handlers
}

describe('dispatch', () => {
  it('runs the handler of a known channel with its validated argument', async () => {
    const handlers = fakeHandlers()
    expect(await dispatch(handlers, 'listArticles', undefined)).toEqual({ ok: true, value: [] })
    expect(handlers.listArticles).toHaveBeenCalledOnce()
  })

  it('refuses unknown channels, including inherited property names', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(fakeHandlers(), channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      })
    }
  })

  it('refuses malformed payloads before any handler runs', async () => {
    const handlers = fakeHandlers()
    const bad: unknown[] = [
      undefined,
      { id: '../../etc/passwd' },
      { id: 'ABCDEF0123456789' },
      { id: '0123456789abcdef', extra: 1 },
      JSON.parse('{"__proto__": {"polluted": 1}, "id": "0123456789abcdef"}'),
      'x'.repeat(100_000),
    ]
    for (const payload of bad) {
      const result = await dispatch(handlers, 'openArticle', payload)
      expect(result.ok).toBe(false)
    }
    expect(handlers.openArticle).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const meta = await dispatch(handlers, 'updateArticleMeta', {
      id: '0123456789abcdef',
      changes: { published: '2025-02-30' },
    })
    expect(meta).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(handlers.updateArticleMeta).not.toHaveBeenCalled()
  })

  it('turns a FactmarkError into a failure with its code and message', async () => {
    const result = await dispatch(fakeHandlers(), 'openArticle', { id: '0123456789abcdef' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'No article with id 0123456789abcdef is in the library.',
      },
    })
  })

  it('reports unexpected errors as internal failures and logs them, never throwing', async () => {
    const log = vi.fn()
    const handlers = fakeHandlers({
      listArticles: () => {
        throw new TypeError('boom')
      },
    })
    const result = await dispatch(handlers, 'listArticles', undefined, log)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(log).toHaveBeenCalledWith('dispatch: listArticles failed', expect.any(TypeError))
  })

  it('words a system error plainly and keeps its code for the Details fold', async () => {
    const handlers = fakeHandlers({
      listArticles: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        })
      },
    })
    const result = await dispatch(handlers, 'listArticles', undefined)
    if (result.ok) throw new Error('expected a failure')
    expect(result.error.message).toMatch(/the disk is full\. Free some space/)
    expect(result.error.message).not.toMatch(/ENOSPC/)
    expect(result.error.details).toBe('ENOSPC: no space left on device, write')
  })
})
