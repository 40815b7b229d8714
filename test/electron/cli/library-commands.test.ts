import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from './cli-harness'
import { withTempDir } from '../main/fixtures'

const RLO = '\u202e'
const HEADLINE = `Council ${RLO}txet desrever${'\u202c'} vote`

/** A library holding one article whose headline carries a right-to-left override. */
async function hostileLibrary(dir: string): Promise<string> {
  const file = join(dir, 'hostile.txt')
  await writeFile(file, `${HEADLINE}\n\nThe ${RLO}council voted. It passed.`)
  const imported = await run(['--data-dir', dir, 'import', file])
  expect(imported.code, imported.stderr).toBe(0)
  return imported.stdout.trim()
}

describe('factmark list, show and tags in a terminal', () => {
  it('print no live bidirectional control, and --json keeps the data', async () => {
    await withTempDir(async (dir) => {
      const id = await hostileLibrary(dir)
      for (const args of [['list'], ['show', id], ['tags', id], ['list', '--json']]) {
        const printed = await run(['--data-dir', dir, ...args])
        expect(printed.code, args.join(' ')).toBe(0)
        expect(printed.stdout, args.join(' ')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
      }
      expect((await run(['--data-dir', dir, 'list'])).stdout).toContain(
        'Council <U+202E>txet desrever<U+202C> vote',
      )
      const json = await run(['--data-dir', dir, 'list', '--json'])
      expect(JSON.parse(json.stdout)[0].title).toBe(HEADLINE)
      const missing = await run(['--data-dir', dir, 'show', `${RLO}0123456789abcdef`])
      expect(missing.stderr).not.toContain(RLO)
    })
  })

  it('keeps a space between the sentence count and the title at 100,000+ sentences', async () => {
    await withTempDir(async (dir) => {
      const id = await hostileLibrary(dir)
      const path = join(dir, 'library.json')
      const index = JSON.parse(await readFile(path, 'utf8'))
      index.articles[0].sentenceCount = 1_234_567
      await writeFile(path, JSON.stringify(index))
      const listed = await run(['--data-dir', dir, 'list'])
      const [header = '', row = ''] = listed.stdout.split('\n')
      expect(row.startsWith(id)).toBe(true)
      expect(row).toMatch(/ 1234567 +Council/)
      expect(header.indexOf('TITLE')).toBe(row.indexOf('Council'))
    })
  })
})
