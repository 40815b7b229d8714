import type { DocNodeJson } from '../model/doc-json'

/** A piece of text a PDF page draws, as a PDF reader reports it (`getTextContent` items). */
export interface PdfTextItem {
  /** The text drawn. */
  str: string
  /** Where it starts, in PDF units from the page's bottom left. */
  x: number
  y: number
  /** How wide it is drawn, and how tall (about the font size). */
  width: number
  height: number
  /** Whether the reader saw a line end after it. */
  hasEOL: boolean
}

/** One line of a page, rebuilt from its text items. */
interface Line {
  text: string
  x: number
  y: number
  right: number
  size: number
}

/** Characters that end a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…:]["'”’)\]]*$/u
/** A line that only numbers the page (`7`, `- 7 -`, `Page 7 of 9`). */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i
/** How much taller than body text a line must be to be taken as a heading. */
const HEADING_RATIO = 1.15
/** A gap between lines this many times the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP = 1.4

function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** The page's items grouped into lines, in the order the page draws them. */
function pageLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = []
  let current: Line | null = null
  let ended = false
  for (const item of items) {
    const size = Math.abs(item.height) || 1
    const sameLine =
      current !== null && !ended && Math.abs(current.y - item.y) <= Math.max(current.size, size) / 2
    if (item.str.length > 0) {
      if (current && sameLine) {
        const gap = item.x - current.right
        const needsSpace =
          gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ')
        current.text += (needsSpace ? ' ' : '') + item.str
        current.right = Math.max(current.right, item.x + item.width)
        current.size = Math.max(current.size, size)
      } else {
        current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size }
        lines.push(current)
      }
      ended = false
    }
    if (item.hasEOL) ended = true
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0 && !PAGE_NUMBER.test(line.text))
}

/** The font size most of the text is set in (by characters). */
function bodySize(lines: readonly Line[]): number {
  const counts = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2
    counts.set(size, (counts.get(size) ?? 0) + line.text.length)
  }
  let best = 0
  let most = -1
  for (const [size, count] of counts) {
    if (count > most) {
      best = size
      most = count
    }
  }
  return best
}

/** Joins a line to the text before it, mending a word hyphenated across the line break. */
function joinLine(text: string, line: string): string {
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line
  return `${text} ${line}`
}

interface Block {
  text: string
  size: number
}

/**
 * Rebuilds an article's paragraphs from the text of a PDF's pages, as well as the page allows:
 * items on one baseline make a line; a line starts a new block after a wider gap than the usual
 * line spacing, after a short line that ends a sentence, at an indented first line, or where the
 * type size changes; lines larger than the body text are headings. Page numbers are dropped, a
 * word hyphenated at a line end is mended, and a paragraph that runs on to the next page is
 * joined. Returns no blocks for pages without text (a scan).
 */
export function pdfParagraphs(pages: readonly (readonly PdfTextItem[])[]): DocNodeJson[] {
  const linesByPage = pages.map(pageLines)
  const allLines = linesByPage.flat()
  if (allLines.length === 0) return []
  const body = bodySize(allLines)
  const widest = Math.max(...allLines.map((line) => line.right - line.x))
  const blocks: Block[] = []
  for (const lines of linesByPage) {
    const spacing = median(
      lines.slice(1).flatMap((line, index) => {
        const previous = lines[index] as Line
        const delta = previous.y - line.y
        return delta > 0 && Math.abs(line.size - body) < body * 0.1 ? [delta] : []
      }),
    )
    lines.forEach((line, index) => {
      const previous = index > 0 ? (lines[index - 1] as Line) : null
      const last = blocks[blocks.length - 1]
      const sameSize = last !== undefined && Math.abs(last.size - line.size) < body * 0.1
      let continues: boolean
      if (!last || !sameSize) continues = false
      else if (!previous) {
        // The first line of a page continues the last paragraph unless that one was finished.
        continues = line.size < body * HEADING_RATIO && !SENTENCE_END.test(last.text)
      } else {
        const gap = previous.y - line.y
        const wide = spacing > 0 ? gap > spacing * PARAGRAPH_GAP : gap > line.size * 1.8
        const shortEnd =
          SENTENCE_END.test(previous.text) && previous.right - previous.x < widest * 0.8
        const indented = line.x > previous.x + line.size
        continues = !wide && !shortEnd && !indented && gap > 0
      }
      if (continues && last) last.text = joinLine(last.text, line.text)
      else blocks.push({ text: line.text, size: line.size })
    })
  }
  const largest = Math.max(...blocks.map((block) => block.size))
  return blocks.map((block) => {
    const content = [{ type: 'text', text: block.text.normalize('NFC') }]
    if (block.size < body * HEADING_RATIO) return { type: 'paragraph', content }
    return { type: 'heading', attrs: { level: block.size >= largest ? 1 : 2 }, content }
  })
}
