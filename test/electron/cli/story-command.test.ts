import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
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
  roles: {
    person: string
    conflict: boolean
    values: { articleId: string; text: string; role: string }[]
  }[]
  suggestions: {
    id: string
    articleId: string
    kind: string
    text: string
    speaker: string | null
    reason: string
  }[]
}

interface TagJson {
  id: string
  kind: string
  speaker?: string
  author: { name: string }
  target: { quote: { exact: string } }
}

async function storyOf(dir: string, ids: readonly string[]): Promise<StoryJson> {
  const result = await run(['--data-dir', dir, 'story', ...ids, '--json'])
  expect(result).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(result.stdout) as StoryJson
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
      expect(ok?.occurrences.find((o) => o.text === 'That’s okay with me')?.speaker).toMatch(
        /\bTrump$/,
      )
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
        expect.arrayContaining(['≥', '>', 'vague']),
      )
      // One strike's toll ("the first operation killed 11 people") is not the campaign's.
      expect(deaths?.values.map((value) => value.value.value)).not.toContain(11)
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

  it('prints suggestions with their exact text and roles, in JSON and in the table', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const story = await storyOf(dir, ids)
      expect(story.suggestions.length).toBeGreaterThan(0)
      const kinds = new Set(story.suggestions.map((suggestion) => suggestion.kind))
      expect([...kinds].every((kind) => ['quote', 'claim', 'disputed'].includes(kind))).toBe(true)
      for (const suggestion of story.suggestions) {
        expect(Object.keys(suggestion)).toEqual([
          'id',
          'articleId',
          'kind',
          'text',
          'speaker',
          'reason',
        ])
        expect(ids).toContain(suggestion.articleId)
        expect(suggestion.text.trim()).not.toBe('')
        expect(suggestion.speaker === null || typeof suggestion.speaker === 'string').toBe(true)
      }
      const shown = await run(['--data-dir', dir, 'show', story.suggestions[0]?.articleId ?? ''])
      expect(shown.stdout).toContain((story.suggestions[0]?.text ?? '').trim())
      expect(Array.isArray(story.roles)).toBe(true)
      for (const role of story.roles) {
        expect(Object.keys(role)).toEqual(['person', 'conflict', 'values'])
        for (const value of role.values) {
          expect(Object.keys(value)).toEqual(['articleId', 'text', 'role'])
        }
      }

      const table = await run(['--data-dir', dir, 'story', ...ids])
      expect(table.stdout).toMatch(new RegExp(`^Roles \\(${story.roles.length}\\)$`, 'm'))
      expect(table.stdout).toMatch(
        new RegExp(`^Suggestions \\(${story.suggestions.length}\\)$`, 'm'),
      )
      expect(table.stdout).toContain(story.suggestions[0]?.id)
    })
  })

  it('accepts a suggestion as a tag by the library editor, as the screen does', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const before = await storyOf(dir, ids)
      const claim = before.suggestions.find((suggestion) => suggestion.kind === 'claim')
      expect(claim).toBeDefined()
      const accepted = await run(['--data-dir', dir, 'story', 'accept', claim?.id ?? '', ...ids])
      expect(accepted).toMatchObject({ code: 0, stderr: '' })
      const tagId = accepted.stdout.trim()
      const tags = JSON.parse(
        (await run(['--data-dir', dir, 'tags', claim?.articleId ?? '', '--json'])).stdout,
      ) as TagJson[]
      const tag = tags.find((candidate) => candidate.id === tagId)
      expect(tag?.kind).toBe('claim')
      expect(tag?.target.quote.exact).toBe(claim?.text)
      expect(tag?.speaker).toBeUndefined()

      const after = await storyOf(dir, ids)
      expect(after.suggestions.map((suggestion) => suggestion.id)).not.toContain(claim?.id)
      const again = await run(['--data-dir', dir, 'story', 'accept', claim?.id ?? '', ...ids])
      expect(again.code).toBe(1)
      expect(again.stderr).toMatch(/No suggestion/)
    })
  })

  it('copies a speaker into an accepted quote only when the suggestion names one', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const quotes = (await storyOf(dir, ids)).suggestions.filter((s) => s.kind === 'quote')
      expect(quotes.length).toBeGreaterThan(0)
      for (const quote of quotes.slice(0, 2)) {
        const accepted = await run(['--data-dir', dir, 'story', 'accept', quote.id, ...ids])
        expect(accepted.code).toBe(0)
        const tags = JSON.parse(
          (await run(['--data-dir', dir, 'tags', quote.articleId, '--json'])).stdout,
        ) as TagJson[]
        const tag = tags.find((candidate) => candidate.id === accepted.stdout.trim())
        expect(tag?.speaker ?? null).toBe(quote.speaker)
      }
    })
  })

  it('dismisses a suggestion for good, remembered in the saved story of the articles', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const before = await storyOf(dir, ids)
      const [first, second] = before.suggestions
      const dismissed = await run(['--data-dir', dir, 'story', 'dismiss', first?.id ?? '', ...ids])
      expect(dismissed.code).toBe(0)
      const storyId = /story (story-[0-9a-f]+)/.exec(dismissed.stdout)?.[1]
      expect(storyId).toBeDefined()
      const after = await storyOf(dir, [...ids].reverse())
      expect(after.suggestions.map((suggestion) => suggestion.id)).not.toContain(first?.id)
      expect(after.suggestions.map((suggestion) => suggestion.id)).toContain(second?.id)

      const more = await run(['--data-dir', dir, 'story', 'dismiss', second?.id ?? '', ...ids])
      expect(more.stdout).toContain(`story ${storyId}`)
      const again = await run(['--data-dir', dir, 'story', 'dismiss', first?.id ?? '', ...ids])
      expect(again.code).toBe(1)
      expect(again.stderr).toMatch(/was dismissed in story/)
      const stories = JSON.parse(await readFile(join(dir, 'stories.json'), 'utf8')) as {
        stories: { id: string; dismissed: string[] }[]
      }
      expect(stories.stories).toHaveLength(1)
      expect(stories.stories[0]?.dismissed).toEqual([
        `${first?.articleId}:${first?.id}`,
        `${second?.articleId}:${second?.id}`,
      ])
    })
  })

  it('finds a suggestion in the saved stories when no article ids are given', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const [first, second, third] = (await storyOf(dir, ids)).suggestions
      const none = await run(['--data-dir', dir, 'story', 'accept', second?.id ?? ''])
      expect(none.code).toBe(1)
      expect(none.stderr).toMatch(/No saved story has a suggestion/)

      await run(['--data-dir', dir, 'story', 'dismiss', first?.id ?? '', ...ids])
      const accepted = await run(['--data-dir', dir, 'story', 'accept', second?.id ?? ''])
      expect(accepted).toMatchObject({ code: 0, stderr: '' })
      const tags = JSON.parse(
        (await run(['--data-dir', dir, 'tags', second?.articleId ?? '', '--json'])).stdout,
      ) as TagJson[]
      expect(tags.find((tag) => tag.id === accepted.stdout.trim())?.target.quote.exact).toBe(
        second?.text,
      )
      const dismissed = await run(['--data-dir', dir, 'story', 'dismiss', third?.id ?? ''])
      expect(dismissed.code).toBe(0)
      const left = (await storyOf(dir, ids)).suggestions.map((suggestion) => suggestion.id)
      expect(left).not.toContain(third?.id)
    })
  })

  it('refuses accept or dismiss without a suggestion id or with too few articles', async () => {
    await withTempDir(async (dir) => {
      const ids = await importSeeds(dir)
      const bare = await run(['--data-dir', dir, 'story', 'accept'])
      expect(bare.code).toBe(2)
      expect(bare.stderr).toMatch(/story accept takes a suggestion id/)
      const few = await run(['--data-dir', dir, 'story', 'dismiss', 'claim-x', ids[0] ?? ''])
      expect(few.code).toBe(2)
      expect(few.stderr).toMatch(/story dismiss takes two or more article ids/)
      const unknown = await run(['--data-dir', dir, 'story', 'accept', 'claim-x', ...ids])
      expect(unknown.code).toBe(1)
      expect(unknown.stderr).toMatch(/No suggestion claim-x/)
    })
  })
})
