// Writes the binary import fixtures under test/fixtures/import/: a Word document (a real
// WordprocessingML package zipped with fflate), a two-page PDF with a text layer and a PDF with
// none (a scan, as far as text goes). The files are committed; run this again only to change them:
//   node scripts/make-import-fixtures.mjs
import { strToU8, zipSync } from 'fflate'
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const folder = fileURLToPath(new URL('../test/fixtures/import/', import.meta.url))
/** A fixed time for every zip entry, so that the fixture is the same byte for byte each run. */
const ZIP_TIME = new Date('2025-11-18T09:00:00Z')

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const run = (text) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
const paragraph = (parts, style) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${parts
    .map((part) => (typeof part === 'string' ? run(part) : part.xml))
    .join('')}</w:p>`
const hyperlink = (id, text) => ({ xml: `<w:hyperlink r:id="${id}">${run(text)}</w:hyperlink>` })
const listItem = (text) =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`

const body = [
  paragraph(['Council Approves Night Ferry Trial'], 'Title'),
  paragraph([
    'The city council voted 9 to 4 on Tuesday to run a night ferry between the harbour and the ',
    'northern islands for six months, starting in March.',
  ]),
  paragraph([
    '“People who work late have been stranded for years,” said councillor Mira Okafor, who ',
    'proposed the trial. The full motion is on the ',
    hyperlink('rIdLink1', 'council’s website'),
    '.',
  ]),
  paragraph(['What the trial costs'], 'Heading1'),
  paragraph([
    'The trial will cost 1.2 million euros, according to the transport department. Opponents ',
    'said the figure leaves out the cost of staffing the terminals at night.',
  ]),
  paragraph(['The motion sets three conditions:']),
  listItem('at least 80 passengers a night on average;'),
  listItem('no cut to daytime sailings;'),
  listItem('a report to the council after three months.'),
  paragraph(['“We will judge it on the numbers,” the mayor said.'], 'Quote'),
  paragraph([
    'A link that must not survive: ',
    hyperlink('rIdBad', 'click here'),
    ' for the minutes.',
  ]),
].join('')

const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`

const style = (id, name, type = 'paragraph') =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${style('Normal', 'Normal')}${style('Title', 'Title')}${style(
  'Heading1',
  'heading 1',
)}${style('Quote', 'Quote')}${style('ListParagraph', 'List Paragraph')}</w:styles>`

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>
<Relationship Id="rIdLink1" Type="${R}/hyperlink" Target="https://council.example/motions/night-ferry" TargetMode="External"/>
<Relationship Id="rIdBad" Type="${R}/hyperlink" Target="javascript:alert(document.domain)" TargetMode="External"/>
</Relationships>`

const packageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`

const entry = (text) => [strToU8(text), { mtime: ZIP_TIME }]
const docx = zipSync({
  '[Content_Types].xml': entry(contentTypes),
  '_rels/.rels': entry(packageRels),
  'word/document.xml': entry(documentXml),
  'word/styles.xml': entry(stylesXml),
  'word/numbering.xml': entry(numberingXml),
  'word/_rels/document.xml.rels': entry(documentRels),
})

/** A PDF file from its page content streams, with the standard Helvetica fonts. */
function pdf(pages) {
  const objects = []
  const add = (text) => {
    objects.push(text)
    return objects.length
  }
  const catalog = add('')
  const pagesId = add('')
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>')
  const kids = pages.map((content) => {
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    return add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Contents ${stream} 0 R /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> >>`,
    )
  })
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n'
  const offsets = objects.map((text, index) => {
    const offset = out.length
    out += `${index + 1} 0 obj\n${text}\nendobj\n`
    return offset
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return strToU8(out)
}

const pdfString = (text) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`
/** Lines of text set from the top of the page down, 14 pt apart; '' leaves a blank line. */
function textPage(heading, lines, footer) {
  const parts = []
  if (heading) parts.push(`BT /F2 18 Tf 72 720 Td ${pdfString(heading)} Tj ET`)
  const body = lines.map((line) => (line ? `${pdfString(line)} Tj T*` : 'T*')).join('\n')
  parts.push(`BT /F1 11 Tf 14 TL 72 ${heading ? 690 : 720} Td\n${body}\nET`)
  if (footer) parts.push(`BT /F1 9 Tf 300 40 Td ${pdfString(footer)} Tj ET`)
  return parts.join('\n')
}

const textPdf = pdf([
  textPage(
    'Water Board Delays Price Rise',
    [
      'The regional water board put off a planned 7 percent price rise on Thursday, saying it',
      'would first review the cost of repairs to the eastern reservoir.',
      '',
      '"Nobody should pay more before we know what the repairs cost," the board\'s chair,',
      'Tomas Lindqvist, told reporters after the meeting.',
      '',
      'The board had approved the rise in June. Consumer groups had called it unjustified',
      'because the reservoir repairs were still being estimated by independent engin-',
      'eers hired by the province.',
    ],
    '1',
  ),
  textPage(
    null,
    [
      "A new vote is expected in January. Until then, prices stay at this year's level for",
      'the 410,000 households the board supplies.',
    ],
    '2',
  ),
])

const scannedPdf = pdf(['0.8 g 72 600 468 120 re f 0 g 72 560 m 540 560 l S'])

await mkdir(folder, { recursive: true })
await writeFile(new URL('night-ferry.docx', `file://${folder}`), docx)
await writeFile(new URL('water-board.pdf', `file://${folder}`), textPdf)
await writeFile(new URL('scanned.pdf', `file://${folder}`), scannedPdf)
console.log(`wrote night-ferry.docx, water-board.pdf and scanned.pdf into ${folder}`)
