import { describe, expect, it } from 'vitest'
import { reuseUnchanged, sameJson } from '../../../shared/store/unchanged-records'
import { ANA, tag } from '../exchange/exchange-fixtures'

describe('sameJson', () => {
  it('compares JSON values deeply, whatever the order of the keys', () => {
    expect(sameJson({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true)
    expect(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false)
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false)
    expect(sameJson({ 0: 1 }, [1])).toBe(false)
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false)
    expect(sameJson(null, {})).toBe(false)
    expect(sameJson('1', 1)).toBe(false)
  })
})

describe('reuseUnchanged', () => {
  it('takes the stored object for each record sent again unchanged, and says which', () => {
    const [a, b, c] = [tag(ANA, 'a'), tag(ANA, 'b'), tag(ANA, 'c')]
    const stored = [a, b, c]
    const sent = [
      structuredClone(c),
      { ...structuredClone(a), note: 'changed' },
      tag(ANA, 'new'),
      structuredClone(b),
    ]
    const { records, unchanged } = reuseUnchanged(sent, stored)
    expect(records).toEqual(sent)
    expect(records[0]).toBe(stored[2])
    expect(records[1]).toBe(sent[1])
    expect(records[2]).toBe(sent[2])
    expect(records[3]).toBe(stored[1])
    expect([...unchanged]).toEqual([stored[2], stored[1]])
  })
})
