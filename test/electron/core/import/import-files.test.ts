import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, open, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  importFiles,
  MAX_IMPORT_BYTES,
  resolveImportOffer,
} from '../../../../electron/core/import/import-files'
import { inProcessParser, type FileParser } from '../../../../electron/core/import/file-parser'
import { ImportOffers } from '../../../../electron/core/import/import-offers'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { anchor, describe as describeSpan } from '../../../../shared/anchoring'
import type { ImportOffer } from '../../../../shared/import/import-report'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { withTempDir } from '../../main/fixtures'
import { bigArticle } from './big-article'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url))
const fixture = (name: string) => join(FIXTURES, name)

/** The plain text of a stored body (blocks joined by a blank line), as the library counts it. */
function bodyText(body: DocNodeJson): string {
  const blocks: string[] = []
  const walk = (node: DocNodeJson) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push((node.content ?? []).map((child) => child.text ?? '').join(''))
    } else node.content?.forEach(walk)
  }
  walk(body)
  return blocks.join('\n\n')
}

async function textOf(store: LibraryStore, id: string): Promise<string> {
  return bodyText((await store.get(id)).body)
}

function offerOf<K extends ImportOffer['kind']>(
  offers: readonly ImportOffer[],
  kind: K,
): Extract<ImportOffer, { kind: K }> {
  const offer = offers.find((candidate) => candidate.kind === kind)
  if (!offer) throw new Error(`no ${kind} offer in ${JSON.stringify(offers)}`)
  return offer as Extract<ImportOffer, { kind: K }>
}

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }

function tagOn(articleId: string, text: string, quote: string): Annotation {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`${quote} is not in the text`)
  const now = new Date().toISOString()
  return {
    id: `tag-at-${String(start).padStart(6, '0')}`,
    articleId,
    author: ana,
    kind: 'claim',
    target: describeSpan(text, start, start + quote.length),
    note: 'check the figure',
    created: now,
    modified: now,
  }
}

