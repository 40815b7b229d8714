import { describe, expect, it } from 'vitest'
import { eachLimited } from '../../../shared/async/each-limited'

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {}
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

describe('eachLimited', () => {
  it('keeps at most `limit` tasks running, and returns results in order', async () => {
    let running = 0
    let most = 0
    const gates = Array.from({ length: 7 }, deferred)
    const all = eachLimited(gates, 3, async (gate, index) => {
      running += 1
      most = Math.max(most, running)
      await gate.promise
      running -= 1
      return index * 10
    })
    // Release them out of order: results still come back in the items' order.
    for (const index of [2, 0, 1, 6, 5, 4, 3]) {
      await Promise.resolve()
      gates[index]!.resolve()
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await all).toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(most).toBe(3)
  })

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = []
    const run = eachLimited([0, 1, 2, 3, 4, 5], 1, async (item) => {
      started.push(item)
      if (item === 2) throw new Error('two failed')
      return item
    })
    await expect(run).rejects.toThrow('two failed')
    expect(started).toEqual([0, 1, 2])
  })

  it('handles no items, and refuses a limit below one', async () => {
    expect(await eachLimited([], 4, async () => 1)).toEqual([])
    await expect(eachLimited([1], 0, async () => 1)).rejects.toThrow(/at least 1/)
  })
})
