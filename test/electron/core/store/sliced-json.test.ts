import { describe, expect, it } from 'vitest'
import { storeJson } from '../../../../electron/core/store/json-file'
import { storeJsonInSlices, stringifyInSlices } from '../../../../electron/core/store/sliced-json'
import { randomGenerator } from '../../../shared/anchoring/articles'

/** A value shaped like an article file, with everything JSON treats specially mixed in. */
function articleLike(seed: number, paragraphs: number, tags: number): unknown {
  const random = randomGenerator(seed)
  const word = () =>
    ['the', 'mayor', '“said”', 'é', '\u2028', 'x"y', '\\'][Math.floor(random() * 7)]
  return {
    version: 3,
    skipped: undefined,
    fn: () => 1,
    article: {
      id: 'abc',
      when: new Date(Date.UTC(2026, 0, 1)),
      body: {
        type: 'doc',
        content: Array.from({ length: paragraphs }, (_, n) => ({
          type: 'paragraph',
          attrs: { n, odd: n % 2 === 0 ? undefined : null },
          content: [{ type: 'text', text: `${word()} ${word()} ${n}` }],
        })),
      },
    },
    annotations: Array.from({ length: tags }, (_, n) => ({
      id: `t${n}`,
      score: n % 5 === 0 ? Number.NaN : n / 3,
      list: [undefined, () => 2, n],
      nested: { deep: { deeper: { deepest: [word(), undefined] } } },
    })),
    sparse: Array.from({ length: 20 }, (_, n) => (n % 3 === 0 ? undefined : n)),
  }
}

describe('stringifyInSlices', () => {
  it('writes exactly what JSON.stringify writes, special values and all', async () => {
    for (const [seed, paragraphs, tags] of [
      [1, 0, 0],
      [2, 3, 40],
      [3, 200, 17],
      [4, 15, 16],
    ] as const) {
      const value = articleLike(seed, paragraphs, tags)
      expect(await stringifyInSlices(value)).toBe(JSON.stringify(value))
    }
    for (const value of [null, 3, 'text', [], {}, [undefined], { a: undefined }]) {
      expect(await stringifyInSlices(value)).toBe(JSON.stringify(value))
    }
  })

  it('lets the event loop run while it serialises a big value', async () => {
    let turns = 0
    let running = true
    const tick = () => {
      if (!running) return
      turns += 1
      setImmediate(tick)
    }
    setImmediate(tick)
    const value = articleLike(5, 300, 300)
    const text = await stringifyInSlices(value, 0)
    running = false
    expect(text).toBe(JSON.stringify(value))
    expect(turns).toBeGreaterThan(100)
  })

  it('gives the same bytes as storeJson, indented when small and compact when big', async () => {
    const small = articleLike(6, 5, 5)
    expect((await storeJsonInSlices(small)).equals(storeJson(small))).toBe(true)
    const big = articleLike(7, 4000, 1500)
    const bytes = await storeJsonInSlices(big)
    expect(bytes.equals(storeJson(big))).toBe(true)
    expect(bytes.toString('utf8')).not.toContain('\n  ')
  })
})
