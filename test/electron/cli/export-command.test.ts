import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { withTempDir } from '../main/fixtures'
import { importSeed, run } from './cli-harness'

describe('factmark export', () => {
  it('writes one article in each text format with the tags of the chosen editors', async () => {
    await withTempDir(async (dir) => {
      const { id, sentences } = await importSeed(dir)
      const tag = (sentence: number, kind: string, editor: string, note = '') =>
        run([
          '--data-dir',
          dir,
          'tag',
          id,
          '--sentence',
          String(sentence),
          '--kind',
          kind,
          '--editor',
          editor,
          ...(note ? ['--note', note] : []),
        ])
      expect((await tag(1, 'claim', 'Ana Ruiz', '=HYPERLINK("x")')).code).toBe(0)
      expect((await tag(2, 'quote', 'Ben Okafor')).code).toBe(0)

      const csvPath = join(dir, 'tags.csv')
      const csv = await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'csv',
        '--out',
        csvPath,
        '--editor',
        'Ana Ruiz',
      ])
      expect(csv).toMatchObject({ code: 0, stdout: `${csvPath}\n` })
      const rows = (await readFile(csvPath, 'utf8')).trim().split('\r\n')
      expect(rows).toHaveLength(2)
      expect(rows[1]).toContain('Ana Ruiz')
      expect(rows[1]).toContain(`'=HYPERLINK(""x"")`)

      const mdPath = join(dir, 'copy.md')
      await run(['--data-dir', dir, 'export', id, '--format', 'md', '--out', mdPath, '--no-notes'])
      const markdown = await readFile(mdPath, 'utf8')
      expect(markdown).toContain('[Q')
      expect(markdown).toContain('[C')
      expect(markdown).not.toContain('HYPERLINK')

      const w3cPath = join(dir, 'copy.jsonld')
      await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'w3c',
        '--out',
        w3cPath,
        '--kind',
        'quote',
      ])
      const collection = JSON.parse(await readFile(w3cPath, 'utf8')) as {
        first: { items: { target: { selector: { type: string; exact?: string }[] } }[] }
      }
      expect(collection.first.items).toHaveLength(1)
      const quote = collection.first.items[0]?.target.selector.find(
        (selector) => selector.type === 'TextQuoteSelector',
      )
      expect(quote?.exact).toBe(sentences[2])
    })
  })

  it('writes a Word file whose comments name the editor', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      await run([
        '--data-dir',
        dir,
        'tag',
        id,
        '--sentence',
        '0',
        '--kind',
        'context',
        '--editor',
        'Ana Ruiz',
        '--note',
        'Headline',
      ])
      const path = join(dir, 'copy.docx')
      expect(
        (await run(['--data-dir', dir, 'export', id, '--format', 'docx', '--out', path])).code,
      ).toBe(0)
      const parts = unzipSync(new Uint8Array(await readFile(path)))
      const comments = new TextDecoder().decode(parts['word/comments.xml'])
      expect(comments).toContain('w:author="Ana Ruiz"')
      expect(comments).toContain('Headline')
    })
  })

  it('never replaces a file without --force, and exports the library into a folder', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const taken = join(dir, 'taken.html')
      await writeFile(taken, 'mine')
      const refused = await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'html',
        '--out',
        taken,
      ])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(/already exists; pass --force/)
      expect(await readFile(taken, 'utf8')).toBe('mine')
      const forced = await run([
        '--data-dir',
        dir,
        'export',
        id,
        '--format',
        'html',
        '--out',
        taken,
        '--force',
      ])
      expect(forced.code).toBe(0)
      expect(await readFile(taken, 'utf8')).toMatch(/^<!DOCTYPE html>/i)

      const folder = join(dir, 'all')
      const all = await run([
        '--data-dir',
        dir,
        'export',
        '--all',
        '--format',
        'jsonl',
        '--out',
        folder,
      ])
      expect(all.code).toBe(0)
      expect(await readdir(folder)).toHaveLength(1)
      const again = await run([
        '--data-dir',
        dir,
        'export',
        '--all',
        '--format',
        'jsonl',
        '--out',
        folder,
      ])
      expect(again.stdout).toMatch(/ \(2\)\.jsonl\n$/)
      expect(await readdir(folder)).toHaveLength(2)
    })
  })

  it('prints a PDF with Chromium, and says so when no browser is to be found', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const path = join(dir, 'copy.pdf')
      const missing = await run(
        ['--data-dir', dir, 'export', id, '--format', 'pdf', '--out', path],
        { FACTMARK_CHROMIUM: join(dir, 'no-such-browser') },
      )
      expect(missing.code).toBe(1)
      expect(missing.stderr).toMatch(/none was found; install one or set FACTMARK_CHROMIUM/)
      const printed = await run(
        ['--data-dir', dir, 'export', id, '--format', 'pdf', '--out', path],
        { FACTMARK_CHROMIUM: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      )
      expect(printed).toMatchObject({ code: 0, stderr: '' })
      const pdf = await readFile(path)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    })
  }, 60_000)

  it('explains bad usage', async () => {
    await withTempDir(async (dir) => {
      const { id } = await importSeed(dir)
      const cases: [string[], RegExp][] = [
        [['export', id, '--out', 'x'], /needs --format/],
        [['export', id, '--format', 'odt', '--out', 'x'], /unknown format “odt”/],
        [['export', id, '--format', 'md'], /needs --out/],
        [['export', '--format', 'md', '--out', 'x'], /one article id, or --all/],
        [['export', id, '--format', 'md', '--out', 'x', '--kind', 'rumour'], /unknown kind/],
      ]
      for (const [argv, message] of cases) {
        const result = await run(['--data-dir', dir, ...argv])
        expect(result.code).toBe(2)
        expect(result.stderr).toMatch(message)
      }
    })
  })
})

