import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  storeJsonInChunks,
  type SerialisedValue,
} from '../../../../electron/core/store/chunked-json'
import { PRETTY_PRINT_LIMIT, storeJson } from '../../../../electron/core/store/json-file'

/** Text with what JSON escapes or encodes in several bytes mixed in. */
const awkward = fc.oneof(
  fc.string(),
  fc.constantFrom('“said”', 'é', '\u2028', 'x"y', '\\', '\u0000', '😀', '\ud800', '__proto__'),
)

/** JSON-like values, with what JSON.stringify treats specially (undefined, dates, holes). */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    awkward,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
  ),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 6 }),
  object: fc.dictionary(awkward, tie('node'), { maxKeys: 5 }),
}))

/** A value shaped like an article file, `paragraphs` long, with `tags` tags. */
function articleLike(paragraphs: number, tags: number, word = 'budget'): Record<string, unknown> {
  return {
    version: 3,
    skipped: undefined,
    article: {
      id: 'abc',
      when: new Date(Date.UTC(2026, 0, 1)),
      title: 'A “big” one',
      body: {
        type: 'doc',
        content: Array.from({ length: paragraphs }, (_, n) => ({
          type: 'paragraph',
          attrs: { n, odd: n % 2 === 0 ? undefined : null },
          content: [{ type: 'text', text: `The ${word} “${n}” é \u2028 x"y ${'\\'}` }],
        })),
      },
    },
    annotations: Array.from({ length: tags }, (_, n) => ({
      id: `tag-${n}`,
      fn: () => n,
      note: n % 3 === 0 ? undefined : `note ${n} 😀`,
    })),
    reviews: [],
  }
}

