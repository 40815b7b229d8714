// Importing a 10 MB text file, a 5 MB saved web page and a PDF into an empty library: the total time,
// and the longest the main thread's event loop was held up (the target is 50 ms), with the files
// read and parsed in the import worker, beside the baseline of the same import parsed on the
// main thread (as imports were before the worker). The stall is given for the whole import and
// for the file's reading alone (the store's add, which writes the article, stays on the main
// thread). Run `npm run build` first: the worker is out/main/import-worker.cjs. Reports; never
// fails on a number.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { inProcessParser, type FileParser } from '../electron/core/import/file-parser'
import { importFiles } from '../electron/core/import/import-files'
import { ImportWorker } from '../electron/core/import/import-worker-client'
import { LibraryStore } from '../electron/core/store/library-store'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)

/** A plain-text report of about `bytes` bytes: a headline, then paragraphs of three sentences. */
function textFile(bytes: number): string {
  const lines = ['A Long Report On The Harbour Works', '']
  let size = 0
  for (let n = 0; size < bytes; n += 1) {
    const line = `Paragraph ${n} says the council met on day ${n % 31} of the works. It voted ${n % 13} to ${n % 5} on item ${n}, after a long debate. “We will see what the engineers say,” said member ${n % 17}.`
    lines.push(line, '')
    size += line.length + 2
  }
  return lines.join('\n')
}

/** A saved news page of about `bytes` bytes: head, navigation, a long article, scripts, comments. */
function htmlPage(bytes: number): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour works – The Ledger</title>
<meta property="og:title" content="The Harbour Works, Day By Day"><meta property="og:site_name" content="The Ledger">
<link rel="canonical" href="https://ledger.example/harbour"><script>window.tracking = ${JSON.stringify('x'.repeat(2000))}</script>
<style>${'.c{color:red}'.repeat(200)}</style></head><body><nav>${'<a href="/s">Section</a> '.repeat(60)}</nav>
<article><h1>The Harbour Works, Day By Day</h1><p class="byline">By A. Reporter</p>`
  const parts = [head]
  let size = head.length
  for (let n = 0; size < bytes * 0.8; n += 1) {
    const paragraph = `<p>On day ${n % 31} the council met again. It voted <a href="/v/${n}">${n % 13} to ${n % 5}</a> on item ${n}, after a <em>long</em> debate. “We will see what the engineers say,” said member ${n % 17}.</p>\n`
    parts.push(n % 40 === 39 ? `<h2>Part ${n / 40}</h2>\n${paragraph}` : paragraph)
    size += paragraph.length
  }
  parts.push('</article><section class="comments">')
  while (size < bytes) {
    const comment = `<div class="comment"><p>Reader ${size % 97} wrote: what about the ferry?</p></div>\n`
    parts.push(comment)
    size += comment.length
  }
  parts.push('</section><footer>© The Ledger</footer></body></html>')
  return parts.join('')
}

/**
 * A PDF of about `bytes` bytes of text: a headline, then pages of paragraphs of three sentences
 * in Helvetica, one line each, a blank line between paragraphs. Written by hand: objects, their
 * offsets in the cross-reference table, nothing pdf.js must repair.
 */
function pdfFile(bytes: number): Buffer {
  const lines: string[] = ['The Harbour Works, Day By Day', '']
  for (let n = 0, size = 0; size < bytes; n += 1) {
    const sentences = [
      `On day ${n % 31} the council met again.`,
      `It voted ${n % 13} to ${n % 5} on item ${n}.`,
      `"We will see," said member ${n % 17}.`,
    ]
    lines.push(...sentences, '')
    size += sentences.join('').length
  }
  const LINES_PER_PAGE = 60
  const pages: string[][] = []
  for (let start = 0; start < lines.length; start += LINES_PER_PAGE) {
    pages.push(lines.slice(start, start + LINES_PER_PAGE))
  }
  // Objects 1 catalog, 2 pages, 3 font, then per page its page object and its content stream.
  const objects: string[] = []
  const pageRefs = pages.map((_, index) => `${4 + index * 2} 0 R`)
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${pages.length} >>`)
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  for (const [index, page] of pages.entries()) {
    const text = page.map((line) => `(${line.replace(/[()\\]/g, '\\$&')}) Tj T*`).join('\n')
    const stream = `BT /F1 10 Tf 12 TL 50 760 Td\n${text}\nET`
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + index * 2} 0 R >>`,
    )
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
  }
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  for (const [index, object] of objects.entries()) {
    offsets.push(pdf.length)
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`
  }
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/** The longest gap between ticks of the main thread's loop so far, and when it last ticked. */
interface Mark {
  stall: number
  last: number
}

