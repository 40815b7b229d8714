import { sniffBytes } from './sniff'

/** The kinds of file the importer reads (`annotations`: W3C Web Annotation JSON-LD, tags not articles). */
export type ImportFormat = 'text' | 'html' | 'docx' | 'pdf' | 'annotations'

/** The file endings of each format, lowercase with the dot. */
export const IMPORT_EXTENSIONS: { readonly [F in ImportFormat]: readonly string[] } = {
  text: ['.txt', '.text', '.md', '.markdown'],
  html: ['.html', '.htm'],
  docx: ['.docx'],
  pdf: ['.pdf'],
  annotations: ['.jsonld', '.json'],
}

/** Every file ending the importer reads, for the open dialog's filter. */
export const ALL_IMPORT_EXTENSIONS: readonly string[] = Object.values(IMPORT_EXTENSIONS).flat()

/** What each format is called in messages. */
const FORMAT_NAMES: { readonly [F in ImportFormat]: string } = {
  text: 'a text file',
  html: 'a web page',
  docx: 'a Word document',
  pdf: 'a PDF document',
  annotations: 'an annotation file',
}

/** How far into a PDF its `%PDF-` header may start (readers allow some bytes before it). */
const PDF_HEADER_WINDOW = 1024

/** The format a file ending (`.html`, case-insensitive) stands for, or null. */
export function formatForExtension(extension: string): ImportFormat | null {
  const lower = extension.toLowerCase()
  const found = (Object.keys(IMPORT_EXTENSIONS) as ImportFormat[]).find((format) =>
    IMPORT_EXTENSIONS[format].includes(lower),
  )
  return found ?? null
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte)
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]

function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = Math.min(bytes.length, PDF_HEADER_WINDOW)
  for (let at = 0; at + PDF_SIGNATURE.length <= window; at += 1) {
    if (startsWith(bytes, PDF_SIGNATURE, at)) return true
  }
  return false
}

/**
 * Checks by content that a file is what its ending says, before any parser sees it: a Word
 * document must be a ZIP package, a PDF must have a `%PDF-` header, and a text file or a web page
 * must not be binary (a known signature or NUL bytes; UTF-16 with a byte-order mark is text).
 * Throws a RangeError whose message says what the file is instead.
 */
export function checkFormat(format: ImportFormat, bytes: Uint8Array): void {
  const sniffed = sniffBytes(bytes)
  const actual =
    sniffed.kind === 'binary'
      ? `${/^[aeiou]/i.test(sniffed.description) ? 'an' : 'a'} ${sniffed.description}`
      : 'text'
  const expected = FORMAT_NAMES[format]
  if (format === 'docx') {
    if (startsWith(bytes, ZIP_SIGNATURE)) return
    throw new RangeError(
      `checkFormat: this file is called .docx but it is ${actual}, not ${expected}`,
    )
  }
  if (format === 'pdf') {
    if (hasPdfHeader(bytes)) return
    throw new RangeError(
      `checkFormat: this file is called .pdf but it is ${actual}, not ${expected}`,
    )
  }
  if (sniffed.kind === 'binary') {
    throw new RangeError(`checkFormat: this is not ${expected} but ${actual}`)
  }
}
