import { describe, expect, it, vi } from 'vitest'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { Node } from 'prosemirror-model'
import { readDocx } from '../../../../electron/core/import/read-docx'
import { readHtml } from '../../../../electron/core/import/read-html'
import { NO_TEXT_LAYER, readPdf } from '../../../../electron/core/import/read-pdf'
import { articleSchema } from '../../../../shared/editor/schema'
import type { ArticleDraft } from '../../../../shared/import/plain-text'
import { docSchema, type DocNodeJson } from '../../../../shared/model/doc-json'
import { articleText } from '../../../../shared/text/article-text'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url))
const fixture = (name: string) => readFile(`${FIXTURES}${name}`)

/** The draft's body checked the way the store checks it, and its plain text. */
function textOf(draft: ArticleDraft): string {
  expect(docSchema.safeParse(draft.body).success).toBe(true)
  const doc = Node.fromJSON(articleSchema, draft.body)
  doc.check()
  return articleText(doc)
}

function links(body: DocNodeJson): string[] {
  const found: string[] = []
  const walk = (node: DocNodeJson) => {
    for (const mark of node.marks ?? []) found.push(String(mark.attrs?.href))
    node.content?.forEach(walk)
  }
  walk(body)
  return found
}

describe('readHtml', () => {
  it('keeps a saved news page’s article and its metadata, not its navigation, ads, scripts or comments', async () => {
    const draft = readHtml((await fixture('harbour-news.html')).toString('utf8'))
    expect(draft).toMatchObject({
      title: 'Harbour Bridge Reopens After Eight Months of Repairs',
      outlet: 'The Coastal Ledger',
      url: 'https://ledger.example/news/2025/11/17/harbour-bridge-reopens',
      published: '2025-11-17',
      language: 'en-GB',
    })
    const text = textOf(draft)
    expect(text.startsWith('Harbour Bridge Reopens After Eight Months of Repairs\n\n')).toBe(true)
    for (const kept of [
      'reopened to traffic on Monday morning',
      '“We are proud of the crews who worked through the summer,” Mayor Lena Ortiz said',
      'Costs doubled',
      'Nobody has explained where the extra money went.',
      'Cyclists get a separate lane for the first time.',
      'public meeting on the final cost on 2 December.',
    ]) {
      expect(text).toContain(kept)
    }
    for (const dropped of [
      'Subscribe for 1 euro',
      'Advertisement',
      'Sponsored',
      'Related stories',
      'About time!',
      'Comments (2)',
      'All rights reserved',
      'Injected by script',
      'tracking',
      'Cookie settings',
    ]) {
      expect(text).not.toContain(dropped)
    }
    const blocks = draft.body.content ?? []
    expect(blocks.find((block) => block.type === 'blockquote')).toBeDefined()
    expect(
      blocks.filter((block) => block.type === 'heading').map((block) => block.attrs?.level),
    ).toEqual([1, 2])
    expect(links(draft.body)).toEqual(
      expect.arrayContaining([
        'https://city.example/reports/bridge-repairs.pdf',
        'mailto:press@city.example',
      ]),
    )
    expect(links(draft.body).join(' ')).not.toMatch(/javascript/i)
  })

  it('stores nothing of a hostile page but its text and safe links (I1)', async () => {
    const html = (await fixture('hostile.html')).toString('utf8')
    const draft = readHtml(html)
    const stored = JSON.stringify(draft)
    expect(stored).not.toMatch(
      /\bon[a-z]+=|<script|<form|<iframe|<img|url\(|javascript:|vbscript:|data:text|__xss/i,
    )
    expect(links(draft.body)).toEqual(['https://council.example/budget'])
    const text = textOf(draft)
    expect(text).toContain("The council met on Tuesday to discuss next year's budget.")
    expect(text).toContain('Read the agenda, the minutes, the notes and the summary.')
    expect(text).toContain('Debate continues next week.')
    expect(draft.title).toBe('Council Meets on Budget')
  })

  it('parses inertly: no script runs, nothing is fetched', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const html = (await fixture('hostile.html')).toString('utf8')
    readHtml(html)
    readHtml((await fixture('harbour-news.html')).toString('utf8'))
    expect((globalThis as { __xss?: unknown }).__xss).toBeUndefined()
    expect(fetchSpy).not.toHaveBeenCalled()
    fetchSpy.mockRestore()
  })

  it('reads a fragment, and a page Readability finds no article in, whole', () => {
    const draft = readHtml('<h2>Short Note</h2><p>Just one line of text.</p>')
    expect(draft.title).toBe('Short Note')
    expect(textOf(draft)).toBe('Short Note\n\nJust one line of text.')
  })

  it('refuses a page without text', () => {
    expect(() => readHtml('<html><body><script>x()</script><img src=a></body></html>')).toThrow(
      /no article text/,
    )
  })
})