/** The longest gap between ticks of a 1 ms timer while `work` runs, and how long it took. */
async function watchLoop<T>(work: (mark: Mark) => Promise<T>) {
  const mark: Mark = { stall: 0, last: performance.now() }
  let stall = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - mark.last)
    mark.stall = Math.max(mark.stall, now - mark.last)
    mark.last = now
  }, 1)
  const started = performance.now()
  const result = await work(mark)
  const took = performance.now() - started
  // The last gap, up to the end of the work.
  stall = Math.max(stall, performance.now() - mark.last)
  clearInterval(ticker)
  return { result, took, stall }
}

/**
 * A parser that notes, while a file is being read (not while it is added), the longest stall and
 * the time the main thread was busy (its event loop's active time, which a busy machine inflates
 * less than the gaps between ticks).
 */
function watched(parser: FileParser, mark: Mark, reading: { stall: number; busy: number }) {
  const inner: FileParser = {
    async prepare(path, decoding, options) {
      mark.stall = 0
      const start = performance.eventLoopUtilization()
      const outcome = await parser.prepare(path, decoding, options)
      reading.busy += performance.eventLoopUtilization(start).active
      reading.stall = Math.max(reading.stall, mark.stall, performance.now() - mark.last)
      return outcome
    },
  }
  return inner
}

interface Figures {
  took: number
  stall: number
  readingStall: number
  readingBusy: number
}

async function importOnce(dir: string, file: string, parser: FileParser): Promise<Figures> {
  // Each import starts from a collected heap (bench.mjs runs Node with --expose-gc), so that
  // one run's garbage is not collected during the next one's figures.
  ;(globalThis as { gc?: () => void }).gc?.()
  const library = await mkdtemp(join(dir, 'lib-'))
  const store = await LibraryStore.open(library)
  const reading = { stall: 0, busy: 0 }
  const { result, took, stall } = await watchLoop((mark) =>
    importFiles(store, [file], { parser: watched(parser, mark, reading) }),
  )
  if (result.imported.length !== 1) {
    throw new Error(
      `bench/import-stall: ${file} was not imported: ${JSON.stringify(result.failures)}`,
    )
  }
  await store.close()
  await rm(library, { recursive: true, force: true })
  return { took, stall, readingStall: reading.stall, readingBusy: reading.busy }
}

/** The best of `RUNS` runs, each figure on its own (the machine may be busy). */
async function best(dir: string, file: string, parser: FileParser): Promise<Figures> {
  const all: Figures[] = []
  for (let run = 0; run < RUNS; run += 1) all.push(await importOnce(dir, file, parser))
  return {
    took: Math.min(...all.map((figures) => figures.took)),
    stall: Math.min(...all.map((figures) => figures.stall)),
    readingStall: Math.min(...all.map((figures) => figures.readingStall)),
    readingBusy: Math.min(...all.map((figures) => figures.readingBusy)),
  }
}

const dir = await mkdtemp(join(tmpdir(), 'factmark-bench-import-'))
const worker = new ImportWorker(async () => ({ path: resolve('out/main/import-worker.cjs') }))
try {
  const files = [
    ['10 MB text file', 'report.txt', textFile(10 * 1024 * 1024)],
    ['5 MB web page', 'page.html', htmlPage(5 * 1024 * 1024)],
    ['PDF of 1 MB of text', 'report.pdf', pdfFile(1024 * 1024)],
  ] as const
  // Starts the worker and loads its readers once, as the app's first import does.
  await writeFile(join(dir, 'warm.html'), '<h1>Warm</h1><p>Up. Again.</p>')
  await worker.prepare(join(dir, 'warm.html'), 'strict')
  for (const [label, name, content] of files) {
    const path = join(dir, name)
    await writeFile(path, content)
    const before = await best(dir, path, inProcessParser)
    const after = await best(dir, path, worker)
    // The noise floor: the longest gap of the same ticker with nothing to do on the main
    // thread, as long as the worker's import (a busy machine alone makes gaps of this size).
    let idle = Infinity
    for (let run = 0; run < RUNS; run += 1) {
      const quiet = await watchLoop(() => new Promise((done) => setTimeout(done, after.took)))
      idle = Math.min(idle, quiet.stall)
    }
    const ms = (value: number) => `${value.toFixed(0)} ms`
    console.log(
      `${label}: import ${ms(after.took)} (main thread ${ms(before.took)}, ${(after.took / before.took).toFixed(2)}×); ` +
        `longest stall ${ms(after.stall)} (main thread ${ms(before.stall)}); ` +
        `while reading the file ${ms(after.readingStall)} (main thread ${ms(before.readingStall)}), target ≤ 50 ms, ` +
        `the main thread busy ${ms(after.readingBusy)} of it (main thread ${ms(before.readingBusy)}; ` +
        `the 1 ms ticker's own share is in both); an idle loop's longest gap meanwhile ${ms(idle)}`,
    )
  }
} finally {
  await worker.close()
  await rm(dir, { recursive: true, force: true })
}