describe('factmark agreement', () => {
  it('compares two editors sentence by sentence, as text and as JSON', async () => {
    await withTempDir(async (dir) => {
      const { id, sentences } = await importSeed(dir)
      const tag = (sentence: number, kind: string, editor: string) =>
        run([
          '--data-dir',
          dir,
          'tag',
          id,
          '--sentence',
          String(sentence),
          '--kind',
          kind,
          '--editor',
          editor,
        ])
      await tag(1, 'claim', 'Ana Ruiz')
      await tag(2, 'quote', 'Ana Ruiz')
      await tag(1, 'claim', 'Ben Okafor')
      await tag(2, 'claim', 'Ben Okafor')
      const json = await run(['--data-dir', dir, 'agreement', id, '--json'])
      expect(json.code).toBe(0)
      const report = JSON.parse(json.stdout) as {
        articles: {
          units: number
          percentAgreement: number
          kappa: number
          confusion: { counts: number[][]; labels: string[] }
        }[]
      }
      const [article] = report.articles
      expect(article?.units).toBe(sentences.length)
      // Every sentence agrees ('none' or claim) but sentence 2 (quote against claim).
      expect(article?.percentAgreement).toBeCloseTo((sentences.length - 1) / sentences.length, 10)
      const labels = article?.confusion.labels ?? []
      expect(article?.confusion.counts[labels.indexOf('quote')]?.[labels.indexOf('claim')]).toBe(1)

      const text = await run(['--data-dir', dir, 'agreement', id])
      expect(text.stdout).toMatch(/Editors: Ana Ruiz, Ben Okafor/)
      // Sentence 2 is the one conflict; no sentence is tagged by one editor only.
      expect(text.stdout).toMatch(/ 1 conflict {2}0 coverage gaps /)
      expect(text.stdout).toMatch(
        /kappa 0\.\d{3} \((slight|fair|moderate|substantial|almost perfect)\)/,
      )
      expect(text.stdout).toMatch(/alpha -?\d\.\d{3} \((unreliable|tentative|reliable)\)/)
      expect(text.stdout).toMatch(/Rows: Ana Ruiz; columns: Ben Okafor/)
    })
  })

  it('says when there is nobody to compare', async () => {
    await withTempDir(async (dir) => {
      await importSeed(dir)
      const result = await run(['--data-dir', dir, 'agreement', '--all'])
      expect(result).toMatchObject({ code: 0 })
      expect(result.stdout).toMatch(/needs the tags of two editors; nobody has tagged the library/)
    })
  })
})
