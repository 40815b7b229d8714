import { describe, expect, it } from 'vitest'
import { parseRawLog } from '../../../../electron/core/team/commit-log'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const ZERO = '0'.repeat(40)
const BLOB1 = '1'.repeat(40)
const BLOB2 = '2'.repeat(40)

describe('parseRawLog', () => {
  it('reads each commit’s header and every file it changed with its blobs', () => {
    const text =
      `\x1e${A}\x1f\x1fAna Ruiz\x1f2026-01-01T00:00:00+00:00\0\n` +
      `:000000 100644 ${ZERO} ${BLOB1} A\0team.json\0` +
      `\x1e${B}\x1f${A}\x1fBen\x1f2026-01-02T00:00:00+00:00\0\n` +
      `:100644 100644 ${BLOB1} ${BLOB2} M\0team.json\0` +
      `:100644 000000 ${BLOB2} ${ZERO} D\0editors/ben/a b.json\0`
    const [first, second] = parseRawLog(text)
    expect(first).toMatchObject({ sha: A, parents: [], authorClaimed: 'Ana Ruiz' })
    expect(first?.changes).toEqual([{ status: 'A', path: 'team.json' }])
    expect(first?.blobs.get('team.json')).toBe(BLOB1)
    expect(second?.parents).toEqual([A])
    expect(second?.changes).toEqual([
      { status: 'M', path: 'team.json' },
      { status: 'D', path: 'editors/ben/a b.json' },
    ])
    expect(second?.blobs.has('editors/ben/a b.json')).toBe(false)
    expect(second?.previous.get('team.json')).toBe(BLOB1)
  })

  it('reads a commit that changed nothing', () => {
    expect(parseRawLog(`\x1e${B}\x1f${A}\x1fBen\x1f2026-01-02T00:00:00+00:00\0\n`)).toEqual([
      expect.objectContaining({ sha: B, changes: [] }),
    ])
  })
})
