import { describe, expect, it } from 'vitest'
import { resolveIdPrefix } from '../../../electron/cli/resolve-id'
import { UsageError } from '../../../electron/cli/usage-error'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'

const CANDIDATES = [
  { id: '40a772719bc21af6', label: 'Trump Signals' },
  { id: '40b1000000000000', label: 'Another' },
  { id: '9f00000000000000', label: 'Third' },
]

describe('resolveIdPrefix', () => {
  it('takes a whole id or a unique beginning', () => {
    expect(resolveIdPrefix('9f00000000000000', CANDIDATES, 'article')).toBe('9f00000000000000')
    expect(resolveIdPrefix('9', CANDIDATES, 'article')).toBe('9f00000000000000')
    expect(resolveIdPrefix('40a7', CANDIDATES, 'article')).toBe('40a772719bc21af6')
  })

  it('refuses an ambiguous beginning, listing the candidates', () => {
    let error: unknown
    try {
      resolveIdPrefix('40', CANDIDATES, 'article')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(UsageError)
    const message = (error as Error).message
    expect(message).toMatch(/^“40” could be 2 articles; type more of the id:/)
    expect(message).toContain('40a772719bc21af6  Trump Signals')
    expect(message).toContain('40b1000000000000  Another')
    expect(message).not.toContain('9f00')
  })

  it('hands back what matches nothing, for the command to refuse in its words', () => {
    expect(resolveIdPrefix('ffff', CANDIDATES, 'article')).toBe('ffff')
  })
})

describe('id prefixes on the command line', () => {
  it('accepts a unique beginning of an article id wherever an id is taken', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const prefix = id.slice(0, 4)
      const shown = await run(['--data-dir', dir, 'show', prefix])
      expect(shown.code, shown.stderr).toBe(0)
      expect(shown.stdout).toEqual((await run(['--data-dir', dir, 'show', id])).stdout)
      const tagged = await run([
        '--data-dir',
        dir,
        'tag',
        prefix,
        '--sentence',
        '1',
        '--kind',
        'claim',
        '--editor',
        'Ana',
      ])
      expect(tagged.code, tagged.stderr).toBe(0)
      const tags = await run(['--data-dir', dir, 'tags', prefix, '--json'])
      expect(JSON.parse(tags.stdout)).toHaveLength(1)
      const missing = await run(['--data-dir', dir, 'show', 'ffff'])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toMatch(/No article with id ffff/)
    })
  })
})
