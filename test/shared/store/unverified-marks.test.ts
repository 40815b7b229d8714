import { describe, expect, it } from 'vitest'
import { markedKeys, remark, withoutMark } from '../../../shared/store/unverified-marks'
import { ANA, SAM, tag } from '../exchange/exchange-fixtures'

const NONE = { added: [], updated: [], deleted: [], unchanged: 0, clashes: [] }

describe('unverified marks', () => {
  it('takes the mark off a record, leaving the rest as it was', () => {
    const marked = { ...tag(SAM, 'one'), unverified: true as const }
    expect(withoutMark(marked)).toEqual(tag(SAM, 'one'))
    expect(markedKeys([marked, tag(SAM, 'two')])).toEqual(new Set([`${SAM.id}\u0000${marked.id}`]))
  })

  it('marks what an unsigned package added or updated, and keeps other editors’ marks', () => {
    const sams = tag(SAM, 'one')
    const anas = tag(ANA, 'mine')
    const before = new Set([`${ANA.id}\u0000${anas.id}`])
    const changes = { ...NONE, added: [sams.id] }
    expect(remark([sams, anas], before, SAM.id, changes, [sams], true)).toEqual([
      { ...sams, unverified: true },
      { ...anas, unverified: true },
    ])
    expect(remark([sams, anas], new Set(), SAM.id, changes, [sams], false)).toEqual([sams, anas])
  })

  it('lets a signed package clear the mark of a record it carries unchanged, not of another', () => {
    const one = tag(SAM, 'one')
    const two = tag(SAM, 'two')
    const before = new Set([`${SAM.id}\u0000${one.id}`, `${SAM.id}\u0000${two.id}`])
    const changed = { ...two, note: 'different' }
    expect(remark([one, two], before, SAM.id, NONE, [one, changed], false)).toEqual([
      one,
      { ...two, unverified: true },
    ])
    // An unsigned package never clears a mark, nor downgrades a verified record it repeats.
    expect(remark([one, two], new Set(), SAM.id, NONE, [one], true)).toEqual([one, two])
  })
})