describe('importFiles', () => {
  it('imports good files and reports each bad one with a clear message, changing nothing for it', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const files: Record<string, string | Buffer> = {
        'good.txt': 'A Headline\n\nSome text. More text.',
        'crlf.md': '\uFEFFOther article.\r\nSecond paragraph.\r\n',
        'empty.txt': '',
        'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        'nul.txt': Buffer.from('abc\u0000def'),
        'old.doc': 'A Word 97 file',
        'page.HTML': '<h1>A Page</h1><p>Its only paragraph.</p>',
      }
      for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
      await mkdir(join(dir, 'folder.txt'))
      await copyFile(fixture('image-named.docx'), join(dir, 'photo.docx'))
      await writeFile(join(dir, 'zip.pdf'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))
      const names = [...Object.keys(files), 'folder.txt', 'missing.txt', 'photo.docx', 'zip.pdf']
      const report = await importFiles(
        store,
        names.map((name) => join(dir, name)),
      )
      expect(report.imported.map((article) => article.title)).toEqual([
        'A Headline',
        'Other article.',
        'A Page',
      ])
      const messages = Object.fromEntries(
        report.failures.map((failure) => [failure.file, failure.message]),
      )
      expect(messages).toEqual({
        'empty.txt': 'The file is empty.',
        'image.txt': 'This is not a text file but a PNG image.',
        'nul.txt': 'This is not a text file but a binary file (it contains NUL bytes).',
        'old.doc': expect.stringMatching(/cannot read \.doc; import web pages \(\.html\)/),
        'folder.txt': 'This is not a regular file.',
        'missing.txt':
          'Factmark could not open the file “missing.txt”: it is not there (it may have been moved, renamed or deleted). Check the name and the folder, then try again.',
        'photo.docx': 'This file is called .docx but it is a PNG image, not a Word document.',
        'zip.pdf':
          'This file is called .pdf but it is a ZIP archive (or Word/Office file), not a PDF document.',
      })
      // The system's code is kept for the Details fold, out of the message.
      const missing = report.failures.find((failure) => failure.file === 'missing.txt')
      expect(missing?.details).toMatch(/^ENOENT: no such file or directory/)
      expect(report.failures.every((failure) => !/\bE[A-Z]{3,}\b/.test(failure.message))).toBe(true)
      expect(store.list()).toHaveLength(3)
      await store.close()
    })
  })

  it('imports the web page, Word and PDF fixtures, and refuses a PDF without text', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const report = await importFiles(
        store,
        ['harbour-news.html', 'night-ferry.docx', 'water-board.pdf', 'scanned.pdf'].map(fixture),
      )
      expect(report.imported.map((meta) => [meta.title, meta.outlet, meta.sourceName])).toEqual([
        [
          'Harbour Bridge Reopens After Eight Months of Repairs',
          'The Coastal Ledger',
          'harbour-news.html',
        ],
        ['Council Approves Night Ferry Trial', '', 'night-ferry.docx'],
        ['Water Board Delays Price Rise', '', 'water-board.pdf'],
      ])
      expect(report.failures).toEqual([
        { file: 'scanned.pdf', message: expect.stringMatching(/^This PDF has no text layer/) },
      ])
      const page = report.imported[0]
      expect(page).toMatchObject({
        published: '2025-11-17',
        url: 'https://ledger.example/news/2025/11/17/harbour-bridge-reopens',
        language: 'en-GB',
      })
      // Links survive the store: written to disk and read back after reopening.
      await store.close()
      const reopened = await LibraryStore.open(join(dir, 'lib'))
      const stored = JSON.stringify((await reopened.get(page?.id ?? '')).body)
      expect(stored).toContain('"href":"https://city.example/reports/bridge-repairs.pdf"')
      expect(stored).not.toContain('javascript')
      await reopened.close()
    })
  })

  it('checks the size before reading a byte', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      for (const name of ['huge.txt', 'huge.html', 'huge.pdf']) {
        const handle = await open(join(dir, name), 'w')
        // A sparse file: nothing is written, so nothing could be read quickly either.
        await handle.truncate(name === 'huge.txt' ? MAX_IMPORT_BYTES + 1 : 2 * 1024 ** 3)
        await handle.close()
      }
      const report = await importFiles(store, [
        join(dir, 'huge.txt'),
        join(dir, 'huge.html'),
        join(dir, 'huge.pdf'),
      ])
      expect(report.failures.map((failure) => failure.message)).toEqual([
        'The file is 20.0 MB; the limit is 20 MB.',
        'The file is 2048.0 MB; the limit is 20 MB.',
        'The file is 2048.0 MB; the limit is 20 MB.',
      ])
      await store.close()
    })
  })

  it('refuses a link to a device such as /dev/zero, and a FIFO, without waiting for them', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      await symlink('/dev/zero', join(dir, 'zero.txt'))
      execFileSync('mkfifo', [join(dir, 'pipe.html')])
      const report = await importFiles(store, [join(dir, 'zero.txt'), join(dir, 'pipe.html')])
      expect(report.failures).toEqual([
        { file: 'zero.txt', message: 'This is not a regular file.' },
        { file: 'pipe.html', message: 'This is not a regular file.' },
      ])
      await store.close()
    })
  })

  it('decodes valid UTF-8 and UTF-16 exactly, never keeping a byte-order mark (I3)', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const names = ['utf8-no-bom.txt', 'crlf-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt']
      const report = await importFiles(store, names.map(fixture))
      expect(report.failures).toEqual([])
      // The three encodings of one article are one article.
      expect(report.imported).toHaveLength(2)
      expect(report.alreadyInLibrary).toEqual([
        { file: 'utf16le-bom.txt', title: 'Tram Line Opens' },
        { file: 'utf16be-bom.txt', title: 'Tram Line Opens' },
      ])
      const [tram, ferry] = report.imported
      expect(await textOf(store, tram?.id ?? '')).toBe(
        'Tram Line Opens\n\nThe new tram line opened on Sunday. “It is fast,” a rider said.',
      )
      const ferryText = await textOf(store, ferry?.id ?? '')
      expect(ferryText).toBe(
        'Harbour Ferry Strike Ends\n\nThe ferry crews ended their strike on Friday.\n\nTalks will resume in January.',
      )
      expect(ferryText.charCodeAt(0)).not.toBe(0xfeff)
      await store.close()
    })
  })

  it('offers to read text that is not valid UTF-8 as Windows-1252, never inserting U+FFFD (I3)', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const offers = new ImportOffers()
      const names = ['windows-1252.txt', 'invalid-c3-28.txt', 'invalid-ff.txt', 'nul.txt']
      const report = await importFiles(store, names.map(fixture), { offers })
      expect(report.imported).toEqual([])
      expect(report.offers.map((offer) => [offer.kind, offer.file])).toEqual([
        ['encoding', 'windows-1252.txt'],
        ['encoding', 'invalid-c3-28.txt'],
        ['encoding', 'invalid-ff.txt'],
      ])
      expect(report.failures).toEqual([
        { file: 'nul.txt', message: expect.stringMatching(/NUL bytes/) },
      ])
      const offer = offerOf(report.offers, 'encoding')
      expect(offer.token).toMatch(/^[0-9a-f]{32}$/)
      expect(offer.preview).toContain('Commuters said the cuts were “unfair” and – in the words')
      expect(JSON.stringify(report)).not.toContain(FIXTURES)
      expect(store.list()).toEqual([])

      // An answer that does not fit is refused, and the offer still waits.
      await expect(resolveImportOffer(store, offers, offer.token, 'update')).rejects.toThrow(
        /not an answer/,
      )
      const read = await resolveImportOffer(store, offers, offer.token, 'windows-1252')
      expect(read.imported.map((meta) => meta.title)).toEqual(['Night Bus Cuts Spark Protest'])
      const text = await textOf(store, read.imported[0]?.id ?? '')
      expect(text).toContain(
        '“unfair” and – in the words of one nurse – “dangerous”. The fare is €25.',
      )
      expect(text).not.toContain('\uFFFD')
      // A token is good for one answer.
      await expect(resolveImportOffer(store, offers, offer.token, 'windows-1252')).rejects.toThrow(
        /already answered or has expired/,
      )
      // Skipping forgets the offer and imports nothing.
      const skipped = await resolveImportOffer(store, offers, report.offers[1]?.token ?? '', 'skip')
      expect(skipped.imported).toEqual([])
      expect(offers.size).toBe(1)
      expect(store.list()).toHaveLength(1)
      await store.close()
    })
  })

  it('reads a web page that declares Windows-1252 as such, and files the CLI says to', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const page = Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"><title>Fares Rise</title></head>'),
        Buffer.from(
          '<body><p>Fares rise to \x8030 on Monday, the \x93final\x94 rise.</p></body></html>',
          'latin1',
        ),
      ])
      await writeFile(join(dir, 'fares.htm'), page)
      const report = await importFiles(store, [join(dir, 'fares.htm')])
      expect(report.offers).toEqual([])
      expect(await textOf(store, report.imported[0]?.id ?? '')).toBe(
        'Fares Rise\n\nFares rise to €30 on Monday, the “final” rise.',
      )
      const forced = await importFiles(store, [fixture('windows-1252.txt')], { windows1252: true })
      expect(forced.offers).toEqual([])
      expect(forced.imported.map((meta) => meta.title)).toEqual(['Night Bus Cuts Spark Protest'])
      await store.close()
    })
  })

  it('skips an article already in the library and offers to update a newer version, keeping its tags', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const offers = new ImportOffers()
      const first = await importFiles(store, [fixture('harbour-news.html')], { offers })
      const original = first.imported[0]
      if (!original) throw new Error('not imported')
      const originalText = await textOf(store, original.id)
      const tags = [
        tagOn(original.id, originalText, 'The repairs cost 14 million euros'),
        tagOn(original.id, originalText, 'Cyclists get a separate lane for the first time.'),
      ]
      await store.saveWork(original.id, { tags }, ana)

      const again = await importFiles(store, [fixture('harbour-news.html')], { offers })
      expect(again.imported).toEqual([])
      expect(again.alreadyInLibrary).toEqual([{ file: 'harbour-news.html', title: original.title }])

      // The outlet corrected a figure and changed the headline; the canonical address is the same.
      const html = (await readFile(fixture('harbour-news.html'), 'utf8'))
        .replaceAll('14 million euros', '15 million euros')
        .replaceAll('Eight Months of Repairs', 'Eight Months')
      await writeFile(join(dir, 'harbour-corrected.html'), html)
      const newer = await importFiles(store, [join(dir, 'harbour-corrected.html')], { offers })
      expect(newer.imported).toEqual([])
      const offer = offerOf(newer.offers, 'newer-version')
      expect(offer).toMatchObject({
        file: 'harbour-corrected.html',
        title: 'Harbour Bridge Reopens After Eight Months',
        existing: { id: original.id, title: original.title, tagCount: 2 },
        reason: 'same-url',
      })
      expect(store.list()).toHaveLength(1)

      const updated = await resolveImportOffer(store, offers, offer.token, 'update')
      expect(updated.updated.map((meta) => [meta.id, meta.title, meta.tagCount])).toEqual([
        [original.id, 'Harbour Bridge Reopens After Eight Months', 2],
      ])
      expect(store.list()).toHaveLength(1)
      const article = await store.get(original.id)
      expect(article).toMatchObject({
        sourceName: 'harbour-corrected.html',
        createdAt: original.createdAt,
      })
      expect(article.textHash).not.toBe(original.textHash)
      expect(bodyText(article.body)).toContain('The repairs cost 15 million euros')
      expect(await store.tags(original.id)).toEqual(tags)
      // Opening the article anchors them again: the corrected figure's tag is marked as changed.
      const newText = bodyText(article.body)
      expect(tags.map((tag) => anchor(newText, tag.target).status)).toEqual(['changed', 'anchored'])

      // The new version's text is now the library's: importing it again changes nothing.
      const repeat = await importFiles(store, [join(dir, 'harbour-corrected.html')], { offers })
      expect(repeat.alreadyInLibrary).toHaveLength(1)
      expect(repeat.offers).toEqual([])
      await store.close()
    })
  })

  it('finds a newer version by headline and outlet too, and can import it as a new article instead', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const offers = new ImportOffers()
      await writeFile(
        join(dir, 'v1.txt'),
        'Ferry Strike Ends\n\nCrews went back to work on Friday.',
      )
      await writeFile(
        join(dir, 'v2.txt'),
        'Ferry Strike Ends\n\nCrews went back to work on Saturday.',
      )
      await writeFile(
        join(dir, 'v3.txt'),
        'Ferry Strike Ends\n\nCrews went back to work on Sunday.',
      )
      await importFiles(store, [join(dir, 'v1.txt')], { offers })
      const second = await importFiles(store, [join(dir, 'v2.txt')], { offers })
      const offer = offerOf(second.offers, 'newer-version')
      expect(offer.reason).toBe('same-title')
      const added = await resolveImportOffer(store, offers, offer.token, 'add')
      expect(added.imported.map((meta) => meta.sourceName)).toEqual(['v2.txt'])
      expect(store.list()).toHaveLength(2)
      // The CLI's --update replaces without asking.
      const third = await importFiles(store, [join(dir, 'v3.txt')], { offers, update: true })
      expect(third.offers).toEqual([])
      expect(third.updated).toHaveLength(1)
      expect(store.list()).toHaveLength(2)
      await store.close()
    })
  })

  it('updates an article with what the worker prepared, never measuring it again here', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const offers = new ImportOffers()
      for (const [name, day] of [
        ['v1.txt', 'Friday'],
        ['v2.txt', 'Saturday'],
        ['v3.txt', 'Sunday'],
      ] as const) {
        await writeFile(join(dir, name), `Ferry Strike Ends\n\nCrews went back to work on ${day}.`)
      }
      // A parser whose count of sentences is its own: the library records it only if the
      // update takes the prepared article as it is, without measuring its document again.
      const counting = (sentenceCount: number): FileParser => ({
        async prepare(path, decoding, options) {
          const outcome = await inProcessParser.prepare(path, decoding, options)
          if (outcome.kind !== 'article') return outcome
          return { ...outcome, prepared: { ...outcome.prepared, sentenceCount } }
        },
      })
      const first = await importFiles(store, [join(dir, 'v1.txt')], { offers })
      const id = first.imported[0]?.id
      const second = await importFiles(store, [join(dir, 'v2.txt')], {
        offers,
        parser: counting(41),
      })
      const offer = offerOf(second.offers, 'newer-version')
      const answered = await resolveImportOffer(store, offers, offer.token, 'update')
      expect(answered.updated).toMatchObject([{ id, sentenceCount: 41, sourceName: 'v2.txt' }])
      // The CLI's --update.
      const third = await importFiles(store, [join(dir, 'v3.txt')], {
        offers,
        update: true,
        parser: counting(42),
      })
      expect(third.updated).toMatchObject([{ id, sentenceCount: 42, sourceName: 'v3.txt' }])
      expect(await textOf(store, id ?? '?')).toBe(
        'Ferry Strike Ends\n\nCrews went back to work on Sunday.',
      )
      await store.close()
    })
  })
})

