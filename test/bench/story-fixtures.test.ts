import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The folder that holds one sub-folder per labelled story event. */
const storiesDir = join(__dirname, '..', 'fixtures', 'stories')

/** A passage in one article, as every truth.json section names it. */
interface Passage {
  file: string
  text: string
}

/** The parts of truth.json this check reads. */
interface Truth {
  event: string
  date: string
  source_urls: Record<string, string>
  quotes: { speaker: string | null; variants: Passage[] }[]
  figures: { quantity: string; conflict: boolean; values: (Passage & { value: string })[] }[]
  distractors: (Passage & { why: string })[]
  roles: { person: string; conflict: boolean; claims: (Passage & { role: string })[] }[]
  debris: (Passage & { kind: string })[]
}

const debrisKinds = [
  'cut-off',
  'credit',
  'embed',
  'sidebar',
  'menu',
  'comments',
  'caption',
  'other',
]

/** Every event folder: a directory holding a truth.json. */
function eventFolders(): string[] {
  if (!existsSync(storiesDir)) return []
  return readdirSync(storiesDir)
    .filter((name) => statSync(join(storiesDir, name)).isDirectory())
    .filter((name) => existsSync(join(storiesDir, name, 'truth.json')))
    .sort()
}

/** Every passage a truth file names, with where it sits in the file, for messages. */
function passages(truth: Truth): { where: string; passage: Passage }[] {
  return [
    ...truth.quotes.flatMap((q, i) =>
      q.variants.map((p) => ({ where: `quotes[${i}]`, passage: p })),
    ),
    ...truth.figures.flatMap((f, i) =>
      f.values.map((p) => ({ where: `figures[${i}]`, passage: p })),
    ),
    ...truth.distractors.map((p, i) => ({ where: `distractors[${i}]`, passage: p })),
    ...truth.roles.flatMap((r, i) => r.claims.map((p) => ({ where: `roles[${i}]`, passage: p }))),
    ...truth.debris.map((p, i) => ({ where: `debris[${i}]`, passage: p })),
  ]
}

const events = eventFolders()

describe('story fixtures', () => {
  it('has event folders to check', () => {
    expect(events.length).toBeGreaterThan(0)
  })

  describe.each(events)('%s', (event) => {
    const dir = join(storiesDir, event)
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth
    const articleFiles = readdirSync(dir).filter((name) => name.endsWith('.txt'))

    it('names only existing articles in source_urls, and gives every article a URL if any has one', () => {
      const named = Object.keys(truth.source_urls).sort()
      for (const file of named)
        expect(articleFiles, `${event}: source_urls names ${file}`).toContain(file)
      // The seeds are the project's own sample articles and carry no URLs at all.
      if (named.length > 0) expect(named).toEqual([...articleFiles].sort())
    })

    it('has every section of the schema', () => {
      for (const key of ['quotes', 'figures', 'distractors', 'roles', 'debris'] as const) {
        expect(Array.isArray(truth[key]), `${event}: ${key} is not an array`).toBe(true)
      }
    })

    it('names only files that exist and passages that are exact substrings of them', () => {
      const problems: string[] = []
      for (const { where, passage } of passages(truth)) {
        const path = join(dir, passage.file)
        if (!existsSync(path)) {
          problems.push(`${where}: no file ${passage.file}`)
          continue
        }
        if (!readFileSync(path, 'utf8').includes(passage.text)) {
          problems.push(`${where}: not in ${passage.file}: ${JSON.stringify(passage.text)}`)
        }
      }
      expect(problems).toEqual([])
    })

    it('lists quotes and figures that come from two or more articles', () => {
      for (const quote of truth.quotes) {
        expect(new Set(quote.variants.map((v) => v.file)).size).toBeGreaterThanOrEqual(2)
      }
      for (const figure of truth.figures) {
        expect(
          new Set(figure.values.map((v) => v.file)).size,
          figure.quantity,
        ).toBeGreaterThanOrEqual(2)
      }
    })

    it('uses only known debris kinds', () => {
      for (const item of truth.debris) expect(debrisKinds).toContain(item.kind)
    })
  })

  it('lists every event folder exactly once in split.json', () => {
    const split = JSON.parse(readFileSync(join(storiesDir, 'split.json'), 'utf8')) as {
      tuned: string[]
      heldOut: string[]
    }
    const listed = [...split.tuned, ...split.heldOut]
    expect([...listed].sort()).toEqual(events)
    expect(new Set(listed).size).toBe(listed.length)
  })
})
