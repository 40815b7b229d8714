import { escapeMarkup } from './escape-markup'
import { stripIllegalCharacters } from './illegal-characters'

/** The WordprocessingML namespace. */
export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The declaration every XML part of the package starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

/** Character formatting of a run, written in the order the OOXML schema requires. */
export interface RunFormat {
  bold?: boolean
  italic?: boolean
  /** Text colour, `#rrggbb`. */
  colour?: string
  /** Underline style (`w:u/@w:val`) and its colour, `#rrggbb`. */
  underline?: { style: string; colour: string }
  /** Shading behind the text, `#rrggbb`. */
  shading?: string
  /** A character style id. */
  style?: string
}

function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase()
}

/** The `w:rPr` of a format, or '' when it has none. */
function runProperties(format: RunFormat): string {
  const parts: string[] = []
  if (format.style) parts.push(`<w:rStyle w:val="${escapeMarkup(format.style)}"/>`)
  if (format.bold) parts.push('<w:b/>')
  if (format.italic) parts.push('<w:i/>')
  if (format.colour) parts.push(`<w:color w:val="${hex(format.colour)}"/>`)
  if (format.underline) {
    parts.push(`<w:u w:val="${format.underline.style}" w:color="${hex(format.underline.colour)}"/>`)
  }
  if (format.shading)
    parts.push(`<w:shd w:val="clear" w:color="auto" w:fill="${hex(format.shading)}"/>`)
  return parts.length > 0 ? `<w:rPr>${parts.join('')}</w:rPr>` : ''
}

/**
 * Text as WordprocessingML runs with one format: escaped, without characters XML forbids, tabs as
 * `w:tab` and line breaks as `w:br`, spaces kept (`xml:space="preserve"`). '' for empty text.
 */
export function textRuns(text: string, format: RunFormat = {}): string {
  const clean = stripIllegalCharacters(text)
  if (clean === '') return ''
  const content = clean
    .split(/(\t|\r\n|\r|\n)/)
    .map((piece) => {
      if (piece === '') return ''
      if (piece === '\t') return '<w:tab/>'
      if (/^[\r\n]/.test(piece)) return '<w:br/>'
      return `<w:t xml:space="preserve">${escapeMarkup(piece)}</w:t>`
    })
    .join('')
  return `<w:r>${runProperties(format)}${content}</w:r>`
}

/** A paragraph with a paragraph style (or none) holding already written runs. */
export function paragraph(content: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${escapeMarkup(style)}"/></w:pPr>` : ''
  return `<w:p>${properties}${content}</w:p>`
}