describe('storeJsonInChunks', () => {
  it("writes storeJson's bytes for any JSON-like value, small or past the limit", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(awkward, value.node, { maxKeys: 6 }),
        fc.array(value.node, { maxLength: 700 }),
        fc.boolean(),
        async (top, long, big) => {
          // The random values at every depth the serialiser walks, and long arrays in pieces.
          const file = {
            ...top,
            article: { ...top, body: { type: 'doc', content: long, top } },
            annotations: long,
            ...(big ? { padding: 'p'.repeat(PRETTY_PRINT_LIMIT) } : {}),
          }
          const bytes = await storeJsonInChunks(file, { sliceMs: 0 })
          expect(bytes.equals(storeJson(file))).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('writes the holes of a sparse array as null, as JSON.stringify does', async () => {
    const content: unknown[] = []
    content[1_000] = 'last'
    const file = { article: { body: { content } }, padding: 'p'.repeat(PRETTY_PRINT_LIMIT) }
    expect((await storeJsonInChunks(file)).equals(storeJson(file))).toBe(true)
  })

  it('writes a big article file exactly as storeJson does, compact, on one line', async () => {
    const file = articleLike(3_000, 700)
    const bytes = await storeJsonInChunks(file, { sliceMs: 0 })
    expect(bytes.length).toBeGreaterThan(PRETTY_PRINT_LIMIT)
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(file)}\n`)
  })

  it('indents a small file, as storeJson does', async () => {
    const file = articleLike(3, 2)
    expect((await storeJsonInChunks(file)).toString('utf8')).toBe(
      `${JSON.stringify(file, null, 2)}\n`,
    )
  })

  it('lets the event loop run while it serialises a big file', async () => {
    const file = articleLike(4_000, 1_000)
    let immediates = 0
    let done = false
    const count = (): void => {
      immediates += 1
      if (!done) setImmediate(count)
    }
    setImmediate(count)
    try {
      await storeJsonInChunks(file, { sliceMs: 0 })
    } finally {
      done = true
    }
    // With a slice of 0 ms it yields after every piece: the other callbacks ran in between.
    expect(immediates).toBeGreaterThan(10)
  })

  it('keeps the values it is told to, and writes them from their bytes the next time', async () => {
    const cache = new WeakMap<object, SerialisedValue>()
    const file = articleLike(3_000, 10)
    const article = file.article as { body: object }
    const keep = (value: object) => value === article.body
    const first = await storeJsonInChunks(file, { cache, keep })
    const kept = cache.get(article.body)
    expect(kept?.bytes.toString('utf8')).toBe(JSON.stringify(article.body))
    expect(kept?.chars).toBe(JSON.stringify(article.body).length)

    // The next save of the same body with other tags: the body is not serialised again…
    const next = { ...file, annotations: [{ id: 'tag-new', note: 'é' }] }
    const sentinel = { bytes: Buffer.from('{"kept":true}'), chars: 13 }
    const again = await storeJsonInChunks(next, { cache, keep })
    expect(again.toString('utf8')).toBe(`${JSON.stringify(next)}\n`)
    expect(first.equals(again)).toBe(false)
    // …which shows when its kept bytes say something else (tags enough to stay past the limit).
    cache.set(article.body, sentinel)
    const padded = { ...next, annotations: articleLike(0, 10_000).annotations }
    const fromCache = (await storeJsonInChunks(padded, { cache, keep })).toString('utf8')
    expect(fromCache.includes('"body":{"kept":true}')).toBe(true)
    expect(fromCache.includes('The budget')).toBe(false)
  })

  it('writes the kept items of an array from their bytes, among items it serialises', async () => {
    const cache = new WeakMap<object, SerialisedValue>()
    const file = articleLike(3_000, 700)
    const tags = file.annotations as object[]
    // Every third tag is a stored one, kept; the others are new in this save.
    const stored = new Set(tags.filter((_, n) => n % 3 === 1))
    const keep = (value: object) => stored.has(value)
    const first = await storeJsonInChunks(file, { cache, keep })
    expect(first.equals(storeJson(file))).toBe(true)
    for (const tag of stored) expect(cache.get(tag)?.bytes.toString()).toBe(JSON.stringify(tag))
    expect(cache.get(tags[0] ?? {})).toBeUndefined()

    // The next save writes a kept tag from its bytes, not from the object.
    const marked = tags[1] ?? {}
    cache.set(marked, { bytes: Buffer.from('{"id":"from-bytes"}'), chars: 19 })
    const next = (await storeJsonInChunks(file, { cache, keep })).toString('utf8')
    expect(next.split('"id":"from-bytes"')).toHaveLength(2)
    expect(next.includes('"id":"tag-1"')).toBe(false)
    expect(next.includes('"id":"tag-0"') && next.includes('"id":"tag-2"')).toBe(true)
    // Kept first and last items, and an array of kept items only, are joined as JSON joins them.
    const ends = { ...file, annotations: [...tags.slice(1, 2), ...tags.slice(2, 400), tags[1]] }
    const joined = (await storeJsonInChunks(ends, { cache, keep })).toString('utf8')
    expect(JSON.parse(joined)).toMatchObject({ annotations: expect.any(Array) })
    const only = { ...file, annotations: [...stored].slice(1) }
    const onlyKept = await storeJsonInChunks(only, { cache, keep })
    expect(onlyKept.equals(storeJson(only))).toBe(true)
  })

  it('serialises a new body, and keeps it apart from the old one', async () => {
    const cache = new WeakMap<object, SerialisedValue>()
    const file = articleLike(3_000, 10)
    const edited = articleLike(3_000, 10, 'council')
    for (const each of [file, edited, file]) {
      const body = (each.article as { body: object }).body
      const bytes = await storeJsonInChunks(each, { cache, keep: (value) => value === body })
      expect(bytes.equals(storeJson(each))).toBe(true)
    }
  })

  it('rejects, as JSON.stringify throws, on what JSON cannot hold', async () => {
    const file = { ...articleLike(3_000, 3), bad: 10n }
    await expect(storeJsonInChunks(file)).rejects.toThrow(/BigInt/)
    const cyclic: Record<string, unknown> = { a: [] }
    ;(cyclic.a as unknown[]).push({ deep: { deeper: { deepest: cyclic } } })
    await expect(storeJsonInChunks(cyclic)).rejects.toThrow(TypeError)
  })
})
