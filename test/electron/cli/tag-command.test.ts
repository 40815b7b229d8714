import { describe, expect, it } from 'vitest'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'
import { seededTag, tagsOf } from './seeded-library'

describe('factmark tag', () => {
  it('sets speaker, reason, evidence and a span of sentences', async () => {
    await withTempDir(async (dir) => {
      const { id, sentences } = await importSeed(dir)
      const quote = await run(
        ['--data-dir', dir, 'tag', id, '--sentence', '2', '--kind', 'quote'].concat([
          '--speaker',
          ' Donald Trump ',
          '--editor',
          'Ana Ruiz',
        ]),
      )
      expect(quote.code, quote.stderr).toBe(0)
      const disputed = await run([
        '--data-dir',
        dir,
        'tag',
        id,
        '--sentence',
        '4',
        '--to-sentence',
        '5',
        '--kind',
        'disputed',
        '--reason',
        'No source given',
        '--evidence',
        'https://example.org/a',
        '--evidence',
        'https://example.org/b',
        '--editor',
        'Ana Ruiz',
      ])
      expect(disputed.code, disputed.stderr).toBe(0)
      const tags = await tagsOf(dir, id)
      expect(tags.map((tag) => [tag.kind, tag.speaker, tag.reason, tag.evidence])).toEqual([
        ['quote', 'Donald Trump', undefined, undefined],
        [
          'disputed',
          undefined,
          'No source given',
          ['https://example.org/a', 'https://example.org/b'],
        ],
      ])
      // The span covers sentences 4 and 5, from the start of one to the end of the other.
      const span = tags[1]!.target.quote.exact
      expect(span.startsWith(sentences[4]!.slice(0, 20))).toBe(true)
      expect(span.trimEnd().endsWith(sentences[5]!.trimEnd().slice(-20))).toBe(true)
    })
  })

  it('sets a claim’s claimant, status, verdict and summary, checked against the scale', async () => {
    await withTempDir(async (dir) => {
      const { id } = await seededTag(dir, {
        flags: [
          '--claimant',
          'The White House',
          '--verdict',
          'Mostly false',
          '--summary',
          'Strikes in Mexico are imminent',
        ],
      })
      const [tag] = await tagsOf(dir, id)
      expect(tag?.factCheck).toMatchObject({
        claimant: 'The White House',
        status: 'verdict',
        verdict: 'mostly-false',
        summary: 'Strikes in Mexico are imminent',
      })
      expect(tag?.factCheck?.verdictAt).toBe(tag?.modified)

      const bad = await run([
        '--data-dir',
        dir,
        'tag',
        id,
        '--sentence',
        '1',
        '--kind',
        'claim',
        '--verdict',
        'pants on fire',
      ])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/unknown verdict “pants on fire”: use one of true, mostly-true/)
      const clash = await run(
        ['--data-dir', dir, 'tag', id, '--sentence', '1', '--kind', 'claim'].concat([
          '--status',
          'researching',
          '--verdict',
          'false',
        ]),
      )
      expect(clash.code).toBe(2)
      expect(clash.stderr).toMatch(/a verdict needs the status “verdict” or “published”/)
    })
  })

  it('refuses a field the kind does not carry, and a span that runs backwards', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const cases: [string[], RegExp][] = [
        [['--kind', 'claim', '--speaker', 'X'], /--speaker is for quote tags, not claim/],
        [['--kind', 'quote', '--reason', 'X'], /--reason is for disputed tags, not quote/],
        [['--kind', 'context', '--evidence', 'https://a.b'], /--evidence is for disputed/],
        [['--kind', 'quote', '--verdict', 'false'], /--verdict is for claim and disputed/],
        [['--kind', 'disputed', '--evidence', 'javascript:alert(1)'], /--evidence is not valid/],
        [['--kind', 'quote', '--to-sentence', '0'], /comes before --sentence 1/],
      ]
      for (const [flags, message] of cases) {
        const result = await run(['--data-dir', dir, 'tag', id, '--sentence', '1', ...flags])
        expect(result.code, flags.join(' ')).toBe(2)
        expect(result.stderr, flags.join(' ')).toMatch(message)
      }
      expect(await tagsOf(dir, id)).toEqual([])
    })
  })

  it('credits the library’s editor by default and says so; --editor says nothing', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const init = await run(['--data-dir', dir, 'init', '--editor', 'Carla Mendes'])
      expect(init.code, init.stderr).toBe(0)
      const tagged = await run(['--data-dir', dir, 'tag', id, '--sentence', '1', '--kind', 'claim'])
      expect(tagged.code).toBe(0)
      expect(tagged.stderr).toBe(
        'factmark: tagged as Carla Mendes, the library’s editor (--editor NAME tags as someone else)\n',
      )
      const other = await run([
        '--data-dir',
        dir,
        'tag',
        id,
        '--sentence',
        '2',
        '--kind',
        'claim',
        '--editor',
        'Ben',
      ])
      expect(other.stderr).toBe('')
      const authors = (await tagsOf(dir, id)).map((tag) => tag.author.name)
      expect(authors).toEqual(['Carla Mendes', 'Ben'])
    })
  })
})
