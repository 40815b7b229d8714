import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SEEDS_DIR, withTempDir } from '../main/fixtures'
import { run } from './cli-harness'

interface StoryJson {
  quotes: {
    text: string
    occurrences: { articleId: string; text: string; speaker: string | null }[]
  }[]
  numbers: {
    about: string
    values: {
      articleId: string
      value: { op: string; value: number; unit: string }
      text: string
    }[]
    conflict: boolean
  }[]
}

const SEEDS = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(SEEDS_DIR, name))

async function importSeeds(dir: string): Promise<string[]> {
  const imported = await run(['--data-dir', dir, 'import', ...SEEDS])
  expect(imported.code).toBe(0)
  return imported.stdout.trim().split('\n')
}

describe('factmark story', () => {
  it('prints the quotes and numbers of the seeds as JSON, with the strike conflict', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const result = await run(['--data-dir', dir, 'story', ...ids, '--json'])
      expect(result).toMatchObject({ code: 0, stderr: '' })
      const story = JSON.parse(result.stdout) as StoryJson
      const ok = story.quotes.find((quote) =>
        quote.occurrences.some((o) => o.text === 'That’s okay with me'),
      )
      expect(new Set(ok?.occurrences.map((o) => o.articleId)).size).toBe(5)
      expect(ok?.occurrences.find((o) => o.text === 'That’s okay with me')?.speaker).toBe('Trump')
      const strikes = story.numbers.find((topic) => topic.about === 'strikes')
      expect(strikes?.conflict).toBe(true)
      expect(strikes?.values).toContainEqual({
        articleId: ids[1],
        value: { op: '=', value: 11, unit: 'count' },
        text: '11 strikes',
      })
      expect(strikes?.values).toContainEqual({
        articleId: ids[3],
        value: { op: '≥', value: 20, unit: 'count' },
        text: 'at least 20 strikes',
      })
      const deaths = story.numbers.find((topic) => topic.about === 'people killed')
      expect(deaths?.values.map((value) => value.value.op)).toEqual(
        expect.arrayContaining(['≥', '>', 'vague', '=']),
      )
    })
  })

  it('prints a readable table, and refuses fewer than two ids or an unknown one', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const table = await run(['--data-dir', dir, 'story', ids[0] ?? '', ids[1] ?? ''])
      expect(table.code).toBe(0)
      expect(table.stdout).toMatch(/^Story of 2 articles/)
      expect(table.stdout).toMatch(/strikes {2}CONFLICT/)
      expect(table.stdout).toMatch(/B {2}= 11 +11 strikes +conflicts with A/)
      expect(table.stdout).toContain('That’s okay with me')

      const one = await run(['--data-dir', dir, 'story', ids[0] ?? ''])
      expect(one.code).toBe(2)
      expect(one.stderr).toMatch(/two or more article ids/)
      const unknown = await run(['--data-dir', dir, 'story', ids[0] ?? '', '0123456789abcdef'])
      expect(unknown.code).toBe(1)
      expect(unknown.stderr).toMatch(/No article with id 0123456789abcdef/)
    })
  })
})
