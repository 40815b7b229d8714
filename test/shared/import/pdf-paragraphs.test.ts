import { describe, expect, it } from 'vitest'
import { pdfParagraphs, type PdfTextItem } from '../../../shared/import/pdf-paragraphs'

/** Items for lines set from `top` down, `leading` apart; null skips a line (a blank line). */
function lines(
  texts: (string | null)[],
  options: { top?: number; size?: number; leading?: number; x?: number } = {},
): PdfTextItem[] {
  const { top = 720, size = 11, leading = 14, x = 72 } = options
  return texts.flatMap((str, index) =>
    str === null
      ? []
      : [
          {
            str,
            x,
            y: top - index * leading,
            width: str.length * size * 0.5,
            height: size,
            hasEOL: true,
          },
        ],
  )
}

const outline = (pages: PdfTextItem[][]) =>
  pdfParagraphs(pages).map(
    (block) =>
      `${block.type === 'heading' ? `h${block.attrs?.level}` : 'p'}:${block.content?.[0]?.text}`,
  )

const LONG = 'x'.repeat(80)

describe('pdfParagraphs', () => {
  it('starts paragraphs at wider gaps, joins the lines between, mends hyphenated words', () => {
    const page = [
      ...lines(['Water Board Delays Price Rise'], { size: 18, top: 740 }),
      ...lines([
        `${LONG} the board put off a`,
        'price rise.',
        null,
        'Consumer groups called it',
        'unjusti-',
        'fied by engin-',
        'eers.',
        null,
        '7',
      ]),
    ]
    expect(outline([page])).toEqual([
      'h1:Water Board Delays Price Rise',
      `p:${LONG} the board put off a price rise.`,
      'p:Consumer groups called it unjustified by engineers.',
    ])
  })

  it('ends a paragraph at a short line that ends a sentence, or before an indented line', () => {
    const page = lines([`${LONG} one`, 'short end.', `${LONG} two`, `${LONG} three`])
    page.push({ str: 'Indented start', x: 100, y: 664, width: 60, height: 11, hasEOL: true })
    expect(outline([page])).toEqual([
      `p:${LONG} one short end.`,
      `p:${LONG} two ${LONG} three`,
      'p:Indented start',
    ])
  })

  it('joins a paragraph that runs on to the next page, not one that ended, and drops page numbers', () => {
    const first = lines([`${LONG} runs on`, `${LONG} to the`])
    first.push({ str: 'Page 1 of 2', x: 300, y: 40, width: 40, height: 9, hasEOL: true })
    const second = lines(['next page.', 'New thought on its own.'])
    second.push({ str: '- 2 -', x: 300, y: 40, width: 20, height: 9, hasEOL: true })
    expect(outline([first, second])).toEqual([
      `p:${LONG} runs on ${LONG} to the next page.`,
      'p:New thought on its own.',
    ])
  })

  it('joins items on one baseline into a line, with a space where there is a gap', () => {
    const items: PdfTextItem[] = [
      { str: 'Split', x: 72, y: 700, width: 25, height: 11, hasEOL: false },
      { str: 'line', x: 100, y: 700, width: 20, height: 11, hasEOL: false },
      { str: 's', x: 120, y: 700, width: 5, height: 11, hasEOL: true },
    ]
    expect(outline([items])).toEqual(['p:Split lines'])
  })

  it('makes smaller headings level 2 and finds nothing in pages without text', () => {
    const page = [
      ...lines(['Big'], { size: 20, top: 760 }),
      ...lines(['Smaller'], { size: 14, top: 730 }),
      ...lines([`${LONG} body.`], { top: 700 }),
    ]
    expect(outline([page])).toEqual(['h1:Big', 'h2:Smaller', `p:${LONG} body.`])
    expect(pdfParagraphs([[], []])).toEqual([])
    expect(pdfParagraphs([[{ str: '', x: 0, y: 0, width: 0, height: 0, hasEOL: true }]])).toEqual(
      [],
    )
  })
})
