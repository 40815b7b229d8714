import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readClaimsFile } from '../../../../electron/core/claims/read-claims-file'
import { withTempDir } from '../../main/fixtures'

const TAG = {
  id: 'tag-00000001',
  articleId: 'a000000000000001',
  author: { id: 'ana-ruiz', name: 'Ana Ruiz' },
  kind: 'claim',
  target: {
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    quote: { type: 'TextQuoteSelector', exact: 'Taxes', prefix: '', suffix: '' },
  },
  note: '',
  factCheck: { status: 'verdict', verdict: 'false' },
  created: '2026-11-01T10:00:00.000Z',
  modified: '2026-11-01T10:00:00.000Z',
}

async function read(dir: string, data: unknown): Promise<unknown> {
  const path = join(dir, 'a.json')
  await writeFile(path, typeof data === 'string' ? data : JSON.stringify(data))
  return readClaimsFile(path)
}

describe('reading an article file for the claims board', () => {
  it('returns the tags and reviews of a well-formed file, none when a format-1 file has none', async () => {
    await withTempDir(async (dir) => {
      expect(await read(dir, { version: 2, article: {}, annotations: [TAG], reviews: [] })).toEqual(
        {
          annotations: [TAG],
          reviews: [],
        },
      )
      expect(await read(dir, { version: 1, article: {}, annotations: [TAG] })).toEqual({
        annotations: [TAG],
        reviews: [],
      })
    })
  })

  it('gives up (null) on anything it cannot vouch for, for the store to read fully', async () => {
    await withTempDir(async (dir) => {
      expect(await read(dir, '{"version": 2, "annotations": [')).toBeNull()
      expect(await read(dir, { version: 3, annotations: [TAG] })).toBeNull()
      expect(await read(dir, { version: 2, annotations: {} })).toBeNull()
      expect(await read(dir, { version: 2, annotations: [{ ...TAG, kind: 'rumour' }] })).toBeNull()
      expect(
        await read(dir, { version: 2, annotations: [{ ...TAG, factCheck: { status: 'done' } }] }),
      ).toBeNull()
      expect(
        await read(dir, {
          version: 2,
          annotations: [TAG],
          reviews: [{ id: 'r', verdict: 'maybe' }],
        }),
      ).toBeNull()
      expect(await readClaimsFile(join(dir, 'missing.json'))).toBeNull()
    })
  })
})
