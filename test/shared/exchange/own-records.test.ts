import { describe, expect, it } from 'vitest'
import { mergeAnnotations } from '../../../shared/exchange/merge'
import { replaceOwnRecords } from '../../../shared/exchange/own-records'
import { ANA, at, LEE, SAM, tag } from './exchange-fixtures'

describe('replaceOwnRecords', () => {
  const mine = tag(ANA, 'mine', 2)
  const kept = tag(ANA, 'kept', 2)
  const sams = tag(SAM, 'sams', 2)

  it('keeps other editors’ records and tombstones the editor’s dropped ones, at the save time', () => {
    const result = replaceOwnRecords([sams, mine, kept], [kept], [], ANA.id, 'tag', at(10))
    expect(result.records).toEqual([sams, kept])
    expect(result.deleted).toEqual([mine.id])
    expect(result.tombstones).toEqual([
      { record: 'tag', authorId: ANA.id, id: mine.id, deletedAt: at(10) },
    ])
    // Saving the same set again changes nothing.
    const again = replaceOwnRecords(
      result.records,
      [kept],
      result.tombstones,
      ANA.id,
      'tag',
      at(11),
    )
    expect(again).toEqual({ ...result, deleted: [] })
  })

  it('dates a deletion after the record even when the clock is behind it', () => {
    const future = tag(ANA, 'future', 30)
    const { tombstones } = replaceOwnRecords([future], [], [], ANA.id, 'tag', at(10))
    expect(Date.parse(tombstones[0]?.deletedAt ?? '')).toBe(Date.parse(at(30)) + 1)
  })

  it('brings back a record saved again after its deletion (undo), for every replica', () => {
    const deleted = replaceOwnRecords([mine], [], [], ANA.id, 'tag', at(10))
    const restored = replaceOwnRecords(
      deleted.records,
      [mine],
      deleted.tombstones,
      ANA.id,
      'tag',
      at(11),
    )
    const [back] = restored.records
    expect(back?.id).toBe(mine.id)
    expect(Date.parse(back?.modified ?? '')).toBe(Date.parse(at(10)) + 1)
    expect(restored.tombstones).toEqual(deleted.tombstones)
    // Another library that took the deletion takes the restored tag back too.
    const elsewhere = mergeAnnotations(
      [],
      { author: ANA, annotations: [], deleted: [{ id: mine.id, deletedAt: at(10) }] },
      LEE.id,
    )
    const merged = mergeAnnotations(
      elsewhere.annotations,
      { author: ANA, annotations: restored.records, deleted: [] },
      LEE.id,
      elsewhere.tombstones,
    )
    expect(merged.annotations.map((item) => item.id)).toEqual([mine.id])
  })
})