/**
 * A tiny Word package whose ZIP directory claims its document unpacks to `size` bytes, as a zip
 * bomb's does (the check reads the directory; nothing is unpacked).
 */
function bomb(size: number): Uint8Array {
  const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') })
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  for (let at = 0; at + 4 <= zip.length; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true)
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true)
  }
  return zip
}

describe('readDocx', () => {
  it('reads a Word document’s title, headings, paragraphs, list, quote and safe links', async () => {
    const draft = await readDocx(await fixture('night-ferry.docx'))
    expect(draft.title).toBe('Council Approves Night Ferry Trial')
    const text = textOf(draft)
    expect(text.split('\n\n')).toEqual([
      'Council Approves Night Ferry Trial',
      'The city council voted 9 to 4 on Tuesday to run a night ferry between the harbour and the northern islands for six months, starting in March.',
      '“People who work late have been stranded for years,” said councillor Mira Okafor, who proposed the trial. The full motion is on the council’s website.',
      'What the trial costs',
      'The trial will cost 1.2 million euros, according to the transport department. Opponents said the figure leaves out the cost of staffing the terminals at night.',
      'The motion sets three conditions:',
      'at least 80 passengers a night on average;',
      'no cut to daytime sailings;',
      'a report to the council after three months.',
      '“We will judge it on the numbers,” the mayor said.',
      'A link that must not survive: click here for the minutes.',
    ])
    expect(draft.body.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } })
    expect(draft.body.content?.some((block) => block.type === 'blockquote')).toBe(true)
    expect(links(draft.body)).toEqual(['https://council.example/motions/night-ferry'])
  })

  it('refuses a ZIP that is not a Word document, and one that would unpack too large', async () => {
    const notWord = zipSync({ 'hello.txt': strToU8('hi') })
    await expect(readDocx(notWord)).rejects.toThrow(/not a Word document/)
    await expect(readDocx(bomb(210 * 1024 * 1024))).rejects.toThrow(
      /unpacks to 210 MB; the limit is 200 MB/,
    )
    await expect(readDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(
      /damaged/,
    )
  })

  it('refuses an XML entity (XXE) in plain words, without the parser’s internals', async () => {
    const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
    const xxe = zipSync({
      '[Content_Types].xml': strToU8(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi &xxe;.</w:t></w:r></w:p></w:body></w:document>',
      ),
    })
    const refusal = await readDocx(xxe).then(
      () => null,
      (error: Error) => error.message,
    )
    expect(refusal).toBe(
      'This Word document was refused: it declares its own XML entities, which Word never writes and which can be used to read other files on the computer.',
    )
  })
})

describe('readPdf', () => {
  it('rebuilds a text PDF’s headline and paragraphs across pages', async () => {
    const draft = await readPdf(await fixture('water-board.pdf'))
    expect(draft.title).toBe('Water Board Delays Price Rise')
    expect(textOf(draft).split('\n\n')).toEqual([
      'Water Board Delays Price Rise',
      'The regional water board put off a planned 7 percent price rise on Thursday, saying it would first review the cost of repairs to the eastern reservoir.',
      '"Nobody should pay more before we know what the repairs cost," the board’s chair, Tomas Lindqvist, told reporters after the meeting.',
      'The board had approved the rise in June. Consumer groups had called it unjustified because the reservoir repairs were still being estimated by independent engineers hired by the province.',
      'A new vote is expected in January. Until then, prices stay at this year’s level for the 410,000 households the board supplies.',
    ])
  })

  it('says clearly that a PDF without a text layer has no text to import', async () => {
    await expect(readPdf(await fixture('scanned.pdf'))).rejects.toThrow(NO_TEXT_LAYER)
  })

  it('refuses a damaged PDF with a message', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'))).rejects.toThrow(
      /This PDF could not be read/,
    )
  })
})