describe('ImportOffers', () => {
  it('issues random single-use tokens and forgets the oldest beyond its limit', () => {
    const offers = new ImportOffers(2)
    const tokens = ['a', 'b', 'c'].map((file) =>
      offers.add({ kind: 'encoding', path: `/tmp/${file}.txt`, file: `${file}.txt` }),
    )
    expect(new Set(tokens).size).toBe(3)
    expect(offers.size).toBe(2)
    expect(offers.peek(tokens[0] ?? '')).toBeUndefined()
    expect(offers.take(tokens[2] ?? '')).toMatchObject({ file: 'c.txt' })
    expect(offers.take(tokens[2] ?? '')).toBeUndefined()
    expect(offers.size).toBe(1)
  })
})

describe('importFiles, cancelled', () => {
  for (const [name, parser] of [
    ['in the worker', undefined],
    ['in process', inProcessParser],
  ] as const) {
    // A long article read in a worker: 120 s leaves 4× headroom on a loaded machine.
    it(
      `keeps the files already added, drops the one being read and lists the rest (${name})`,
      { timeout: 120_000 },
      async () => {
        await withTempDir(async (dir) => {
          const store = await LibraryStore.open(join(dir, 'lib'))
          const paths = ['first.txt', 'big.txt', 'last.txt'].map((file) => join(dir, file))
          await writeFile(paths[0]!, 'First Headline\n\nThe first file. It is short.')
          await writeFile(paths[1]!, bigArticle(20_000))
          await writeFile(paths[2]!, 'Last Headline\n\nThe last file. It is short too.')
          const before = (await readdir(join(dir, 'lib'), { recursive: true })).length
          const controller = new AbortController()
          const seen: { done: number; part?: number; file?: string }[] = []
          const report = await importFiles(store, paths, {
            ...(parser ? { parser } : {}),
            signal: controller.signal,
            onProgress: (progress) => {
              seen.push(progress)
              if (progress.done === 1 && (progress.part ?? 0) > 0) controller.abort()
            },
          })
          expect(report.imported.map((meta) => meta.sourceName)).toEqual(['first.txt'])
          expect(report.cancelled).toEqual(['big.txt', 'last.txt'])
          expect(report.failures).toEqual([])
          expect(store.list().map((meta) => meta.title)).toEqual(['First Headline'])
          expect(seen.some((p) => p.file === 'big.txt' && (p.part ?? 0) > 0)).toBe(true)
          expect(seen.at(-1)).toEqual({ done: 3, total: 3 })
          await store.close()
          // One article file more than before, and no temporary file left behind.
          const after = await readdir(join(dir, 'lib'), { recursive: true })
          expect(after.filter((entry) => /\.tmp|~$/.test(entry))).toEqual([])
          const reopened = await LibraryStore.open(join(dir, 'lib'))
          expect(reopened.list().map((meta) => meta.title)).toEqual(['First Headline'])
          await reopened.close()
          expect(after.length).toBeGreaterThan(before)
        })
      },
    )
  }
})
