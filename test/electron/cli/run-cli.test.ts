import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importSeed, run, SEED } from './cli-harness'
import { SettingsStore } from '../../../electron/core/store/settings-store'
import { withTempDir } from '../main/fixtures'

interface PlacedTagJson {
  id: string
  kind: string
  note: string
  author: { id: string; name: string }
  target: { position: { start: number; end: number }; quote: { exact: string } }
  status: string
  start?: number
  end?: number
  sentence: number | null
  created: string
  modified: string
}

async function tagsJson(dir: string, id: string): Promise<PlacedTagJson[]> {
  const listed = await run(['--data-dir', dir, 'tags', id, '--json'])
  expect(listed).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(listed.stdout) as PlacedTagJson[]
}

describe('factmark CLI', () => {
  it('imports files, printing the new ids, then lists and shows them', async () => {
    await withTempDir(async (dir) => {
      const imported = await run(['--data-dir', dir, 'import', SEED])
      expect(imported).toMatchObject({ code: 0, stderr: '' })
      const id = imported.stdout.trim()
      expect(id).toMatch(/^[0-9a-f]{16}$/)

      const listed = await run(['list', '--json'], { FACTMARK_DATA_DIR: dir })
      expect(listed.code).toBe(0)
      const articles = JSON.parse(listed.stdout)
      expect(articles).toHaveLength(1)
      expect(articles[0]).toMatchObject({ id, title: expect.stringMatching(/^Trump Signals/) })

      const table = await run(['--data-dir', dir, 'list'])
      expect(table.stdout).toContain(id)
      expect(table.stdout).toContain('Trump Signals Potential')

      const shown = await run(['--data-dir', dir, 'show', id])
      expect(shown.code).toBe(0)
      const numbered = shown.stdout.split('\n').filter((line) => /^\d+ +\S/.test(line))
      expect(numbered).toHaveLength(articles[0].sentenceCount)
      expect(numbered[0]).toMatch(/^0 +Trump Signals Potential Military Strikes/)
      expect(numbered.map((line) => Number(line.split(' ')[0]))).toEqual(numbered.map((_, i) => i))
    })
  })

  it('prints an array of { id, title } with --json and exits 1 naming each file that failed', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'a.txt'), 'First article text.')
      await writeFile(join(dir, 'b.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46]))
      const result = await run(
        ['--data-dir', join(dir, 'lib'), 'import', '--json', 'a.txt', 'b.txt'],
        {},
        dir,
      )
      expect(result.code).toBe(1)
      expect(JSON.parse(result.stdout)).toEqual([
        { id: expect.any(String), title: 'First article text.' },
      ])
      expect(result.stderr).toMatch(/b\.txt: .*PDF document/)
    })
  })

  it('exits 1 with a message for an unknown article', async () => {
    await withTempDir(async (dir) => {
      const result = await run(['--data-dir', dir, 'show', '0123456789abcdef'])
      expect(result).toMatchObject({ code: 1, stdout: '' })
      expect(result.stderr).toMatch(/No article with id 0123456789abcdef/)
    })
  })

  it('exits 2 on bad usage', async () => {
    await withTempDir(async (dir) => {
      for (const argv of [
        [],
        ['frobnicate'],
        ['import'],
        ['show'],
        ['list', 'extra'],
        ['--nope', 'list'],
      ]) {
        const result = await run(['--data-dir', dir, ...argv])
        expect(result.code, argv.join(' ')).toBe(2)
        if (argv.length === 0) {
          // No command at all: the list of commands, to choose from.
          expect(result.stderr).toContain('Usage: factmark')
          continue
        }
        // A usage error is one line, then where to read more: never the whole help.
        const lines = result.stderr.trimEnd().split('\n')
        expect(lines, argv.join(' ')).toHaveLength(2)
        expect(lines[0]).toMatch(/^factmark: /)
        expect(lines[1]).toMatch(/^see factmark (\w+ )?--help$/)
      }
      expect((await run(['--help'])).code).toBe(0)
    })
  })

  it('tags a sentence, and tags --json shows it anchored on that sentence', async () => {
    await withTempDir(async (dir) => {
      const { id, sentences } = await importSeed(dir)
      const tagged = await run([
        '--data-dir',
        dir,
        'tag',
        id,
        '--sentence',
        '2',
        '--kind',
        'quote',
        '--note',
        'Trump, Oval Office',
        '--editor',
        'Ana Ruiz',
      ])
      expect(tagged).toMatchObject({ code: 0, stderr: '' })
      const tagId = tagged.stdout.trim()
      expect(tagId).toMatch(/^[0-9a-f-]{36}$/)

      const tags = await tagsJson(dir, id)
      expect(tags).toHaveLength(1)
      expect(tags[0]).toMatchObject({
        id: tagId,
        articleId: id,
        kind: 'quote',
        note: 'Trump, Oval Office',
        author: { id: 'ana-ruiz', name: 'Ana Ruiz' },
        status: 'anchored',
        sentence: 2,
      })
      const tag = tags[0] as PlacedTagJson
      expect(tag.target.quote.exact).toBe(sentences[2])
      expect(tag.target.quote.exact).toMatch(/^Speaking at the Oval Office on Monday/)
      expect([tag.start, tag.end]).toEqual([tag.target.position.start, tag.target.position.end])
      expect(tag.created).toBe(tag.modified)

      const plain = await run(['--data-dir', dir, 'tags', id])
      expect(plain.code).toBe(0)
      const line = plain.stdout.trimEnd()
      expect(line).toMatch(/^2 quote Ana Ruiz anchored “Speaking at the Oval Office on Monday/)
      expect(line).toMatch(/…” Trump, Oval Office$/)
      expect(line.slice(line.indexOf('“') + 1, line.indexOf('”'))).toHaveLength(80)

      const listed = JSON.parse((await run(['--data-dir', dir, 'list', '--json'])).stdout)
      expect(listed[0].tagCount).toBe(1)
    })
  })

  it('replaces an editor’s tag on a sentence they tag again, keeping its id and creation', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const tag = (kind: string, ...more: string[]) =>
        run(['--data-dir', dir, 'tag', id, '--sentence', '4', '--kind', kind, ...more])
      const first = await tag('claim', '--editor', 'Ana Ruiz', '--note', 'check the figure')
      const [before] = await tagsJson(dir, id)
      await new Promise((done) => setTimeout(done, 5))
      const second = await tag('disputed', '--editor', 'Ana Ruiz', '--note', 'figure is wrong')
      expect(second).toMatchObject({ code: 0, stdout: first.stdout })

      const after = await tagsJson(dir, id)
      expect(after).toHaveLength(1)
      expect(after[0]).toMatchObject({
        id: first.stdout.trim(),
        kind: 'disputed',
        note: 'figure is wrong',
        created: before?.created,
        sentence: 4,
        status: 'anchored',
      })
      expect(after[0]?.modified).not.toBe(before?.modified)
    })
  })

  it('keeps both editors’ tags on the same sentence, and tags as the library’s editor by default', async () => {
    await withTempDir(async (dir) => {
      const { id, sentences } = await importSeed(dir)
      const tag = (kind: string, ...more: string[]) =>
        run(['--data-dir', dir, 'tag', id, '--sentence', '0', '--kind', kind, ...more])
      const ana = await tag('claim', '--editor', 'Ana Ruiz')
      const ben = await tag('disputed', '--editor', 'Ben Okafor')
      const later = await run([
        '--data-dir',
        dir,
        'tag',
        id,
        '--sentence',
        String(sentences.length - 1),
        '--kind',
        'context',
        '--editor',
        'Ben Okafor',
      ])
      await (await SettingsStore.open(dir, 'nobody')).setEditorName('Carla Díaz')
      const carla = await tag('context')
      for (const result of [ana, ben, later, carla]) expect(result.code, result.stderr).toBe(0)

      const tags = await tagsJson(dir, id)
      expect(tags.map(({ author, kind, sentence }) => [author.name, kind, sentence])).toEqual([
        ['Ana Ruiz', 'claim', 0],
        ['Ben Okafor', 'disputed', 0],
        ['Carla Díaz', 'context', 0],
        ['Ben Okafor', 'context', sentences.length - 1],
      ])
      expect(tags[2]?.author).toEqual({ id: 'carla-diaz', name: 'Carla Díaz' })
      expect(new Set(tags.map((tag) => tag.id)).size).toBe(4)

      const plain = (await run(['--data-dir', dir, 'tags', id])).stdout.trimEnd().split('\n')
      expect(plain).toHaveLength(4)
      expect(plain[1]).toMatch(/^0 disputed Ben Okafor anchored “Trump Signals Potential/)
    })
  })

  it('reports where each tag lands after the text changed', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      expect(
        (await run(['--data-dir', dir, 'tag', id, '--sentence', '1', '--kind', 'claim'])).code,
      ).toBe(0)
      const file = join(dir, 'articles', `${id}.json`)
      const stored = JSON.parse(await readFile(file, 'utf8'))
      const tag = stored.annotations[0]
      tag.target.position = { type: 'TextPositionSelector', start: 0, end: 5 }
      tag.target.quote = { type: 'TextQuoteSelector', exact: 'Gone!', prefix: '', suffix: '' }
      await writeFile(file, JSON.stringify(stored))
      const [orphan] = await tagsJson(dir, id)
      expect(orphan).toMatchObject({ status: 'orphan', sentence: null })
      expect(orphan).not.toHaveProperty('start')
      const plain = await run(['--data-dir', dir, 'tags', id])
      expect(plain.stdout).toMatch(/^- claim \S.* orphan “Gone!”\n$/)
    })
  })

  it('says when an article has no tags, and exits 1 for tags of an unknown article', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      expect(await tagsJson(dir, id)).toEqual([])
      expect((await run(['--data-dir', dir, 'tags', id])).stdout).toMatch(/has no tags yet/)
      for (const argv of [
        ['tags', '0123456789abcdef'],
        ['tag', '0123456789abcdef', '--sentence', '0', '--kind', 'quote'],
      ]) {
        const result = await run(['--data-dir', dir, ...argv])
        expect(result, argv.join(' ')).toMatchObject({ code: 1, stdout: '' })
        expect(result.stderr).toMatch(/No article with id 0123456789abcdef/)
      }
    })
  })

  it('exits 2 on bad usage of tag, tags and segment, saving nothing', async () => {
    await withTempDir(async (dir) => {
      const { id, sentences } = await importSeed(dir)
      const cases: [string[], RegExp][] = [
        [['tag', id, '--kind', 'quote'], /needs --sentence/],
        [['tag', id, '--sentence', '0'], /needs --kind/],
        [['tag', id, '--sentence', '0', '--kind', 'opinion'], /unknown kind “opinion”/],
        [['tag', id, '--sentence', String(sentences.length), '--kind', 'quote'], /out of range/],
        [['tag', id, '--sentence', '-1', '--kind', 'quote'], /--sentence/],
        [['tag', id, '--sentence', '1.5', '--kind', 'quote'], /whole number/],
        [['tag', id, '--sentence', 'two', '--kind', 'quote'], /whole number/],
        [['tag', '--sentence', '0', '--kind', 'quote'], /exactly one article id/],
        [['tag', id, id, '--sentence', '0', '--kind', 'quote'], /exactly one article id/],
        [['tag', id, '--sentence', '0', '--kind', 'quote', '--editor', '  '], /--editor/],
        [['tag', id, '--sentence', '0', '--kind', 'quote', '--note', 'x'.repeat(20_001)], /--note/],
        [['tag', id, '--sentence', '0', '--sentence', '1', '--kind', 'quote'], /more than once/],
        [['tag', id, '--sentence', '0', '--kind', 'quote', '--json'], /tag does not take --json/],
        [['tag', id, '--sentence'], /--sentence needs a value/],
        [['tags'], /exactly one article id/],
        [['tags', id, '--kind', 'quote'], /tags does not take --kind/],
        [['show', id, '--sentence', '0'], /show does not take --sentence/],
        [['list', '--editor', 'Ana'], /list does not take --editor/],
        [['segment', 'file.txt'], /takes no arguments/],
        [['segment', '--json'], /segment does not take --json/],
      ]
      for (const [argv, message] of cases) {
        const result = await run(['--data-dir', dir, ...argv], {}, process.cwd(), '')
        const label = argv.join(' ').slice(0, 80)
        expect(result.code, label).toBe(2)
        expect(result.stdout, label).toBe('')
        expect(result.stderr, label).toMatch(message)
        expect(result.stderr, label).toMatch(/\nsee factmark \w+ --help\n$/)
        expect(result.stderr, label).not.toContain('Usage: factmark')
      }
      expect(await tagsJson(dir, id)).toEqual([])
    })
  })

  it('segments standard input into sentence offsets', async () => {
    const result = await run(['segment'], {}, process.cwd(), 'Hello World. My name is Jonas.')
    expect(result).toEqual({
      code: 0,
      stdout: '[{"start":0,"end":12},{"start":13,"end":30}]\n',
      stderr: '',
    })
    expect((await run(['segment'], {}, process.cwd(), '')).stdout).toBe('[]\n')
    const noInput = await run(['segment'])
    expect(noInput.code).toBe(1)
    expect(noInput.stderr).toMatch(/standard input/)
  })
})
